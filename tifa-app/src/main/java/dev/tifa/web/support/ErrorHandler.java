package dev.tifa.web.support;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every failure as the client can use it: JSON {@code {"status", "error"}} under /api, a friendly page elsewhere.
 * Unexpected exceptions are logged here and reach the client as a 500 without any detail.
 */
public final class ErrorHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

    private final Views views;
    private final Responses responses;

    public ErrorHandler(Views views, Responses responses) {
        this.views = views;
        this.responses = responses;
    }

    public void exception(Exception e, Context ctx) {
        if (e instanceof WebError w) {
            respond(ctx, w.status(), w.getMessage());
        } else if (e instanceof HttpResponseException h) {
            respond(ctx, h.getStatus(), h.getStatus() == 404 ? "not found" : h.getMessage());
        } else {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            respond(ctx, 500, "something went wrong on the server; the log has the details");
        }
    }

    /** Javalin's own 404 for an address no route matches. */
    public void notFound(Context ctx) {
        if (ctx.attribute("tifa-error") == null) respond(ctx, 404, "there is nothing at " + ctx.path());
    }

    private void respond(Context ctx, int status, String message) {
        ctx.attribute("tifa-error", Boolean.TRUE);
        ctx.status(status);
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/api")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("error", message);
            responses.json(ctx, body);
        } else {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("status", status);
            params.put("message", message);
            views.render(ctx, "error.jte", params);
        }
    }
}
