package dev.tifa.web.pages;

import dev.tifa.app.CorpusService;
import dev.tifa.model.DocumentInfo;
import dev.tifa.model.Kind;
import dev.tifa.store.DocumentFilter;
import dev.tifa.web.support.Forms;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;

/** The two-document chooser of the Compare and Diff pages. */
public record PairForm(String action, String a, String b, List<DocumentInfo> documents) {
    /** The chooser lists the reports, not the news items (tens of thousands): those are chosen by key. */
    static PairForm of(Context ctx, String action, CorpusService corpus) {
        DocumentFilter reports = DocumentFilter.all().withKinds(List.of(Kind.OFFICIAL, Kind.RESOLUTION, Kind.COMMENTARY, Kind.PREVIEW));
        return new PairForm(action, Forms.value(ctx, "a"), Forms.value(ctx, "b"), corpus.overview(reports).documents());
    }

    /** The same pair on the other page. */
    public String link(String page) {
        return page + "?a=" + dev.tifa.web.support.Links.enc(a) + "&b=" + dev.tifa.web.support.Links.enc(b);
    }

    static Map<String, Object> params(PairForm f, Object view) {
        java.util.Map<String, Object> p = new java.util.LinkedHashMap<>();
        p.put("form", f);
        p.put("v", view);
        return p;
    }
}
