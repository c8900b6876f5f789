package dev.tifa.web.pages;

import dev.tifa.analysis.discover.Candidate;
import dev.tifa.analysis.discover.DiscoverOptions;
import dev.tifa.app.DiscoveryService;
import dev.tifa.app.Workspace;
import dev.tifa.model.Document;
import dev.tifa.model.Kind;
import dev.tifa.store.DocumentFilter;
import dev.tifa.web.api.DocApi;
import dev.tifa.web.support.Csrf;
import dev.tifa.web.support.Links;
import dev.tifa.web.support.Params;
import dev.tifa.web.support.Responses;
import dev.tifa.web.support.Views;
import dev.tifa.web.support.WebError;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /discover?doc=}: the candidate new formulations of a document, each with accept (into the user glossary,
 * with a theme) and dismiss; {@code POST /discover/decide} records the decision (same-origin and token checked);
 * {@code /api/discover?doc=} the same candidates as JSON or CSV.
 */
public final class DiscoverPage {
    private final Workspace workspace;
    private final Views views;
    private final Responses responses;
    private final Csrf csrf;

    public DiscoverPage(Workspace workspace, Views views, Responses responses, Csrf csrf) {
        this.workspace = workspace;
        this.views = views;
        this.responses = responses;
        this.csrf = csrf;
    }

    public void page(Context ctx) {
        // the forms below must carry this page's origin (no-referrer, the default elsewhere, makes a browser send "null")
        ctx.header("Referrer-Policy", "same-origin");
        Map<String, Object> p = new LinkedHashMap<>();
        List<Document> docs = workspace.store().documents(new DocumentFilter(null, null, List.of(Kind.OFFICIAL), null, null, null, null));
        String key = Params.optional(ctx, "doc");
        boolean showDismissed = Params.flag(ctx, "dismissed");
        p.put("documents", docs.stream().map(Document::key).sorted().toList());
        p.put("doc", key == null ? "" : key);
        p.put("showDismissed", showDismissed);
        p.put("themes", workspace.glossary().themes());
        p.put("csrf", csrf.token());
        p.put("rows", key == null ? null : rows(DocApi.find(workspace, key), showDismissed));
        p.put("api", key == null ? null : "/api/discover?doc=" + Links.enc(key) + "&format=csv");
        p.put("glossaryFile", workspace.userGlossaryFile().toString());
        views.render(ctx, "discover.jte", p);
    }

    public void api(Context ctx) {
        Document d = DocApi.find(workspace, Params.required(ctx, "doc"));
        List<Map<String, Object>> rows = rows(d, true);
        responses.table(ctx, "tifa-discover-" + Responses.part(d.key()), rows, Map.of("document", d.key(), "candidates", rows));
    }

    /** POST: accept or dismiss one candidate, then back to the page (303, so a reload does not post again). */
    public void decide(Context ctx) {
        csrf.check(ctx);
        Document d = DocApi.find(workspace, required(ctx, "doc"));
        String text = required(ctx, "candidate");
        String action = required(ctx, "action");
        DiscoveryService service = new DiscoveryService(workspace);
        try {
            Candidate c = service.find(d, DiscoverOptions.defaults(), text);
            switch (action) {
                case "accept" -> {
                    String theme = ctx.formParam("theme");
                    service.accept(d, c, theme == null || theme.isBlank() ? List.of() : List.of(theme.strip()));
                }
                case "dismiss" -> service.dismiss(d, c.text());
                default -> throw WebError.badRequest("action is accept or dismiss, not " + action);
            }
        } catch (IllegalArgumentException e) {
            throw WebError.badRequest(e.getMessage());
        }
        ctx.redirect("/discover?doc=" + Links.enc(d.key()), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private static String required(Context ctx, String name) {
        String v = ctx.formParam(name);
        if (v == null || v.isBlank()) throw WebError.badRequest("missing form field '" + name + "'");
        if (v.length() > Params.MAX_TERM) throw WebError.badRequest("form field '" + name + "' is too long");
        return v.strip();
    }

    private List<Map<String, Object>> rows(Document d, boolean withDismissed) {
        DiscoveryService.Result r = new DiscoveryService(workspace).candidates(d, DiscoverOptions.defaults());
        List<Map<String, Object>> out = new ArrayList<>();
        int n = 0;
        for (DiscoveryService.Row row : r.rows()) {
            n++;
            if (!withDismissed && row.decision() != null && !row.decision().accepted()) continue;
            Candidate c = row.candidate();
            var x = c.contexts().isEmpty() ? null : c.contexts().get(0);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rank", n);
            m.put("candidate", c.text());
            m.put("flag", c.flag().name().toLowerCase());
            m.put("count", c.count());
            m.put("per_10k", dev.tifa.web.support.Evidence.round(c.rate()));
            m.put("past_count", c.pastCount());
            m.put("score", dev.tifa.web.support.Evidence.round(c.score()));
            m.put("context", x == null ? null : x.left() + "【" + x.match() + "】" + x.right());
            m.put("decision", row.decision() == null ? null : row.decision().decision());
            m.put("concept", row.decision() == null ? null : row.decision().conceptId());
            m.put("decided_in", row.decision() == null ? null : row.decision().documentKey());
            out.add(m);
        }
        return out;
    }
}
