package dev.tifa.web.support;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Answers already computed, served again while nothing they depend on has changed. An answer is a pure function of
 * its address (path and query) and of the workspace's generation (the store's, which changes with every committed
 * write from any process, and the glossary's): the key holds all three, so a write makes every older answer
 * unreachable at once and it is evicted in time. Memory is bounded by the bytes of the answers kept (least recently
 * and least often used go first). Only complete 200 answers are kept; an error, a redirect or an answer cut short
 * (client gone, time limit) is computed again next time. Several requests for the same uncomputed answer wait for
 * the first one instead of computing it side by side.
 */
public final class AnswerCache {
    /** The default bound: 64 MB of answers. */
    public static final long DEFAULT_BYTES = 64L << 20;
    private static final int OVERHEAD = 256; // key, headers and bookkeeping of one entry, roughly

    private final Supplier<?> generation;
    private final AsyncCache<Key, Answer> answers;
    private final long largest;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong computed = new AtomicLong();

    /** {@code generation}: what every answer depends on besides its address; {@code maxBytes}: the bound. */
    public AnswerCache(Supplier<?> generation, long maxBytes) {
        if (maxBytes <= 0) throw new IllegalArgumentException("the cache needs a positive size");
        this.generation = generation;
        this.largest = maxBytes / 8; // one huge page must not push out everything else
        this.answers = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key k, Answer a) -> a.body().length + OVERHEAD + k.path().length() + k.query().length())
                .buildAsync();
    }

    /** {@code handler}, its answers kept and served again at the same generation. */
    public Handler of(Handler handler) {
        return ctx -> serve(ctx, handler);
    }

    /** Answers served from the cache so far. */
    public long hits() {
        return hits.get();
    }

    /** Answers computed so far (kept or not). */
    public long computed() {
        return computed.get();
    }

    private void serve(Context ctx, Handler handler) throws Exception {
        String query = ctx.queryString();
        Key key = new Key(ctx.path(), query == null ? "" : query, generation.get());
        CompletableFuture<Answer> mine = new CompletableFuture<>();
        CompletableFuture<Answer> first = answers.asMap().putIfAbsent(key, mine);
        if (first != null) {
            Answer a = awaitQuietly(first);
            if (a != null) {
                hits.incrementAndGet();
                a.replay(ctx);
                return;
            }
            computed.incrementAndGet(); // the first one failed or was not for keeping: this request computes its own
            handler.handle(ctx);
            return;
        }
        computed.incrementAndGet();
        try {
            handler.handle(ctx);
        } catch (Throwable e) {
            mine.complete(null); // waiters compute their own; a null answer leaves the cache by itself
            throw e;
        }
        mine.complete(capture(ctx));
    }

    private static Answer awaitQuietly(CompletableFuture<Answer> first) {
        try {
            return first.join();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The handler's answer, if it is one to keep; the response is left as it was. */
    private Answer capture(Context ctx) throws java.io.IOException {
        if (ctx.statusCode() != 200) return null;
        InputStream in = ctx.resultInputStream();
        if (in == null) return null;
        byte[] body = in.readAllBytes();
        ctx.result(body);
        if (body.length > largest) return null;
        return new Answer(ctx.res().getContentType(), ctx.res().getHeader("Content-Disposition"), body);
    }

    private record Key(String path, String query, Object generation) {
    }

    /** What a handler answered: the headers it set itself and the body. */
    private record Answer(String contentType, String disposition, byte[] body) {
        void replay(Context ctx) {
            if (contentType != null) ctx.contentType(contentType);
            if (disposition != null) ctx.header("Content-Disposition", disposition);
            ctx.result(body);
        }
    }
}
