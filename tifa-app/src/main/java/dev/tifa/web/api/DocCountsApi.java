package dev.tifa.web.api;

import dev.tifa.analysis.ConceptCount;
import dev.tifa.app.DocumentReportService;
import dev.tifa.app.DocumentReportService.DocumentReport;
import dev.tifa.app.Workspace;
import dev.tifa.model.Concept;
import dev.tifa.text.match.MatchOptions;
import dev.tifa.web.support.Evidence;
import dev.tifa.web.support.Responses;
import dev.tifa.web.support.WebError;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/docs/{key}/counts}: every glossary formulation found in one document, most frequent first. */
public final class DocCountsApi implements Handler {
    private final Workspace workspace;
    private final Responses responses;

    public DocCountsApi(Workspace workspace, Responses responses) {
        this.workspace = workspace;
        this.responses = responses;
    }

    @Override
    public void handle(Context ctx) {
        DocumentReport r = report(workspace, ctx.pathParam("key"));
        List<Map<String, Object>> rows = rows(r, workspace);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source", Evidence.source(r.document()));
        body.put("size", r.counts().size());
        body.put("unit", r.document().meta().language().unit());
        body.put("counts", rows);
        responses.table(ctx, "tifa-counts-" + r.document().key(), rows, body);
    }

    static DocumentReport report(Workspace workspace, String key) {
        return new DocumentReportService(workspace).report(key, MatchOptions.defaults())
                .orElseThrow(() -> WebError.notFound("no document '" + key + "'"));
    }

    public static List<Map<String, Object>> rows(DocumentReport r, Workspace workspace) {
        return r.top().stream().map(cc -> row(r, cc, workspace.glossary().concept(cc.conceptId()).orElse(Concept.adHoc(cc.conceptId())))).toList();
    }

    private static Map<String, Object> row(DocumentReport r, ConceptCount cc, Concept c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", r.document().key());
        m.put("language", r.document().meta().language().code());
        m.put("concept", c.id());
        m.put("label", c.label());
        m.put("en", c.en().isEmpty() ? null : c.en().get(0));
        m.put("theme", c.primaryTheme());
        m.putAll(Evidence.count(cc, r.document(), r.counts().size(), c.id(), false));
        m.put("byForm", cc.byForm());
        m.put("attributes", new java.util.TreeMap<>(r.document().meta().attributes()));
        return m;
    }
}
