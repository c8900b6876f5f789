package dev.tifa.web.api;

import dev.tifa.analysis.expectations.Measured;
import dev.tifa.analysis.expectations.RuleKind;
import dev.tifa.commentary.EventService;
import dev.tifa.commentary.EventView;
import dev.tifa.commentary.ExpectationService;
import dev.tifa.commentary.ExpectationService.RuleResult;
import dev.tifa.commentary.ExpectationService.Scorecard;
import dev.tifa.model.Document;
import dev.tifa.web.support.Evidence;
import dev.tifa.web.support.Responses;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/events/{key}/scorecard}: each expectation of the event MET, NOT_MET or UNDETERMINED, with the
 * numbers in the official text and its predecessor, and the passages counted. CSV: one row per rule.
 */
public final class EventScorecardApi implements Handler {
    private final EventService events;
    private final ExpectationService expectations;
    private final Responses responses;

    public EventScorecardApi(EventService events, ExpectationService expectations, Responses responses) {
        this.events = events;
        this.expectations = expectations;
        this.responses = responses;
    }

    @Override
    public void handle(Context ctx) {
        EventView v = EventApi.find(events, ctx.pathParam("key"));
        Scorecard card = expectations.score(v.event().key(), null);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> detailed = new ArrayList<>();
        for (int i = 0; i < card.results().size(); i++) {
            RuleResult r = card.results().get(i);
            Map<String, Object> row = row(i + 1, r);
            rows.add(row);
            Map<String, Object> d = new LinkedHashMap<>(row);
            d.put("passages", r.evidence().stream().map(EventClaimsApi::passage).toList());
            detailed.add(d);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", EventsApi.summary(v));
        body.put("summary", summary(card));
        body.put("rules", detailed);
        responses.table(ctx, "tifa-scorecard-" + Responses.part(v.event().key()), rows, body);
    }

    public static Map<String, Object> summary(Scorecard card) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("met", card.met());
        m.put("notMet", card.notMet());
        m.put("undetermined", card.undetermined());
        m.put("total", card.results().size());
        m.put("text", text(card));
        return m;
    }

    /** "met 1 of 2". */
    public static String text(Scorecard card) {
        return "met " + card.met() + " of " + card.results().size();
    }

    public static Map<String, Object> row(int number, RuleResult r) {
        Measured x = r.measured();
        boolean theme = r.rule().kind() == RuleKind.THEME_SHARE_RISES;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", number);
        m.put("rule", r.rule().text());
        m.put("kind", r.rule().kind().code());
        m.put("term", r.rule().term());
        m.put("min", r.rule().n());
        m.put("concept", r.concept() == null || r.concept().isAdHoc() ? null : r.concept().id());
        m.put("status", r.status().name());
        m.put("outcome", key(r.outcome()));
        m.put("outcomeTranslation", r.outcome() == null ? null : r.outcome().meta().attributes().get("translation"));
        m.put("count", x == null ? null : x.outcomeCount());
        m.put("per10k", x == null ? null : Evidence.figure(x.outcomeRate()));
        m.put("share", theme && x != null && x.outcomeShare() != null ? Evidence.figure(x.outcomeShare() * 100) : null);
        m.put("predecessor", key(r.predecessor()));
        m.put("predecessorCount", x == null ? null : x.predecessorCount());
        m.put("predecessorPer10k", x == null || x.predecessorRate() == null ? null : Evidence.figure(x.predecessorRate()));
        m.put("predecessorShare", theme && x != null && x.predecessorShare() != null ? Evidence.figure(x.predecessorShare() * 100) : null);
        m.put("note", r.note());
        return m;
    }

    private static String key(Document d) {
        return d == null ? null : d.key();
    }
}
