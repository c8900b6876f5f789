package dev.tifa.web.pages;

import dev.tifa.analysis.Context;
import dev.tifa.app.FormulationService;
import dev.tifa.app.Workspace;
import dev.tifa.model.Concept;
import dev.tifa.model.Document;
import dev.tifa.store.DocumentFilter;
import dev.tifa.text.match.MatchOptions;
import dev.tifa.web.support.Links;
import dev.tifa.web.support.Params;
import dev.tifa.web.support.TermParam;
import dev.tifa.web.support.Views;
import dev.tifa.web.support.WebError;
import io.javalin.http.Handler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /passages?q=&doc=}: the passages behind one count, as a page a person can read (the evidence link of every
 * number and chart point); the same data as {@code /api/kwic}, which it links to as CSV.
 */
public final class PassagesPage implements Handler {
    private static final int SHOWN = 500;

    private final Workspace workspace;
    private final Views views;

    public PassagesPage(Workspace workspace, Views views) {
        this.workspace = workspace;
        this.views = views;
    }

    @Override
    public void handle(io.javalin.http.Context ctx) {
        Concept c = TermParam.concept(ctx, workspace.glossary());
        String key = Params.required(ctx, "doc");
        Document d = workspace.store().document(key).orElseThrow(() -> WebError.notFound(new dev.tifa.app.ExternalTexts(workspace).missing(key, "no document '" + key + "'")));
        DocumentFilter filter = new DocumentFilter(List.of(d.key()), null, null, null, null, null, null);
        List<Context> all = new FormulationService(workspace).contexts(c, filter, MatchOptions.defaults(), 40, 0);
        boolean phrase = Params.flag(ctx, "phrase");
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("concept", c);
        p.put("q", TermParam.query(c));
        p.put("doc", d);
        p.put("contexts", all.size() > SHOWN ? all.subList(0, SHOWN) : all);
        p.put("total", all.size());
        p.put("csv", Links.kwicApi(TermParam.query(c), d.key(), phrase) + "&format=csv");
        views.render(ctx, "passagespage.jte", p);
    }
}
