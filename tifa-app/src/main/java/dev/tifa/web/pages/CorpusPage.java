package dev.tifa.web.pages;

import dev.tifa.app.CorpusService;
import dev.tifa.web.support.Forms;
import dev.tifa.web.support.Params;
import dev.tifa.web.support.Views;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /}: the documents in the store, filtered by series, kind, language, dates and title words, a page of
 * {@link CorpusService#PAGE} at a time (filtering and paging in SQL), with counts per series.
 */
public final class CorpusPage implements Handler {
    private final CorpusService corpus;
    private final Views views;

    public CorpusPage(CorpusService corpus, Views views) {
        this.corpus = corpus;
        this.views = views;
    }

    @Override
    public void handle(Context ctx) {
        int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        CorpusService.Overview o = corpus.overview(Params.filter(ctx, false), offset, CorpusService.PAGE);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("o", o);
        p.put("nextPage", o.next() < 0 ? null : "/?" + Forms.query(ctx, Map.of("offset", Integer.toString(o.next()))));
        p.put("previousPage", o.previous(CorpusService.PAGE) < 0 ? null
                : "/?" + Forms.query(ctx, Map.of("offset", Integer.toString(o.previous(CorpusService.PAGE)))));
        p.put("series", Forms.value(ctx, "series"));
        p.put("kind", Forms.value(ctx, "kind"));
        p.put("lang", Forms.value(ctx, "lang"));
        p.put("from", Forms.value(ctx, "from"));
        p.put("to", Forms.value(ctx, "to"));
        p.put("title", Forms.value(ctx, "title"));
        p.put("csv", Forms.csvLink(ctx, "/api/docs"));
        views.render(ctx, "corpus.jte", p);
    }
}
