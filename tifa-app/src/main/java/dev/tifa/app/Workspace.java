package dev.tifa.app;

import dev.tifa.glossary.Glossary;
import dev.tifa.glossary.GlossaryReader;
import dev.tifa.store.Database;
import dev.tifa.store.SqliteStore;
import dev.tifa.store.Store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One data directory: the store, and the glossary in force (the default one, overlaid by the user's
 * {@code glossary.yaml} in the same directory). Services for the CLI and the web are built on it.
 */
public final class Workspace implements AutoCloseable {
    public static final String USER_GLOSSARY = "glossary.yaml";

    private final Path dataDir;
    private final SqliteStore store;
    private final Glossary defaultGlossary;
    private volatile Glossary glossary;
    private volatile GlossaryTallies tallies; // fresh for the glossary in force, or null until first asked
    private final Object talliesLock = new Object();
    private dev.tifa.index.PhraseIndex phraseIndex;
    private PhraseCandidates phrases;
    private volatile java.util.function.Consumer<String> notices = System.err::println;
    private final java.util.concurrent.atomic.AtomicLong glossaryGeneration = new java.util.concurrent.atomic.AtomicLong();
    // compiled matchers are immutable and costly to build (a third of a busy server's time went into rebuilding them)
    private final com.github.benmanes.caffeine.cache.Cache<MatcherKey, dev.tifa.text.match.FormulationMatcher> matchers =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(32).build();

    private Workspace(Path dataDir, SqliteStore store, Glossary defaultGlossary) {
        this.dataDir = dataDir;
        this.store = store;
        this.defaultGlossary = defaultGlossary;
        this.glossary = defaultGlossary.with(readUserGlossary());
    }

    /** The data directory: the given one, else $TIFA_DATA, else {@code .tifa} in the working directory. */
    public static Path resolveDataDir(Path given) {
        if (given != null) return given;
        String env = System.getenv("TIFA_DATA");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(".tifa");
    }

    /** The glossary in force in a data directory (default + its overlay), read without opening the store. */
    public static Glossary glossaryOf(Path dataDir) {
        Glossary defaults = new GlossaryReader().readDefault();
        return defaults.with(readOverlay(dataDir.resolve(USER_GLOSSARY), defaults));
    }

    public static Workspace open(Path dataDir) {
        return new Workspace(dataDir, SqliteStore.open(dataDir), new GlossaryReader().readDefault());
    }

    public Path dataDir() {
        return dataDir;
    }

    public Store store() {
        return store;
    }

    public Database database() {
        return store;
    }

    public Glossary glossary() {
        return glossary;
    }

    public Glossary defaultGlossary() {
        return defaultGlossary;
    }

    public Path userGlossaryFile() {
        return dataDir.resolve(USER_GLOSSARY);
    }

    /** Re-reads the user's glossary file after it was edited. */
    public void reloadGlossary() {
        glossary = defaultGlossary.with(readUserGlossary());
        glossaryGeneration.incrementAndGet();
        tallies = null;
    }

    /**
     * What every answer of this workspace depends on, as two numbers: the store's generation (changes with every
     * committed write, from any process) and the glossary's (changes when it is re-read). An answer computed at one
     * generation is still right at an equal one.
     */
    public Generation generation() {
        return new Generation(store.generation(), glossaryGeneration.get());
    }

    /**
     * The matcher for the glossary in force plus {@code asked} (an asked concept replaces the glossary's of the same
     * id), compiled once and shared: a few dozen are kept, the least used dropped first.
     */
    public dev.tifa.text.match.FormulationMatcher matcher(java.util.List<dev.tifa.model.Concept> asked,
                                                         dev.tifa.text.match.MatchOptions options) {
        Glossary g = glossary;
        return matchers.get(new MatcherKey(g, java.util.List.copyOf(asked), options), k -> {
            java.util.Map<String, dev.tifa.model.Concept> all = new java.util.LinkedHashMap<>();
            g.concepts().forEach(c -> all.put(c.id(), c));
            asked.forEach(c -> all.put(c.id(), c));
            return dev.tifa.text.match.FormulationMatcher.compile(all.values(), options);
        });
    }

    /** A glossary (by identity: a reloaded one is another), the asked concepts and the options. */
    private record MatcherKey(Glossary glossary, java.util.List<dev.tifa.model.Concept> asked, dev.tifa.text.match.MatchOptions options) {
    }

    /** See {@link #generation()}. */
    public record Generation(long store, long glossary) {
    }

    /** The phrase index of this data directory ({@code index/}), opened on first use. */
    public PhraseCandidates phraseCandidates() {
        synchronized (talliesLock) {
            if (phrases == null) {
                phraseIndex = dev.tifa.index.PhraseIndex.open(dataDir.resolve("index"));
                phrases = new PhraseCandidates(store, phraseIndex, m -> notices.accept(m), store::generation);
            }
            return phrases;
        }
    }

    /** Where long-running upkeep (a recount of tallies after a glossary change) says what it is doing. */
    public void onNotice(java.util.function.Consumer<String> notices) {
        this.notices = notices;
    }

    /**
     * The stored glossary tallies, brought up to date with the glossary in force the first time they are asked for
     * (documents never tallied, and those holding a form of a concept that changed, are recounted).
     */
    public GlossaryTallies tallies() {
        GlossaryTallies t = tallies;
        if (t != null && !t.table().hasUntallied()) return t;
        synchronized (talliesLock) {
            if (tallies == null || tallies.table().hasUntallied()) {
                GlossaryTallies fresh = new GlossaryTallies(new dev.tifa.store.TallyTable(store), glossary);
                fresh.refresh(notices);
                tallies = fresh;
            }
            return tallies;
        }
    }

    private Glossary readUserGlossary() {
        return readOverlay(userGlossaryFile(), defaultGlossary);
    }

    private static Glossary readOverlay(Path file, Glossary defaultGlossary) {
        if (!Files.exists(file)) return Glossary.empty();
        try (InputStream in = Files.newInputStream(file)) {
            return new GlossaryReader().readOverlay(in, file.toString(), defaultGlossary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        synchronized (talliesLock) {
            if (phraseIndex != null) phraseIndex.close();
        }
        store.close();
    }
}
