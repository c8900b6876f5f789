package dev.tifa.web.api;

import dev.tifa.analysis.TrendPoint;
import dev.tifa.analysis.time.Period;
import dev.tifa.analysis.time.PeriodPoint;
import dev.tifa.app.FormulationService;
import dev.tifa.app.TrendService;
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

/**
 * {@code GET /api/trend?q=&series=}: a formulation's count in every selected document, in date order; with
 * {@code by=month} (day, week, quarter, year) and {@code also=} more terms, counts per period.
 */
public final class TrendApi implements Handler {
    private final Workspace workspace;
    private final Responses responses;

    public TrendApi(Workspace workspace, Responses responses) {
        this.workspace = workspace;
        this.responses = responses;
    }

    @Override
    public void handle(Context ctx) {
        if (Params.optional(ctx, "by") != null) {
            byPeriod(ctx);
            return;
        }
        Concept c = TermParam.concept(ctx, workspace.glossary());
        List<TrendPoint> points = new FormulationService(workspace).stoppedBy(dev.tifa.web.support.RequestStops.of(ctx)).trend(c, Params.filter(ctx, true), MatchOptions.defaults());
        List<Map<String, Object>> rows = rows(c, points);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("concept", Evidence.concept(c));
        body.put("total", points.stream().mapToInt(p -> p.count().total()).sum());
        body.put("points", rows);
        responses.table(ctx, "tifa-trend-" + Responses.part(TermParam.query(c)), rows, body);
    }

    /**
     * {@code by=day|week|month|quarter|year}: the terms ({@code q}, {@code also}) per period, long format (a row per
     * term × language × period), from the stored tallies where they answer. A period without items has no numbers.
     */
    private void byPeriod(Context ctx) {
        List<Concept> terms = TermParam.concepts(ctx, workspace.glossary());
        Period by = Params.period(ctx, Period.MONTH);
        List<PeriodPoint> points = new TrendService(workspace).byPeriod(terms, Params.filter(ctx, true), MatchOptions.defaults(), by);
        List<Map<String, Object>> rows = points.stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("concept", p.conceptId());
            m.put("language", p.language().code());
            m.put("period", p.period());
            m.put("start", p.start().toString());
            m.put("count", p.isGap() ? null : p.total());
            m.put("standalone", p.isGap() ? null : p.standalone());
            m.put("per_10k", p.isGap() ? null : p.rate());
            m.put("unit", p.unit());
            m.put("items_with", p.isGap() ? null : p.itemsWith());
            m.put("items", p.items());
            m.put("lead_share", p.leadShare());
            m.put("gap", p.gap());
            return m;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("concepts", terms.stream().map(Evidence::concept).toList());
        body.put("by", by.code());
        body.put("points", rows);
        String elsewhere = new dev.tifa.app.FormulationService(workspace).textsElsewhere(terms, Params.filter(ctx, true), MatchOptions.defaults(), false);
        body.put("notes", elsewhere == null ? List.of() : List.of(elsewhere));
        responses.table(ctx, "tifa-trend-" + by.code() + "-" + Responses.part(TermParam.query(terms.get(0))), rows, body);
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
