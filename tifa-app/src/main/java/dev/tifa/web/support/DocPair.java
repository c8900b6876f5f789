package dev.tifa.web.support;

import dev.tifa.app.Workspace;
import dev.tifa.model.Document;
import io.javalin.http.Context;

/** Parameters {@code a} (older) and {@code b} (newer): two stored documents of one language. */
public record DocPair(Document a, Document b) {
    /** The pair asked for, or null when neither is given (the page then shows only its form). */
    public static DocPair of(Context ctx, Workspace ws) {
        String a = Params.optional(ctx, "a");
        String b = Params.optional(ctx, "b");
        if (a == null && b == null) return null;
        if (a == null || b == null) throw WebError.badRequest("give two documents: a (older) and b (newer)");
        DocPair p = new DocPair(find(ws, a), find(ws, b));
        if (p.a().meta().language() != p.b().meta().language()) {
            throw WebError.badRequest("cannot compare " + a + " (" + p.a().meta().language().code() + ") with " + b + " ("
                    + p.b().meta().language().code() + "): choose two documents of one language");
        }
        return p;
    }

    public static DocPair required(Context ctx, Workspace ws) {
        DocPair p = of(ctx, ws);
        if (p == null) throw WebError.badRequest("missing parameters 'a' and 'b' (two document keys)");
        return p;
    }

    private static Document find(Workspace ws, String key) {
        return ws.store().document(key).orElseThrow(() -> WebError.notFound(new dev.tifa.app.ExternalTexts(ws).missing(key, "no document '" + key + "'")));
    }
}
