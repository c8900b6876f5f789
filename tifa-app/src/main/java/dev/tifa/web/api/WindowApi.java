package dev.tifa.web.api;

import dev.tifa.analysis.compare.KeyTerm;
import dev.tifa.app.WindowService;
import dev.tifa.app.Workspace;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import dev.tifa.store.DocumentFilter;
import dev.tifa.web.support.Params;
import dev.tifa.web.support.Responses;
import dev.tifa.web.support.WebError;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/window?around=2024-07-18&days=90&series=xwlb&lang=zh}: every glossary formulation's rate in the
 * days before vs the days from a day on, by G² (as {@code tifa compare --around}). {@code around} may be an event key.
 */
public final class WindowApi implements Handler {
    private final Workspace workspace;
    private final Responses responses;

    public WindowApi(Workspace workspace, Responses responses) {
        this.workspace = workspace;
        this.responses = responses;
    }

    @Override
    public void handle(Context ctx) {
        int days = Params.integer(ctx, "days", 90, 1, 3_650);
        WindowService.Window w = window(ctx, workspace);
        List<Map<String, Object>> rows = w.terms().stream().map(k -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("concept", k.term());
            m.put("count_before", k.countA());
            m.put("count_after", k.countB());
            m.put("per_10k_before", k.per10kA());
            m.put("per_10k_after", k.per10kB());
            m.put("g2", k.g2());
            m.put("p", k.p());
            m.put("log_ratio", k.logRatio());
            m.put("more", k.direction() == KeyTerm.Direction.MORE_IN_B ? "after" : "before");
            return m;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("day", w.day().toString());
        body.put("days", w.days());
        body.put("language", w.language().code());
        body.put("unit", "per 10,000 " + w.language().unit());
        body.put("before", Map.of("from", w.before()[0].toString(), "to", w.before()[1].toString(), "documents", w.itemsA(), "size", w.sizeA()));
        body.put("after", Map.of("from", w.after()[0].toString(), "to", w.after()[1].toString(), "documents", w.itemsB(), "size", w.sizeB()));
        body.put("terms", rows);
        responses.table(ctx, "tifa-window-" + w.day() + "-" + days, rows, body);
    }

    /** The window the request asks for ({@code around}, {@code days}, {@code series}, {@code lang}, {@code minFreq}): for the API and the page. */
    public static WindowService.Window window(Context ctx, Workspace workspace) {
        LocalDate day = day(Params.required(ctx, "around"), workspace);
        int days = Params.integer(ctx, "days", 90, 1, 3_650);
        String lang = Params.optional(ctx, "lang");
        try {
            return new WindowService(workspace).around(day, days, filter(ctx), lang == null ? Language.ZH : Language.parse(lang),
                    Params.integer(ctx, "minFreq", 5, 0, 1_000_000));
        } catch (IllegalArgumentException e) {
            throw WebError.badRequest(e.getMessage());
        }
    }

    /** Named series, else official documents and news items. */
    public static DocumentFilter filter(Context ctx) {
        List<String> series = Params.list(ctx, "series");
        return series.isEmpty() ? DocumentFilter.all().withKinds(List.of(Kind.OFFICIAL, Kind.NEWS))
                : new DocumentFilter(null, series, null, null, null, null, null);
    }

    private static LocalDate day(String around, Workspace workspace) {
        try {
            return LocalDate.parse(around);
        } catch (DateTimeParseException e) {
            try {
                LocalDate d = new dev.tifa.commentary.EventService(workspace).event(around).date();
                if (d == null) throw WebError.badRequest("event '" + around + "' has no date");
                return d;
            } catch (IllegalArgumentException x) {
                throw WebError.badRequest("'around' must be a day yyyy-mm-dd or an event key: " + x.getMessage());
            }
        }
    }
}
