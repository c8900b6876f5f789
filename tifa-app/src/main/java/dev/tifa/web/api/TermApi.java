package dev.tifa.web.api;

import dev.tifa.app.TermService;
import dev.tifa.app.TermService.TermReport;
import dev.tifa.app.Workspace;
import dev.tifa.model.Concept;
import dev.tifa.text.match.MatchOptions;
import dev.tifa.web.support.Evidence;
import dev.tifa.web.support.Links;
import dev.tifa.web.support.Params;
import dev.tifa.web.support.Responses;
import dev.tifa.web.support.TermParam;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/term?q=}: what a term resolves to, how often it occurs and where it first appears. */
public final class TermApi implements Handler {
    private final Workspace workspace;
    private final Responses responses;

    public TermApi(Workspace workspace, Responses responses) {
        this.workspace = workspace;
        this.responses = responses;
    }

    @Override
    public void handle(Context ctx) {
        Concept c = TermParam.concept(ctx, workspace.glossary());
        TermReport r = new TermService(workspace, dev.tifa.web.support.RequestStops.of(ctx)).report(c, Params.filter(ctx, true), MatchOptions.defaults(), 30, 1);
        String q = TermParam.query(c);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("concept", Evidence.concept(c));
        body.put("total", r.total());
        body.put("documentsWith", r.documentsWith());
        body.put("documents", r.trend().size());
        body.put("first", r.first().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", Evidence.source(p.document()));
            m.putAll(Evidence.count(p.count(), p.document(), p.size(), q, c.isAdHoc()));
            return m;
        }).orElse(null));
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("page", Links.term(q));
        links.put("trend", "/api/trend?q=" + Links.enc(q) + (c.isAdHoc() ? "&phrase=1" : ""));
        links.put("kwic", "/api/kwic?q=" + Links.enc(q) + (c.isAdHoc() ? "&phrase=1" : ""));
        body.put("links", links);
        responses.json(ctx, body);
    }
}
