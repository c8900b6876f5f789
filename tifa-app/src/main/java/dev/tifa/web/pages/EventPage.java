package dev.tifa.web.pages;

import dev.tifa.commentary.ClaimService;
import dev.tifa.commentary.ClaimService.ClaimReport;
import dev.tifa.commentary.EventService;
import dev.tifa.commentary.EventView;
import dev.tifa.commentary.ExpectationService;
import dev.tifa.commentary.ExpectationService.Scorecard;
import dev.tifa.commentary.ThemeService;
import dev.tifa.commentary.ThemeService.ThemeComparison;
import dev.tifa.glossary.Glossary;
import dev.tifa.web.api.EventApi;
import dev.tifa.web.api.EventThemesApi;
import dev.tifa.web.support.Json;
import dev.tifa.web.support.Links;
import dev.tifa.web.support.ThemePalette;
import dev.tifa.web.support.Views;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /event/{key}}: an event's documents by role and language; for each commentary its claims checked against
 * the official text (verdicts, counts, reasons, the passages counted) and its themes beside the official text's;
 * and the scorecard of the event's expectations.
 */
public final class EventPage implements Handler {
    /** One commentary: its checked claims, its theme profile against the official text (chart data), its CSV. */
    public record Commentary(int number, ClaimReport report, ThemeComparison themes, String chartJson, String claimsCsv) {
    }

    public record View(EventView event, List<Commentary> commentaries, Scorecard scorecard, String api) {
        public int claims() {
            return commentaries.stream().mapToInt(c -> c.report().checks().size()).sum();
        }
    }

    private final EventService events;
    private final ClaimService claims;
    private final ExpectationService expectations;
    private final ThemeService themes;
    private final Glossary glossary;
    private final Views views;
    private final Json json;

    public EventPage(EventService events, ClaimService claims, ExpectationService expectations, ThemeService themes, Glossary glossary,
                     Views views, Json json) {
        this.events = events;
        this.claims = claims;
        this.expectations = expectations;
        this.themes = themes;
        this.glossary = glossary;
        this.views = views;
        this.json = json;
    }

    @Override
    public void handle(Context ctx) {
        EventView v = EventApi.find(events, ctx.pathParam("key"));
        String key = v.event().key();
        String api = EventApi.path(key);
        List<ClaimReport> reports = claims.checkEvent(key);
        List<ThemeComparison> comparisons = themes.compareEvent(key);
        ThemePalette palette = new ThemePalette(glossary);
        List<Commentary> out = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            ClaimReport r = reports.get(i);
            ThemeComparison t = comparisons.get(i);
            out.add(new Commentary(i + 1, r, t, json.write(chart(t, palette)),
                    api + "/claims?doc=" + Links.enc(r.commentary().key()) + "&format=csv"));
        }
        views.render(ctx, "event.jte", Map.of("v", new View(v, out, expectations.score(key, null), api)));
    }

    /** The data of tifa.js's themeShift chart: the official text as A (grey), the commentary as B (theme colours). */
    private static Map<String, Object> chart(ThemeComparison t, ThemePalette palette) {
        List<Map<String, Object>> rows = EventThemesApi.rows(t).stream().map(m -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("theme", m.get("theme"));
            x.put("zh", m.get("zh"));
            x.put("en", m.get("en"));
            x.put("hitsA", m.get("officialHits"));
            x.put("hitsB", m.get("hits"));
            x.put("shareA", m.get("officialShare"));
            x.put("shareB", m.get("share"));
            x.put("shareChange", m.get("difference"));
            x.put("colour", palette.colour((String) m.get("theme")));
            return x;
        }).toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rows", rows);
        m.put("a", t.vs() == null ? "no official text" : t.vs().key());
        m.put("b", t.document().key());
        m.put("labelA", "Official · " + (t.vs() == null ? "none" : t.vs().key()));
        m.put("labelB", "Commentary · " + t.document().key());
        m.put("changeLabel", "commentary − official");
        return m;
    }
}
