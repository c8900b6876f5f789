package dev.tifa.web.pages;

import dev.tifa.analysis.compare.KeyTerm;
import dev.tifa.app.WindowService;
import dev.tifa.app.Workspace;
import dev.tifa.model.Concept;
import dev.tifa.web.api.WindowApi;
import dev.tifa.web.support.Forms;
import dev.tifa.web.support.Json;
import dev.tifa.web.support.Links;
import dev.tifa.web.support.Params;
import dev.tifa.web.support.ThemePalette;
import dev.tifa.web.support.Views;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /window?around=2024-07-18&days=90&series=xwlb}: before and after a day — every glossary formulation's rate
 * in the N days before vs from the day on, ranked by G² (as {@code tifa compare --around} and {@code /api/window});
 * each count opens its passages in that window.
 */
public final class WindowPage implements Handler {
    private static final int CHART_TERMS = 20;

    /** One formulation of the window, with the passages pages behind its two counts. */
    public record Row(KeyTerm term, String label, String before, String after) {
    }

    public record View(WindowService.Window w, List<Row> rows, String chartJson, String csv) {
    }

    private final Workspace workspace;
    private final Views views;
    private final Json json;

    public WindowPage(Workspace workspace, Views views, Json json) {
        this.workspace = workspace;
        this.views = views;
        this.json = json;
    }

    @Override
    public void handle(Context ctx) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("around", Forms.value(ctx, "around"));
        p.put("days", Forms.value(ctx, "days"));
        p.put("series", Forms.value(ctx, "series"));
        p.put("lang", Forms.value(ctx, "lang"));
        if (Params.optional(ctx, "around") == null) {
            p.put("v", null);
            views.render(ctx, "window.jte", p);
            return;
        }
        WindowService.Window w = WindowApi.window(ctx, workspace);
        List<String> series = Params.list(ctx, "series");
        String seriesParam = series.isEmpty() ? null : String.join(",", series);
        String kind = series.isEmpty() ? "official,news" : "all"; // the series as the window counted it, news items included
        ThemePalette palette = new ThemePalette(workspace.glossary());
        List<Row> rows = w.terms().stream().map(k -> {
            String label = workspace.glossary().concept(k.term()).map(Concept::label).orElse(k.term());
            return new Row(k, label, passages(k.term(), w.before(), kind, seriesParam, w), passages(k.term(), w.after(), kind, seriesParam, w));
        }).toList();
        // the chart: change in rate per 10,000, after − before, of the formulations ranked highest
        List<Map<String, Object>> chart = rows.stream().limit(CHART_TERMS).map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", r.label());
            m.put("status", "G² " + String.format(java.util.Locale.ROOT, "%.1f", r.term().g2()));
            m.put("a", "before");
            m.put("b", "from the day on");
            m.put("countA", r.term().countA());
            m.put("countB", r.term().countB());
            m.put("per10kA", dev.tifa.web.support.Evidence.round(r.term().per10kA()));
            m.put("per10kB", dev.tifa.web.support.Evidence.round(r.term().per10kB()));
            m.put("rateChange", dev.tifa.web.support.Evidence.round(r.term().per10kB() - r.term().per10kA()));
            m.put("colour", palette.colourOf(r.term().term()));
            m.put("evidence", r.term().per10kB() >= r.term().per10kA() ? r.after() : r.before());
            return m;
        }).toList();
        String query = ctx.queryString() == null ? "" : ctx.queryString();
        p.put("v", new View(w, rows, json.write(Map.of("rows", chart)), "/api/window?" + query + "&format=csv"));
        views.render(ctx, "window.jte", p);
    }

    private static String passages(String conceptId, LocalDate[] span, String kind, String series, WindowService.Window w) {
        return Links.passagesBetween(conceptId, false, span[0], span[1], kind, series) + "&lang=" + w.language().code();
    }
}
