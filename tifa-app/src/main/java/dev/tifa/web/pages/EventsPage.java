package dev.tifa.web.pages;

import dev.tifa.commentary.EventService;
import dev.tifa.web.support.Views;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.Map;

/** {@code /events}: the events in the store (a plenum, a congress …), with their documents counted by role. */
public final class EventsPage implements Handler {
    private final EventService events;
    private final Views views;

    public EventsPage(EventService events, Views views) {
        this.events = events;
        this.views = views;
    }

    @Override
    public void handle(Context ctx) {
        views.render(ctx, "events.jte", Map.of("events", events.overview()));
    }
}
