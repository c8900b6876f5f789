package dev.tifa.web.api;

import dev.tifa.app.Workspace;
import dev.tifa.model.Document;
import dev.tifa.web.support.Responses;
import dev.tifa.web.support.WebError;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.Map;

/** {@code GET /api/docs/{key}}: one document's metadata and its clean text. */
public final class DocApi implements Handler {
    private final Workspace workspace;
    private final Responses responses;

    public DocApi(Workspace workspace, Responses responses) {
        this.workspace = workspace;
        this.responses = responses;
    }

    @Override
    public void handle(Context ctx) {
        Document d = find(workspace, ctx.pathParam("key"));
        Map<String, Object> body = DocsApi.summary(d);
        body.put("cleaning", d.cleaning().code());
        body.put("text", d.clean());
        responses.json(ctx, body);
    }

    public static Document find(Workspace workspace, String key) {
        return workspace.store().document(key).orElseThrow(() -> WebError.notFound(new dev.tifa.app.ExternalTexts(workspace).missing(key, "no document '" + key + "'")));
    }
}
