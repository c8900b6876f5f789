package dev.tifa.web.api;

import dev.tifa.analysis.Context;
import dev.tifa.analysis.claims.CountBasis;
import dev.tifa.analysis.claims.Verdict;
import dev.tifa.commentary.ClaimService;
import dev.tifa.commentary.ClaimService.ClaimCheck;
import dev.tifa.commentary.ClaimService.ClaimReport;
import dev.tifa.commentary.EventService;
import dev.tifa.commentary.EventView;
import dev.tifa.commentary.Role;
import dev.tifa.model.Document;
import dev.tifa.web.support.Evidence;
import dev.tifa.web.support.Links;
import dev.tifa.web.support.Params;
import dev.tifa.web.support.Responses;
import dev.tifa.web.support.WebError;
import io.javalin.http.Handler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /api/events/{key}/claims[?doc=]}: the claims about wording of each commentary of the event (or of the
 * one named), checked against the event's official text: verdict, counts, reasons and the passages counted.
 * CSV: one row per claim, without the passages.
 */
public final class EventClaimsApi implements Handler {
    private final EventService events;
    private final ClaimService claims;
    private final Responses responses;

    public EventClaimsApi(EventService events, ClaimService claims, Responses responses) {
        this.events = events;
        this.claims = claims;
        this.responses = responses;
    }

    @Override
    public void handle(io.javalin.http.Context ctx) {
        EventView v = EventApi.find(events, ctx.pathParam("key"));
        String doc = Params.optional(ctx, "doc");
        boolean csv = Params.csv(ctx);
        if (doc != null && v.documents(Role.COMMENTARY).stream().noneMatch(d -> d.key().equals(doc))) {
            throw WebError.badRequest("'" + doc + "' is not a commentary of event " + v.event().key() + " (its commentaries: "
                    + String.join(", ", v.documents(Role.COMMENTARY).stream().map(Document::key).toList()) + ")");
        }
        List<ClaimReport> reports = claims.checkEvent(v.event().key()).stream()
                .filter(r -> doc == null || r.commentary().key().equals(doc)).toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> documents = new ArrayList<>();
        for (ClaimReport r : reports) {
            List<Map<String, Object>> docRows = new ArrayList<>();
            for (int i = 0; i < r.checks().size(); i++) docRows.add(row(r.commentary(), i + 1, r.checks().get(i)));
            rows.addAll(docRows);
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("commentary", Evidence.source(r.commentary()));
            d.put("summary", summary(r));
            List<Map<String, Object>> detailed = new ArrayList<>();
            for (int i = 0; i < docRows.size(); i++) detailed.add(detailed(docRows.get(i), r.checks().get(i)));
            d.put("claims", detailed);
            documents.add(d);
        }
        if (csv) {
            responses.csv(ctx, "tifa-claims-" + Responses.part(doc != null ? doc : v.event().key()), rows);
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", EventsApi.summary(v));
        body.put("documents", documents);
        responses.json(ctx, body);
    }

    /** Claims by verdict, every verdict present (lower case keys). */
    public static Map<String, Integer> summary(ClaimReport r) {
        Map<String, Integer> m = new LinkedHashMap<>();
        r.summary().forEach((k, n) -> m.put(k.name().toLowerCase(Locale.ROOT), n));
        return m;
    }

    /** One claim as a flat row (the CSV). */
    public static Map<String, Object> row(Document commentary, int number, ClaimCheck c) {
        var j = c.judgement();
        var claim = c.claim();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("commentary", commentary.key());
        m.put("n", number);
        m.put("phrase", claim.phrase());
        m.put("claimed", claim.numberText());
        m.put("number", claim.number());
        m.put("operator", claim.operator().name().toLowerCase(Locale.ROOT));
        m.put("year", claim.year());
        m.put("verdict", j.verdict().name());
        m.put("counted", j.counted());
        m.put("standalone", c.conceptCount() == null ? null : c.conceptCount().standalone());
        m.put("literal", c.literalCount());
        m.put("offBy", j.verdict() == Verdict.OFF ? j.difference() : null);
        m.put("concept", c.concept().isAdHoc() ? null : c.concept().id());
        m.put("text", c.target() == null ? null : c.target().key());
        m.put("translation", c.target() == null ? null : c.target().meta().attributes().get("translation"));
        m.put("textLanguage", c.target() == null ? null : c.target().meta().language().code());
        m.put("reasons", j.reasons());
        m.put("suggestion", c.suggestion());
        m.put("sentence", claim.sentence());
        m.put("sentencePage", Links.passage(commentary.key(), claim.sentenceStart(), claim.sentenceEnd()));
        m.put("evidence", c.target() == null ? null
                : Links.kwic(c.concept().isAdHoc() ? claim.phrase() : c.concept().id(), c.target().key(), c.concept().isAdHoc()));
        return m;
    }

    private static Map<String, Object> detailed(Map<String, Object> row, ClaimCheck c) {
        Map<String, Object> m = new LinkedHashMap<>(row);
        m.put("sentenceStart", c.claim().sentenceStart());
        m.put("sentenceEnd", c.claim().sentenceEnd());
        m.put("counts", c.counts().stream().map(EventClaimsApi::basis).toList());
        m.put("passages", c.evidence().stream().map(EventClaimsApi::passage).toList());
        return m;
    }

    private static Map<String, Object> basis(CountBasis b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("way", b.way().name().toLowerCase(Locale.ROOT));
        m.put("label", b.label());
        m.put("document", b.documentKey());
        m.put("count", b.count());
        return m;
    }

    /** A passage counted, with where it stands in its document's reader. */
    public static Map<String, Object> passage(Context x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", x.documentKey());
        m.put("start", x.start());
        m.put("end", x.end());
        m.put("left", x.left());
        m.put("match", x.match());
        m.put("right", x.right());
        m.put("nestedIn", x.nestedIn());
        m.put("page", Links.docAt(x.documentKey(), x.start()));
        return m;
    }
}
