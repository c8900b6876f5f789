package dev.tifa.web.api;

import dev.tifa.commentary.EventMember;
import dev.tifa.commentary.EventService;
import dev.tifa.commentary.EventView;
import dev.tifa.web.support.Links;
import dev.tifa.web.support.Responses;
import dev.tifa.web.support.WebError;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/events/{key}}: an event and its documents with their roles (the documents as CSV). */
public final class EventApi implements Handler {
    private final EventService events;
    private final Responses responses;

    public EventApi(EventService events, Responses responses) {
        this.events = events;
        this.responses = responses;
    }

    @Override
    public void handle(Context ctx) {
        EventView v = find(events, ctx.pathParam("key"));
        List<Map<String, Object>> rows = v.members().stream().map(EventApi::member).toList();
        Map<String, Object> body = EventsApi.summary(v);
        body.put("claims", path(v.event().key()) + "/claims");
        body.put("scorecard", path(v.event().key()) + "/scorecard");
        body.put("themes", path(v.event().key()) + "/themes");
        body.put("members", rows);
        responses.table(ctx, "tifa-event-" + Responses.part(v.event().key()), rows, body);
    }

    /** The event with this key, or a 404. */
    public static EventView find(EventService events, String key) {
        return events.find(key).orElseThrow(() -> WebError.notFound("no event '" + key + "'"));
    }

    public static String path(String key) {
        return "/api/events/" + Links.enc(key);
    }

    private static Map<String, Object> member(EventMember m) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("role", m.role().code());
        row.putAll(DocsApi.summary(m.document()));
        return row;
    }
}
