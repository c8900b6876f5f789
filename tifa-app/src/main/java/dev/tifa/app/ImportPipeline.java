package dev.tifa.app;

import dev.tifa.store.CleanHashes;

import dev.tifa.analysis.FormTally;
import dev.tifa.ingest.DocumentSources.StopReading;
import dev.tifa.ingest.SourceItem;
import dev.tifa.model.RawDocument;
import dev.tifa.store.Database;
import dev.tifa.store.NewDocument;
import dev.tifa.store.Store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Read → prepare (clean and count, on every core) → write (one thread, batches in input order). The queue between
 * them is bounded, so a reader faster than the writer waits: memory holds at most {@link #IN_FLIGHT} documents.
 * In one-transaction mode (abort on error) the writer keeps a single transaction open for the whole run and rolls
 * it back at the first problem; otherwise it commits every {@link #BATCH} documents.
 */
final class ImportPipeline {
    static final int BATCH = 500;
    static final int IN_FLIGHT = 2_000;

    /** A document ready to store, with its glossary tallies. */
    record Ready(NewDocument document, List<FormTally> tallies) {
    }

    private record Job(String location, CompletableFuture<Ready> ready) {
    }

    private static final Job END = new Job(null, null);

    /** Thrown inside the writer's transaction to undo the whole run. */
    private static final class Abort extends RuntimeException {
        Abort() {
            super("aborted", null, false, false);
        }
    }

    private final Store store;
    private final Database database;
    private final boolean oneTransaction;
    private final Function<RawDocument, Ready> prepare;
    private final ImportService.Listener listener;

    ImportPipeline(Store store, Database database, boolean oneTransaction, Function<RawDocument, Ready> prepare,
                   ImportService.Listener listener) {
        this.store = store;
        this.database = database;
        this.oneTransaction = oneTransaction;
        this.prepare = prepare;
        this.listener = listener;
    }

    ImportService.Summary run(Consumer<Consumer<SourceItem>> source) {
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService workers = Executors.newFixedThreadPool(cores, daemon("tifa-prepare"));
        BlockingQueue<Job> queue = new ArrayBlockingQueue<>(IN_FLIGHT);
        List<SourceItem> problems = new ArrayList<>();
        List<SourceItem> warnings = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long[] counts = new long[4]; // read, added, unchanged, chars
        Thread writer = new Thread(() -> {
            try {
                if (oneTransaction) {
                    database.inTransaction(c -> {
                        write(queue, counts, problems);
                        if (hasProblems(problems)) throw new Abort();
                        return null;
                    });
                } else {
                    write(queue, counts, problems);
                }
            } catch (Abort e) {
                // rolled back: nothing from this run is stored
            } catch (Throwable e) {
                failure.set(e);
                queue.clear();
            }
        }, "tifa-writer");
        writer.start();
        try {
            source.accept(item -> {
                if (failure.get() != null) throw new StopReading();
                listener.read(item);
                if (item.warning() != null) warnings.add(item); // the reading thread only
                if (!item.ok()) {
                    synchronized (problems) {
                        problems.add(item);
                    }
                    if (oneTransaction) throw new StopReading();
                    return;
                }
                counts[0]++;
                counts[3] += item.document().original().length();
                CompletableFuture<Ready> f = CompletableFuture.supplyAsync(() -> prepare.apply(item.document()), workers);
                put(queue, new Job(item.location(), f), failure);
            });
        } catch (StopReading e) {
            // a problem under --on-error abort, or the writer failed: stop reading
        } finally {
            putEnd(queue, writer);
            try {
                writer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            workers.shutdownNow();
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        if (t != null) throw new IllegalStateException(t);
        boolean aborted = oneTransaction && !problems.isEmpty();
        return new ImportService.Summary(counts[0], aborted ? 0 : counts[1], aborted ? 0 : counts[2], counts[3],
                List.copyOf(problems), aborted, List.copyOf(warnings));
    }

    private static boolean hasProblems(List<SourceItem> problems) {
        synchronized (problems) {
            return !problems.isEmpty();
        }
    }

    private void write(BlockingQueue<Job> queue, long[] counts, List<SourceItem> problems) throws java.sql.SQLException {
        List<Job> batch = new ArrayList<>(BATCH);
        while (true) {
            Job job;
            try {
                job = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("import interrupted");
            }
            if (job == END || (oneTransaction && hasProblems(problems))) break;
            batch.add(job);
            if (batch.size() == BATCH) {
                flush(batch, counts);
                batch.clear();
            }
        }
        if (!(oneTransaction && hasProblems(problems))) flush(batch, counts);
    }

    private void flush(List<Job> batch, long[] counts) {
        if (batch.isEmpty()) return;
        List<NewDocument> docs = new ArrayList<>(batch.size());
        List<List<FormTally>> tallies = new ArrayList<>(batch.size());
        for (Job j : batch) {
            Ready r = join(j);
            docs.add(r.document());
            tallies.add(r.tallies());
        }
        List<Store.Saved> saved = database.inTransaction(c -> {
            List<Store.Saved> s = store.saveAll(docs, tallies);
            CleanHashes.record(c, s); // for tifa verify: the cleaned text as it was made
            return s;
        });
        for (int i = 0; i < saved.size(); i++) {
            Store.Saved s = saved.get(i);
            if (s.alreadyStored()) counts[2]++;
            else counts[1]++;
            listener.stored(s, batch.get(i).location());
        }
    }

    private static Ready join(Job j) {
        try {
            return j.ready().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) throw r;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        }
    }

    private static void put(BlockingQueue<Job> queue, Job job, AtomicReference<Throwable> failure) {
        try {
            while (!queue.offer(job, 100, TimeUnit.MILLISECONDS)) {
                if (failure.get() != null) throw new StopReading();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StopReading();
        }
    }

    private static void putEnd(BlockingQueue<Job> queue, Thread writer) {
        try {
            while (writer.isAlive() && !queue.offer(END, 100, TimeUnit.MILLISECONDS)) {
                // the writer is still draining the queue
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
