package dev.tifa.web.support;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

import java.util.Map;

/** Renders the jte templates (precompiled at build time from src/main/jte; HTML-escaping by default). */
public final class Views {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    public void render(Context ctx, String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        engine.render(template, params, out);
        ctx.html(out.toString());
    }
}
