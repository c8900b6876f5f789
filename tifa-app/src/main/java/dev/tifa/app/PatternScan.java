package dev.tifa.app;

import dev.tifa.analysis.pattern.PatternHit;
import dev.tifa.analysis.pattern.QueryPattern;
import dev.tifa.model.Document;
import dev.tifa.store.DocumentFilter;
import dev.tifa.store.Store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Matches a pattern in every text that can hold it, at archive scale: the texts are read from the store in date order,
 * in batches, and matched on every core while the next batch is read. The matches come back in date order, and only
 * a few batches of texts are in memory at any time, however large the selection.
 */
final class PatternScan {
    /** Texts matched by one task: enough to keep a core busy, few enough to keep memory small. */
    static final int BATCH = 64;

    /**
     * The matches in one document.
     *
     * @param document the document without its texts (they are not kept once matched)
     * @param size     its size, measured on the text before it was let go
     */
    record Matched(Document document, int size, List<PatternHit> hits) {
    }

    private final Store store;
    private final int threads;

    PatternScan(Store store) {
        this(store, Runtime.getRuntime().availableProcessors());
    }

    PatternScan(Store store, int threads) {
        this.store = store;
        this.threads = Math.max(1, threads);
    }

    /**
     * Calls {@code sink} for each selected document with at least one match, in date order (the order of
     * {@link Store#forEachDocument}); {@code candidates} null reads every selected text.
     *
     * @return how many texts were matched
     */
    long run(QueryPattern pattern, DocumentFilter filter, Set<Long> candidates, Consumer<Matched> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tifa-pattern-scan");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<List<Matched>>> inFlight = new ArrayDeque<>();
        List<Document> batch = new ArrayList<>(BATCH);
        long[] read = {0};
        try {
            Consumer<Document> reader = d -> {
                read[0]++;
                batch.add(d);
                if (batch.size() < BATCH) return;
                List<Document> full = List.copyOf(batch);
                batch.clear();
                if (inFlight.size() >= 2 * threads) deliver(inFlight.poll(), sink); // bounded: wait for the oldest
                inFlight.add(pool.submit(() -> match(pattern, full)));
            };
            if (candidates == null) store.forEachDocument(filter, reader);
            else store.forEachCandidate(filter, candidates, reader);
            if (!batch.isEmpty()) inFlight.add(pool.submit(() -> match(pattern, List.copyOf(batch))));
            while (!inFlight.isEmpty()) deliver(inFlight.poll(), sink);
            return read[0];
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Matched> match(QueryPattern pattern, List<Document> docs) {
        List<Matched> out = new ArrayList<>();
        for (Document d : docs) {
            List<PatternHit> hits = pattern.match(d.clean());
            if (!hits.isEmpty()) out.add(new Matched(unread(d), d.size(), hits));
        }
        return out;
    }

    private static void deliver(Future<List<Matched>> f, Consumer<Matched> sink) {
        try {
            f.get().forEach(sink);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("pattern count interrupted", e);
        } catch (ExecutionException e) {
            // a pattern too slow for a text, or a store error: the caller sees it as if matched here
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The document without its texts, so that a count over many keeps only metadata. */
    static Document unread(Document d) {
        return new Document(d.id(), d.key(), d.meta(), "", "", d.hash(), d.cleaning());
    }
}
