package dev.tifa.web.api;

import dev.tifa.app.CorpusService;
import dev.tifa.model.DocumentInfo;
import dev.tifa.web.support.Evidence;
import dev.tifa.web.support.Params;
import dev.tifa.web.support.Responses;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/docs}: one page ({@code offset}, {@code limit}: 1,000 unless given) of the documents a filter selects
 * (all kinds unless {@code kind} is given), how many it selects, and counts per series. Metadata only.
 */
public final class DocsApi implements Handler {
    static final int LIMIT = 1_000;
    static final int MAX_LIMIT = 10_000;

    private final CorpusService corpus;
    private final Responses responses;

    public DocsApi(CorpusService corpus, Responses responses) {
        this.corpus = corpus;
        this.responses = responses;
    }

    @Override
    public void handle(Context ctx) {
        int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = Params.integer(ctx, "limit", LIMIT, 1, MAX_LIMIT);
        CorpusService.Overview o = corpus.overview(Params.filter(ctx, false), offset, limit);
        List<Map<String, Object>> rows = o.documents().stream().map(DocsApi::summary).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", o.total());
        body.put("selected", o.selected());
        body.put("offset", o.offset());
        body.put("returned", rows.size());
        body.put("next", o.next() < 0 ? null : o.next());
        body.put("perSeries", o.perSeries());
        body.put("documents", rows);
        responses.table(ctx, "tifa-documents", rows, body);
    }

    /** A document's metadata and where to find more about it. */
    public static Map<String, Object> summary(dev.tifa.model.Document d) {
        return summary(d.info());
    }

    public static Map<String, Object> summary(DocumentInfo d) {
        Map<String, Object> m = Evidence.source(d);
        m.put("size", d.size());
        m.put("unit", d.meta().language().unit());
        m.put("source", dev.tifa.web.support.Fmt.shownSource(d.meta().source()));
        m.put("counts", "/api/docs/" + dev.tifa.web.support.Links.enc(d.key()) + "/counts");
        m.put("themes", "/api/docs/" + dev.tifa.web.support.Links.enc(d.key()) + "/themes");
        return m;
    }
}
