package dev.tifa.web.support;

import dev.tifa.analysis.Cancellation;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.time.Duration;

/**
 * When the server stops working on a request: its client has gone (closed the connection: a browser tab closed, a
 * script interrupted), or it has run longer than the server's limit for one request. Long work asks
 * {@link #of(Context)} before each text it reads and stops with {@link Cancellation.Cancelled}; a request stopped by
 * the limit is answered 503 with what to do, one whose client has gone is not answered at all.
 */
public final class RequestStops {
    /** The default limit for one request. */
    public static final Duration DEFAULT_LIMIT = Duration.ofMinutes(2);
    private static final String KEY = "tifa-stop";

    /** Told what happens, for the log and for tests. */
    public interface Watcher {
        Watcher NONE = new Watcher() {
        };

        /** Work on {@code path} asked whether to stop (once per text it reads). */
        default void checked(String path) {
        }

        /** Work on {@code path} stopped before its end. */
        default void stopped(String path, String reason) {
        }
    }

    private final Duration limit;
    private final Watcher watcher;

    public RequestStops(Duration limit, Watcher watcher) {
        if (limit.isNegative() || limit.isZero()) throw new IllegalArgumentException("the time limit must be positive");
        this.limit = limit;
        this.watcher = watcher;
    }

    /** {@code handler}, its long work stopping when its client has gone or its time is up. */
    public Handler of(Handler handler) {
        return ctx -> {
            try (Stop stop = new Stop(ctx, ctx.path(), System.nanoTime() + limit.toNanos())) {
                ctx.attribute(KEY, stop);
                handler.handle(ctx);
            } catch (Cancellation.Cancelled c) {
                watcher.stopped(ctx.path(), c.getMessage());
                throw WebError.unavailable(c.getMessage());
            }
        };
    }

    /** What long work in this request asks before each text (never stops outside a guarded handler). */
    public static Cancellation of(Context ctx) {
        Cancellation c = ctx.attribute(KEY);
        return c == null ? Cancellation.NEVER : c;
    }

    /** One request's answer; the client's connection is watched from the first question on. */
    private final class Stop implements Cancellation, AutoCloseable {
        private final Context ctx;
        private final String path;
        private final long deadline;
        private ClientGone client; // opened on first use: most requests never ask

        Stop(Context ctx, String path, long deadline) {
            this.ctx = ctx;
            this.path = path;
            this.deadline = deadline;
        }

        @Override
        public String reason() {
            watcher.checked(path);
            if (client == null) client = ClientGone.of(ctx);
            if (client.gone()) return "the client has gone";
            if (System.nanoTime() - deadline > 0) {
                return "this request took longer than the server's limit of " + limit.toSeconds()
                        + " s: narrow the selection (series, kind, dates) or use the command line";
            }
            return null;
        }

        @Override
        public void close() {
            if (client != null) client.close();
        }
    }
}
