package dev.tifa.web.instruments;

import dev.tifa.web.support.Params;
import dev.tifa.web.support.Responses;
import dev.tifa.web.support.WebError;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/NAME}: an instrument's answer as JSON (every table), or one table as CSV ({@code format=csv},
 * {@code table=ID}, the first by default).
 */
public final class InstrumentApi implements Handler {
    private final Instrument instrument;
    private final Responses responses;

    public InstrumentApi(Instrument instrument, Responses responses) {
        this.instrument = instrument;
        this.responses = responses;
    }

    @Override
    public void handle(Context ctx) {
        Answer a = instrument.answer(ctx);
        if (a == null) throw WebError.badRequest("missing parameter 'q'");
        String tableId = Params.optional(ctx, "table");
        Grid main = tableId == null ? a.grids().get(0) : a.grids().stream().filter(g -> g.id().equals(tableId)).findFirst()
                .orElseThrow(() -> WebError.badRequest("no table '" + tableId + "' here; tables: "
                        + a.grids().stream().map(Grid::id).toList()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", a.label());
        for (Grid g : a.grids()) body.put(g.id(), g.rows());
        body.put("notes", a.notes());
        if (!a.passages().isEmpty()) body.put("passages", a.passages()); // JSON only: a first page before any count
        responses.table(ctx, "tifa-" + instrument.name() + "-" + Responses.part(a.label()) + (tableId == null ? "" : "-" + tableId), main.rows(), body);
    }
}
