package dev.tifa.web.api;

import dev.tifa.app.Workspace;
import dev.tifa.glossary.Glossary;
import dev.tifa.web.support.Evidence;
import dev.tifa.web.support.Links;
import dev.tifa.web.support.Responses;
import dev.tifa.web.support.ThemePalette;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/glossary}: the themes (with their colours) and every concept with its forms. */
public final class GlossaryApi implements Handler {
    private final Workspace workspace;
    private final Responses responses;

    public GlossaryApi(Workspace workspace, Responses responses) {
        this.workspace = workspace;
        this.responses = responses;
    }

    @Override
    public void handle(Context ctx) {
        Glossary g = workspace.glossary();
        ThemePalette palette = new ThemePalette(g);
        List<Map<String, Object>> concepts = g.concepts().stream().map(c -> {
            Map<String, Object> m = Evidence.concept(c);
            m.remove("adHoc");
            m.put("page", Links.term(c.id()));
            return m;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("themes", g.themes().stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", t.id());
            m.put("zh", t.zh());
            m.put("en", t.en());
            m.put("colour", palette.colour(t.id()));
            return m;
        }).toList());
        body.put("concepts", concepts);
        responses.table(ctx, "tifa-glossary", concepts, body);
    }
}
