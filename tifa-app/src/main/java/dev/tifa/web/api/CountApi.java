package dev.tifa.web.api;

import dev.tifa.analysis.DocumentCounts;
import dev.tifa.app.CountTable;
import dev.tifa.app.FormulationService;
import dev.tifa.app.TermResolver;
import dev.tifa.app.Workspace;
import dev.tifa.model.Concept;
import dev.tifa.text.match.MatchOptions;
import dev.tifa.web.support.Evidence;
import dev.tifa.web.support.Params;
import dev.tifa.web.support.Responses;
import dev.tifa.web.support.TermParam;
import dev.tifa.web.support.WebError;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/count?q=&docs=}: terms × documents, one row per document and term, each with its evidence link. */
public final class CountApi implements Handler {
    private static final int MAX_TERMS = 50;

    private final Workspace workspace;
    private final Responses responses;

    public CountApi(Workspace workspace, Responses responses) {
        this.workspace = workspace;
        this.responses = responses;
    }

    @Override
    public void handle(Context ctx) {
        List<String> terms = Params.list(ctx, "q");
        if (terms.isEmpty()) throw WebError.badRequest("missing parameter 'q' (one or more terms, comma-separated or repeated)");
        if (terms.size() > MAX_TERMS) throw WebError.badRequest("at most " + MAX_TERMS + " terms at once");
        List<Concept> concepts = new TermResolver(workspace.glossary()).resolveAll(terms, Params.flag(ctx, "phrase"));
        CountTable t = new FormulationService(workspace).stoppedBy(dev.tifa.web.support.RequestStops.of(ctx)).count(concepts, Params.filter(ctx, true), MatchOptions.defaults());
        List<Map<String, Object>> rows = rows(t);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("concepts", concepts.stream().map(Evidence::concept).toList());
        body.put("documents", t.selected());
        if (t.mentionsOnly()) body.put("listed", t.documents().size()); // news: only the documents with a mention have rows
        body.put("rows", rows);
        body.put("notes", t.notes()); // e.g. documents counted on the cluster, whose texts are not here for a phrase
        // CSV: the command line's long rows and columns; JSON: rows with their sources and evidence links for the pages
        responses.table(ctx, "tifa-count-" + Responses.part(String.join("-", terms)), dev.tifa.app.CountRows.of(t, concepts, false), body);
    }

    public static List<Map<String, Object>> rows(CountTable t) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DocumentCounts d : t.documents()) {
            for (Concept c : t.concepts()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("source", Evidence.source(d.document()));
                m.put("concept", TermParam.query(c));
                m.put("label", c.label());
                m.putAll(Evidence.count(d.count(c.id()), d.document(), d.size(), TermParam.query(c), c.isAdHoc()));
                rows.add(m);
            }
        }
        return rows;
    }
}
