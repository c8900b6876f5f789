package dev.tifa.web.pages;

import dev.tifa.web.support.RequestStops;
import dev.tifa.analysis.diff.ChangeType;
import dev.tifa.analysis.diff.DiffOptions;
import dev.tifa.analysis.diff.DocumentDiff;
import dev.tifa.analysis.diff.PassageChange;
import dev.tifa.app.ChangeService;
import dev.tifa.app.CorpusService;
import dev.tifa.app.Workspace;
import dev.tifa.web.api.DiffApi;
import dev.tifa.web.support.DocPair;
import dev.tifa.web.support.Links;
import dev.tifa.web.support.Params;
import dev.tifa.web.support.Views;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code /diff?a=&b=}: two editions side by side, passage by passage, deletions and insertions marked. */
public final class DiffPage implements Handler {
    /** A changed passage, or (change null) a run of {@code kept} passages left out. */
    public record Row(PassageChange change, int kept) {
    }

    public record View(DocumentDiff diff, Map<String, Long> counts, List<Row> rows, boolean all, String csv, String allLink) {
    }

    private final Workspace workspace;
    private final CorpusService corpus;
    private final Views views;

    public DiffPage(Workspace workspace, CorpusService corpus, Views views) {
        this.workspace = workspace;
        this.corpus = corpus;
        this.views = views;
    }

    @Override
    public void handle(Context ctx) {
        DocPair pair = DocPair.of(ctx, workspace);
        View v = null;
        if (pair != null) {
            DocumentDiff d = new ChangeService(workspace).diff(pair.a(), pair.b(), DiffOptions.defaults(), RequestStops.of(ctx));
            boolean all = Params.flag(ctx, "all");
            String q = "a=" + Links.enc(pair.a().key()) + "&b=" + Links.enc(pair.b().key());
            v = new View(d, DiffApi.counts(d), rows(d, all), all, "/api/diff?" + q + "&format=csv", "/diff?" + q + (all ? "" : "&all=1"));
        }
        views.render(ctx, "diff.jte", PairForm.params(PairForm.of(ctx, "/diff", corpus), v));
    }

    static List<Row> rows(DocumentDiff d, boolean all) {
        List<Row> rows = new ArrayList<>();
        int kept = 0;
        for (PassageChange c : d.changes()) {
            if (!all && c.type() == ChangeType.KEPT) {
                kept++;
                continue;
            }
            if (kept > 0) rows.add(new Row(null, kept));
            kept = 0;
            rows.add(new Row(c, 0));
        }
        if (kept > 0) rows.add(new Row(null, kept));
        return rows;
    }
}
