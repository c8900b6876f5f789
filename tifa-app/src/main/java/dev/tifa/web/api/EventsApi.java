package dev.tifa.web.api;

import dev.tifa.commentary.EventService;
import dev.tifa.commentary.EventView;
import dev.tifa.commentary.Role;
import dev.tifa.web.support.Links;
import dev.tifa.web.support.Responses;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/events}: every event, with how many documents it has in each role. */
public final class EventsApi implements Handler {
    private final EventService events;
    private final Responses responses;

    public EventsApi(EventService events, Responses responses) {
        this.events = events;
        this.responses = responses;
    }

    @Override
    public void handle(Context ctx) {
        List<Map<String, Object>> rows = events.overview().stream().map(EventsApi::summary).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", rows.size());
        body.put("events", rows);
        responses.table(ctx, "tifa-events", rows, body);
    }

    /** An event, its documents counted by role, and where to find more. */
    public static Map<String, Object> summary(EventView v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", v.event().key());
        m.put("title", v.event().title());
        m.put("date", v.event().date());
        m.put("documents", v.members().size());
        for (Role r : Role.values()) m.put(r.code(), v.documents(r).size());
        m.put("page", Links.event(v.event().key()));
        m.put("api", EventApi.path(v.event().key()));
        return m;
    }
}
