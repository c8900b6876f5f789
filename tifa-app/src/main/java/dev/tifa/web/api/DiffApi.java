package dev.tifa.web.api;

import dev.tifa.web.support.RequestStops;
import dev.tifa.analysis.diff.ChangeType;
import dev.tifa.analysis.diff.DiffOptions;
import dev.tifa.analysis.diff.DocumentDiff;
import dev.tifa.analysis.diff.PassageChange;
import dev.tifa.app.ChangeService;
import dev.tifa.app.Workspace;
import dev.tifa.web.support.DocPair;
import dev.tifa.web.support.Evidence;
import dev.tifa.web.support.Params;
import dev.tifa.web.support.Responses;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/diff?a=&b=}: two editions passage by passage; {@code all=1} also lists the passages kept as they were. */
public final class DiffApi implements Handler {
    private final Workspace workspace;
    private final Responses responses;

    public DiffApi(Workspace workspace, Responses responses) {
        this.workspace = workspace;
        this.responses = responses;
    }

    @Override
    public void handle(Context ctx) {
        DocPair pair = DocPair.required(ctx, workspace);
        DocumentDiff d = new ChangeService(workspace).diff(pair.a(), pair.b(), DiffOptions.defaults(), RequestStops.of(ctx));
        boolean all = Params.flag(ctx, "all");
        List<Map<String, Object>> rows = d.changes().stream().filter(c -> all || c.type() != ChangeType.KEPT).map(DiffApi::row).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("a", Evidence.source(pair.a()));
        body.put("b", Evidence.source(pair.b()));
        body.put("continuity", d.continuity());
        body.put("counts", counts(d));
        body.put("changes", rows);
        responses.table(ctx, "tifa-diff-" + Responses.part(pair.a().key()) + "-" + Responses.part(pair.b().key()), rows, body);
    }

    public static Map<String, Long> counts(DocumentDiff d) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (ChangeType t : ChangeType.values()) m.put(t.name().toLowerCase(), d.count(t));
        return m;
    }

    private static Map<String, Object> row(PassageChange c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", c.type().name().toLowerCase());
        m.put("aIndex", c.aIndex());
        m.put("bIndex", c.bIndex());
        m.put("similarity", Evidence.figure(c.similarity()));
        m.put("aText", c.aText());
        m.put("bText", c.bText());
        return m;
    }
}
