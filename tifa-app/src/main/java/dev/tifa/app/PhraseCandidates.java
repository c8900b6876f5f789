package dev.tifa.app;

import dev.tifa.index.PhraseIndex;
import dev.tifa.model.Concept;
import dev.tifa.store.Store;
import dev.tifa.text.match.FormulationMatcher;
import dev.tifa.text.match.MatchOptions;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Which documents may hold a phrase: asks the {@link PhraseIndex}, after bringing it up to date with the store
 * (documents stored since it was last brought up to date are added). The candidates always include every document that holds one of the phrase's forms.
 */
public final class PhraseCandidates {
    private final Store store;
    private final PhraseIndex index;
    private final Consumer<String> notice;
    private final java.util.function.LongSupplier generation; // the store's: changes with every commit, from any process
    private volatile long upToDateAt = Long.MIN_VALUE; // the store generation the index was last found up to date at

    PhraseCandidates(Store store, PhraseIndex index, Consumer<String> notice, java.util.function.LongSupplier generation) {
        this.store = store;
        this.index = index;
        this.notice = notice;
        this.generation = generation;
    }

    /** Documents that may hold a form of one of {@code concepts} matched with {@code options}; null when the index cannot narrow. */
    public Set<Long> of(List<Concept> concepts, MatchOptions options) {
        try {
            update();
        } catch (java.io.UncheckedIOException e) {
            // another process is writing the index (its lock is taken): read every text this time, never miss one
            notice.accept("Phrase index busy (" + e.getMessage() + "): reading every text for this question.");
            return null;
        }
        List<String> patterns = FormulationMatcher.compile(concepts, options).patterns();
        return index.candidates(patterns);
    }

    /**
     * Documents that may hold a form of one concept of each group (the literal texts a pattern needs all of), the
     * intersection made in the index; null when the index cannot narrow.
     */
    public Set<Long> ofAll(List<List<Concept>> groups, MatchOptions options) {
        try {
            update();
        } catch (java.io.UncheckedIOException e) {
            notice.accept("Phrase index busy (" + e.getMessage() + "): reading every text for this question.");
            return null;
        }
        return index.candidatesOfAll(groups.stream().map(g -> FormulationMatcher.compile(g, options).patterns()).toList());
    }

    /**
     * Adds the documents stored since the last update. Nothing committed to the store since the index was last found
     * up to date: nothing to do, and no lock taken (every question of a busy server asks this first).
     */
    public void update() {
        long g = generation.getAsLong();
        if (g == upToDateAt) return;
        synchronized (this) {
            bringUpToDate();
            upToDateAt = g; // read before: a commit made meanwhile changes the generation, and the next call looks again
        }
    }

    private void bringUpToDate() {
        long[] stored = store.idRange();
        long[] indexed = index.state();
        // ids only grow: what is new has an id above the last one indexed. A document deleted since stays a
        // harmless candidate (it is not found when its text is fetched); an index ahead of the store belongs to
        // another store (a restored copy) and is built again.
        boolean fresh = indexed[0] > stored[0] || indexed[1] > stored[1];
        if (!fresh && stored[0] == indexed[0]) return;
        long added = fresh ? stored[1] : Math.max(0, stored[1] - indexed[1]);
        if (added > 1_000) notice.accept("Indexing " + added + " document(s) for phrase search…");
        index.add(fresh, sink -> store.forEachText(fresh ? 0 : indexed[0], sink));
    }
}
