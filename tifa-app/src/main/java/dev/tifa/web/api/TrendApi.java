package dev.tifa.web.api;

import dev.tifa.analysis.TrendPoint;
import dev.tifa.app.FormulationService;
import dev.tifa.app.Workspace;
import dev.tifa.model.Concept;
import dev.tifa.text.match.MatchOptions;
import dev.tifa.web.support.Evidence;
import dev.tifa.web.support.Params;
import dev.tifa.web.support.Responses;
import dev.tifa.web.support.TermParam;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/trend?q=&series=}: a formulation's count in every selected document, in date order. */
public final class TrendApi implements Handler {
    private final Workspace workspace;
    private final Responses responses;

    public TrendApi(Workspace workspace, Responses responses) {
        this.workspace = workspace;
        this.responses = responses;
    }

    @Override
    public void handle(Context ctx) {
        Concept c = TermParam.concept(ctx, workspace.glossary());
        List<TrendPoint> points = new FormulationService(workspace).trend(c, Params.filter(ctx, true), MatchOptions.defaults());
        List<Map<String, Object>> rows = rows(c, points);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("concept", Evidence.concept(c));
        body.put("total", points.stream().mapToInt(p -> p.count().total()).sum());
        body.put("points", rows);
        responses.table(ctx, "tifa-trend-" + Responses.part(TermParam.query(c)), rows, body);
    }

    public static List<Map<String, Object>> rows(Concept c, List<TrendPoint> points) {
        return points.stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", Evidence.source(p.document()));
            m.put("concept", TermParam.query(c));
            m.putAll(Evidence.count(p.count(), p.document(), p.size(), TermParam.query(c), c.isAdHoc()));
            return m;
        }).toList();
    }
}
