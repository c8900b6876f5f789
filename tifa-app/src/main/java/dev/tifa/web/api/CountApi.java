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

/**
 * {@code GET /api/count?q=&docs=}: terms × documents, one row per document and term, each with its evidence link, and
 * the totals per term over the whole selection. JSON comes in pages of documents ({@code offset}, {@code limit},
 * {@code next}): 6,000 news items mentioning a term are 3 MB of rows, more than a page or a script wants at once;
 * CSV ({@code format=csv}) is the export and has every row.
 */
public final class CountApi implements Handler {
    private static final int MAX_TERMS = 50;
    static final int PAGE = 500;
    static final int MAX_PAGE = 10_000;

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
        int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = Params.integer(ctx, "limit", PAGE, 1, MAX_PAGE);
        CountTable t = new FormulationService(workspace).stoppedBy(dev.tifa.web.support.RequestStops.of(ctx))
                .count(concepts, Params.filter(ctx, true), MatchOptions.defaults());
        if (Params.csv(ctx)) {
            responses.csv(ctx, "tifa-count-" + Responses.part(String.join("-", terms)), dev.tifa.app.CountRows.of(t, concepts, false));
            return;
        }
        List<DocumentCounts> listed = t.documents();
        List<DocumentCounts> page = listed.subList(Math.min(offset, listed.size()), (int) Math.min(listed.size(), (long) offset + limit));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("concepts", concepts.stream().map(Evidence::concept).toList());
        body.put("documents", t.selected());
        if (t.mentionsOnly()) body.put("listed", listed.size()); // news: only the documents with a mention have rows
        body.put("totals", totals(t));
        body.put("offset", offset);
        body.put("returned", page.size());
        body.put("next", offset + page.size() < listed.size() ? offset + page.size() : null);
        body.put("rows", rows(t.concepts(), page));
        body.put("notes", t.notes()); // e.g. documents counted on the cluster, whose texts are not here for a phrase
        // JSON: rows with their sources and evidence links for the pages (CSV above: the command line's rows)
        responses.json(ctx, body);
    }

    /** Per term, over every listed document (not only this page): occurrences, standalone ones, documents with it. */
    private static List<Map<String, Object>> totals(CountTable t) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Concept c : t.concepts()) {
            int total = 0, standalone = 0, with = 0;
            for (DocumentCounts d : t.documents()) {
                var n = d.count(c.id());
                total += n.total();
                standalone += n.standalone();
                if (n.total() > 0) with++;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("concept", TermParam.query(c));
            m.put("count", total);
            m.put("standalone", standalone);
            m.put("documentsWithIt", with);
            out.add(m);
        }
        return out;
    }

    private static List<Map<String, Object>> rows(List<Concept> concepts, List<DocumentCounts> documents) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DocumentCounts d : documents) {
            for (Concept c : concepts) {
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
