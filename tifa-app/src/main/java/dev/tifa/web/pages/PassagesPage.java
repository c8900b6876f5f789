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
 * {@code /passages?q=&doc=}, or {@code /passages?q=&kind=news&from=&to=&page=}: the passages behind one count, as a page a person can read (the evidence link of every
 * number and chart point); the same data as {@code /api/kwic}, which it links to as CSV.
 */
public final class PassagesPage implements Handler {
    private static final int SHOWN = 500;
    private static final int PAGE = 50;

    private final Workspace workspace;
    private final Views views;

    public PassagesPage(Workspace workspace, Views views) {
        this.workspace = workspace;
        this.views = views;
    }

    @Override
    public void handle(io.javalin.http.Context ctx) {
        Concept c = TermParam.concept(ctx, workspace.glossary());
        boolean phrase = Params.flag(ctx, "phrase");
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("concept", c);
        p.put("q", TermParam.query(c));
        String key = Params.optional(ctx, "doc");
        if (key == null) {
            selection(ctx, c, phrase, p);
            return;
        }
        Document d = workspace.store().document(key).orElseThrow(() -> WebError.notFound(new dev.tifa.app.ExternalTexts(workspace).missing(key, "no document '" + key + "'")));
        DocumentFilter filter = new DocumentFilter(List.of(d.key()), null, null, null, null, null, null);
        List<Context> all = new FormulationService(workspace).stoppedBy(dev.tifa.web.support.RequestStops.of(ctx)).contexts(c, filter, MatchOptions.defaults(), 40, 0);
        p.put("doc", d);
        p.put("contexts", all.size() > SHOWN ? all.subList(0, SHOWN) : all);
        p.put("total", all.size());
        p.put("csv", Links.kwicApi(TermParam.query(c), d.key(), phrase) + "&format=csv");
        p.put("span", null);
        views.render(ctx, "passagespage.jte", p);
    }

    /**
     * The passages over a selection (a chart point of a period, a window): a page of {@value #PAGE} at a time, in
     * date order; only the texts up to the end of the page are read, the total comes from the tallies.
     */
    private void selection(io.javalin.http.Context ctx, Concept c, boolean phrase, Map<String, Object> p) {
        DocumentFilter filter = Params.filter(ctx, true);
        int page = Params.integer(ctx, "page", 1, 1, 10_000);
        FormulationService service = new FormulationService(workspace).stoppedBy(dev.tifa.web.support.RequestStops.of(ctx));
        List<Context> upTo = service.contexts(c, filter, MatchOptions.defaults(), 40, page * PAGE);
        List<Context> shown = upTo.size() <= (page - 1) * PAGE ? List.of() : upTo.subList((page - 1) * PAGE, upTo.size());
        int total = service.occurrences(c, filter, MatchOptions.defaults());
        String here = ctx.queryParamMap().entrySet().stream().filter(e -> !e.getKey().equals("page"))
                .flatMap(e -> e.getValue().stream().map(v -> Links.enc(e.getKey()) + "=" + Links.enc(v)))
                .collect(java.util.stream.Collectors.joining("&"));
        p.put("doc", null);
        p.put("contexts", shown);
        p.put("total", total);
        p.put("csv", "/api/kwic?" + here + "&limit=" + PAGE * page + "&format=csv");
        p.put("span", new Span(describe(ctx), (page - 1) * PAGE, page > 1 ? "/passages?" + here + "&page=" + (page - 1) : null,
                page * PAGE < total ? "/passages?" + here + "&page=" + (page + 1) : null,
                shown.stream().map(Context::documentKey).distinct().toList()));
        views.render(ctx, "passagespage.jte", p);
    }

    /** A page of passages over a selection: what it is, where it starts, the pages beside it, its items. */
    public record Span(String description, int first, String previous, String next, List<String> items) {
    }

    private static String describe(io.javalin.http.Context ctx) {
        List<String> parts = new java.util.ArrayList<>();
        for (String k : List.of("kind", "series", "lang", "from", "to")) {
            String v = Params.optional(ctx, k);
            if (v != null) parts.add(k + " " + v);
        }
        return parts.isEmpty() ? "official documents" : String.join(", ", parts);
    }
}
