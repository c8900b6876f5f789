package dev.tifa.web.pages;

import dev.tifa.analysis.ConceptCount;
import dev.tifa.analysis.time.PeriodPoint;
import dev.tifa.app.CorpusService;
import dev.tifa.app.TrendService;
import dev.tifa.model.Document;
import dev.tifa.web.support.Evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The data the charts of tifa.js draw, as put in a page's {@code data-chart} attribute. */
public final class Charts {
    private Charts() {
    }

    /** One point per document: what its tooltip shows (no passages link: for matches that are not a formulation). */
    public static Map<String, Object> point(Document d, ConceptCount c) {
        return point(d, c, null, false);
    }

    /** One point per document: what its tooltip shows, and the passages page a click on it opens. */
    static Map<String, Object> point(Document d, ConceptCount c, String q, boolean phrase) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", d.key());
        m.put("title", d.meta().title());
        m.put("date", d.meta().sortDate() == null ? null : d.meta().sortDate().toString());
        m.put("lang", d.meta().language().code());
        m.put("count", c.total());
        m.put("standalone", c.standalone());
        m.put("rate", Evidence.round(c.rate()));
        m.put("unit", d.meta().language().unit());
        if (q != null) m.put("evidence", dev.tifa.web.support.Links.kwic(q, d.key(), phrase));
        return m;
    }

    /** A line per series and language (rates in characters and in words are not comparable); undated documents left out. */
    static Map<String, Object> trend(List<Document> docs, List<ConceptCount> counts, String q, boolean phrase) {
        Map<String, List<Map<String, Object>>> lines = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            if (d.meta().sortDate() == null) continue;
            String name = CorpusService.seriesOf(d) + " · " + d.meta().language().code();
            lines.computeIfAbsent(name, k -> new ArrayList<>()).add(point(d, counts.get(i), q, phrase));
        }
        List<Map<String, Object>> series = new ArrayList<>();
        lines.forEach((name, points) -> series.add(Map.of("name", name, "points", points)));
        return Map.of("type", "trend", "series", series);
    }

    /**
     * A line per term and language over periods (from {@code TrendService.byPeriod}); a period without items has
     * no value, so the line breaks there instead of dropping to zero.
     */
    static Map<String, Object> periods(List<PeriodPoint> points, Map<String, dev.tifa.model.Concept> terms, String source,
                                       dev.tifa.analysis.time.Period by, String kind) {
        Map<String, List<Map<String, Object>>> lines = new LinkedHashMap<>();
        for (PeriodPoint p : points) {
            String name = label(terms.get(p.conceptId()), p.language()) + " · " + source + " " + p.language().code();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", p.period());
            m.put("title", p.isGap() ? p.gap() : p.itemsWith() + " of " + p.items() + " items mention it");
            m.put("date", p.start().toString());
            m.put("lang", p.language().code());
            m.put("count", p.isGap() ? null : p.total());
            m.put("standalone", p.isGap() ? null : p.standalone());
            m.put("rate", p.isGap() ? null : Evidence.round(p.rate()));
            m.put("unit", p.language().unit());
            dev.tifa.model.Concept c = terms.get(p.conceptId());
            // a period opens its passages across its items, a page at a time
            if (!p.isGap() && p.total() > 0) {
                m.put("evidence", dev.tifa.web.support.Links.passagesBetween(dev.tifa.web.support.TermParam.query(c), c.isAdHoc(),
                        p.start(), by.next(p.start()).minusDays(1), kind, null) + "&lang=" + p.language().code());
            }
            lines.computeIfAbsent(name, k -> new ArrayList<>()).add(m);
        }
        List<Map<String, Object>> series = new ArrayList<>();
        lines.forEach((name, pts) -> series.add(Map.of("name", name, "points", pts)));
        return Map.of("type", "trend", "series", series);
    }

    /** A line per term, series and language over documents (reports: a point each), undated documents left out. */
    static Map<String, Object> documents(List<TrendService.DocumentPoint> points, Map<String, dev.tifa.model.Concept> terms) {
        Map<String, List<Map<String, Object>>> lines = new LinkedHashMap<>();
        for (TrendService.DocumentPoint p : points) {
            var d = p.document();
            if (d.meta().sortDate() == null) continue;
            String name = label(terms.get(p.conceptId()), d.meta().language()) + " · " + (d.meta().series() == null ? CorpusService.NO_SERIES : d.meta().series())
                    + " " + d.meta().language().code();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", d.key());
            m.put("title", d.meta().title() + (p.stub() ? " (stub)" : ""));
            m.put("date", d.meta().sortDate().toString());
            m.put("lang", d.meta().language().code());
            m.put("count", p.total());
            m.put("standalone", p.standalone());
            m.put("rate", Evidence.round(p.rate()));
            m.put("unit", d.meta().language().unit());
            dev.tifa.model.Concept c = terms.get(p.conceptId());
            if (c != null) m.put("evidence", dev.tifa.web.support.Links.kwic(dev.tifa.web.support.TermParam.query(c), d.key(), c.isAdHoc()));
            lines.computeIfAbsent(name, k -> new ArrayList<>()).add(m);
        }
        List<Map<String, Object>> series = new ArrayList<>();
        lines.forEach((name, pts) -> series.add(Map.of("name", name, "points", pts)));
        return Map.of("type", "trend", "series", series);
    }

    /** A term as its lines are named: its form in the line's language (对外开放 for zh, "opening up" for en). */
    private static String label(dev.tifa.model.Concept c, dev.tifa.model.Language language) {
        List<String> forms = c.forms(language);
        return forms.isEmpty() ? c.label() : forms.get(0);
    }

    /** A bar per document. */
    static Map<String, Object> bars(List<Document> docs, List<ConceptCount> counts, String q, boolean phrase) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) points.add(point(docs.get(i), counts.get(i), q, phrase));
        return Map.of("type", "bars", "points", points);
    }
}
