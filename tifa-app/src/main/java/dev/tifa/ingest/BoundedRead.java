package dev.tifa.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reads one file on a worker thread and hands its items over as they come, giving up when no item has come for
 * the time limit. A reader stuck in a hostile file (PDFBox on millions of operators, a regex on a pathological page)
 * then costs that file only: the worker is interrupted (the PDF reader checks for that) and the batch goes on.
 */
final class BoundedRead {
    private static final Object DONE = new Object();

    /** Thrown inside the worker when the caller stopped listening; the reader unwinds and nothing more is read. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("reading stopped", null, false, false);
        }
    }

    private BoundedRead() {
    }

    /**
     * @param reading runs the reader, sending items to the consumer it is given (on the worker thread)
     * @param sink    receives the items, on the caller's thread, in order
     */
    static void run(Path file, Duration limit, Consumer<Consumer<SourceItem>> reading, Consumer<SourceItem> sink) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(64);
        Thread worker = new Thread(() -> {
            try {
                reading.accept(item -> put(queue, item));
            } catch (Stopped e) {
                return;
            } catch (RuntimeException e) {
                offerQuietly(queue, SourceItem.problem(file.toString(), "could not read (" + e.getClass().getSimpleName() + "): " + e.getMessage()));
            } catch (OutOfMemoryError e) {
                // what the reader held is garbage now, so the import can go on with the next file
                offerQuietly(queue, SourceItem.problem(file.toString(), "too big to read: it ran out of memory "
                        + "(a compressed or generated file that expands without limit?); skipped"));
            } catch (StackOverflowError e) {
                offerQuietly(queue, SourceItem.problem(file.toString(), "too deeply nested to read (stack overflow); skipped"));
            }
            offerQuietly(queue, DONE);
        }, "tifa-read " + file.getFileName());
        worker.setDaemon(true); // one that ignores the interrupt must not keep the JVM alive
        worker.start();
        boolean finished = false;
        try {
            while (true) {
                Object next = queue.poll(limit.toMillis(), TimeUnit.MILLISECONDS);
                if (next == DONE) {
                    finished = true;
                    return;
                }
                if (next == null) {
                    worker.interrupt();
                    sink.accept(SourceItem.problem(file.toString(), "took longer than " + seconds(limit)
                            + " to read (the time limit per document); skipped"));
                    return;
                }
                sink.accept((SourceItem) next);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted");
        } finally {
            // the sink may throw (an import aborting): the worker must not wait on a queue nobody reads
            if (!finished) worker.interrupt();
        }
    }

    private static void put(BlockingQueue<Object> queue, SourceItem item) {
        if (Thread.currentThread().isInterrupted()) throw new Stopped();
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    /** The last word of a worker: with the caller already gone, a full queue is no reason to wait. */
    private static void offerQuietly(BlockingQueue<Object> queue, Object item) {
        try {
            queue.offer(item, 1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
