package dev.tifa.web.instruments;

import dev.tifa.app.CorpusService;
import dev.tifa.web.support.Forms;
import dev.tifa.web.support.Json;
import dev.tifa.web.support.Views;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /NAME}: an instrument's form and, once filled in, its chart, tables and passages (instrument.jte). */
public final class InstrumentPage implements Handler {
    private final Instrument instrument;
    private final CorpusService corpus;
    private final Views views;
    private final Json json;

    public InstrumentPage(Instrument instrument, CorpusService corpus, Views views, Json json) {
        this.instrument = instrument;
        this.corpus = corpus;
        this.views = views;
        this.json = json;
    }

    @Override
    public void handle(Context ctx) {
        Map<String, Object> p = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (String k : new String[]{"q", "mode", "series", "lang", "kind"}) values.put(k, Forms.value(ctx, k));
        List<Field> fields = instrument.fields();
        for (Field f : fields) values.put(f.name(), Forms.value(ctx, f.name()));
        Answer a = instrument.answer(ctx);
        p.put("instrument", instrument);
        p.put("fields", fields);
        p.put("values", values);
        p.put("seriesOptions", corpus.series()); // not overview(all): that lists every document, 745,000 news items
        p.put("answer", a);
        p.put("chartJson", a == null || a.chart() == null ? null : json.write(a.chart()));
        p.put("api", "/api/" + instrument.name() + "?" + Forms.query(ctx, Map.of("format", "csv")));
        views.render(ctx, "instrument.jte", p);
    }
}
