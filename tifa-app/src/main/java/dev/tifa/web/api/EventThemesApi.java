package dev.tifa.web.api;

import dev.tifa.commentary.EventService;
import dev.tifa.commentary.EventView;
import dev.tifa.commentary.ThemeService;
import dev.tifa.commentary.ThemeService.ThemeComparison;
import dev.tifa.commentary.ThemeService.ThemeRow;
import dev.tifa.web.support.Evidence;
import dev.tifa.web.support.Responses;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/events/{key}/themes}: the theme shares of each commentary of the event beside those of the
 * event's official text in its language. Shares in percent of all glossary occurrences; difference in points.
 */
public final class EventThemesApi implements Handler {
    private final EventService events;
    private final ThemeService themes;
    private final Responses responses;

    public EventThemesApi(EventService events, ThemeService themes, Responses responses) {
        this.events = events;
        this.themes = themes;
        this.responses = responses;
    }

    @Override
    public void handle(Context ctx) {
        EventView v = EventApi.find(events, ctx.pathParam("key"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ThemeComparison c : themes.compareEvent(v.event().key())) rows.addAll(rows(c));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", EventsApi.summary(v));
        body.put("themes", rows);
        responses.table(ctx, "tifa-event-themes-" + Responses.part(v.event().key()), rows, body);
    }

    public static List<Map<String, Object>> rows(ThemeComparison c) {
        return c.rows().stream().map(r -> row(c, r)).toList();
    }

    private static Map<String, Object> row(ThemeComparison c, ThemeRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("commentary", c.document().key());
        m.put("official", c.vs() == null ? null : c.vs().key());
        m.put("theme", r.themeId());
        m.put("zh", r.zh());
        m.put("en", r.en());
        m.put("hits", r.hits());
        m.put("share", Evidence.figure(r.share() * 100));
        m.put("officialHits", r.vsHits());
        m.put("officialShare", Evidence.figure(r.vsShare() * 100));
        m.put("difference", Evidence.figure(r.difference() * 100));
        return m;
    }
}
