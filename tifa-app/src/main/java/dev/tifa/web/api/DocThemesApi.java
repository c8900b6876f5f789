package dev.tifa.web.api;

import dev.tifa.analysis.themes.ThemeShare;
import dev.tifa.app.DocumentReportService.DocumentReport;
import dev.tifa.app.Workspace;
import dev.tifa.web.support.Evidence;
import dev.tifa.web.support.Responses;
import dev.tifa.web.support.ThemePalette;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/docs/{key}/themes}: how the document's standalone formulations divide among the themes. */
public final class DocThemesApi implements Handler {
    private final Workspace workspace;
    private final Responses responses;

    public DocThemesApi(Workspace workspace, Responses responses) {
        this.workspace = workspace;
        this.responses = responses;
    }

    @Override
    public void handle(Context ctx) {
        DocumentReport r = DocCountsApi.report(workspace, ctx.pathParam("key"));
        List<Map<String, Object>> rows = rows(r, new ThemePalette(workspace.glossary()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source", Evidence.source(r.document()));
        body.put("standaloneHits", r.themes().totalHits());
        body.put("themes", rows);
        responses.table(ctx, "tifa-themes-" + r.document().key(), rows, body);
    }

    public static List<Map<String, Object>> rows(DocumentReport r, ThemePalette palette) {
        return r.themes().shares().stream().map(s -> row(r, s, palette)).toList();
    }

    private static Map<String, Object> row(DocumentReport r, ThemeShare s, ThemePalette palette) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", r.document().key());
        m.put("language", r.document().meta().language().code());
        m.put("theme", s.themeId());
        m.put("zh", s.zh());
        m.put("en", s.en());
        m.put("hits", s.hits());
        m.put("share", Evidence.figure(s.share() * 100));
        m.put("per10k", Evidence.figure(s.rate()));
        m.put("colour", palette.colour(s.themeId()));
        return m;
    }
}
