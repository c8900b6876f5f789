package dev.tifa.web.support;

import io.javalin.http.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.SocketChannelEndPoint;

import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;

/**
 * Whether the client of a request in progress has gone (closed or reset its connection). Jetty notices a closed
 * HTTP/1.1 connection only when it next reads from it, which it does not while a handler computes; so the request's
 * socket is also registered with a selector of our own and asked, without reading anything, whether it became
 * readable. After a complete GET, a readable socket means the client closed it (or sent its next request before
 * this answer: HTTP pipelining, which browsers and the usual clients do not do; such a client gets a 503 for this
 * request and its next one is answered as usual, since nothing was read). One per request; close it after.
 */
final class ClientGone implements AutoCloseable {
    private final Selector selector; // null: not a socket we can watch (a test's in-memory request): never gone
    private boolean gone;

    private ClientGone(Selector selector) {
        this.selector = selector;
    }

    static ClientGone of(Context ctx) {
        SocketChannel channel = channel(ctx);
        if (channel == null) return new ClientGone(null);
        try {
            Selector s = Selector.open();
            try {
                channel.register(s, SelectionKey.OP_READ);
            } catch (IOException | RuntimeException e) { // closed already, or not registrable: cannot watch it
                s.close();
                return new ClientGone(null);
            }
            return new ClientGone(s);
        } catch (IOException e) {
            return new ClientGone(null);
        }
    }

    private static SocketChannel channel(Context ctx) {
        ServletContextRequest r = ServletContextRequest.getServletContextRequest(ctx.req());
        if (r == null) return null;
        EndPoint e = r.getConnectionMetaData().getConnection().getEndPoint();
        return e instanceof SocketChannelEndPoint s ? s.getChannel() : null;
    }

    /** True once the connection became readable (closed by the client) while its request was being answered. */
    boolean gone() {
        if (gone || selector == null) return gone;
        try {
            gone = selector.selectNow() > 0 || !selector.keys().iterator().next().isValid();
        } catch (IOException | RuntimeException e) {
            gone = true; // the channel was closed under us: the connection is over
        }
        return gone;
    }

    @Override
    public void close() {
        if (selector == null) return;
        try {
            selector.close();
        } catch (IOException e) {
            // nothing to release beyond the selector itself
        }
    }
}
