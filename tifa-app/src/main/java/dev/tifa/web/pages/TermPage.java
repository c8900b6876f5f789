package dev.tifa.web.pages;

import dev.tifa.analysis.ConceptCount;
import dev.tifa.analysis.TrendPoint;
import dev.tifa.app.CorpusService;
import dev.tifa.app.TermService;
import dev.tifa.app.TermService.TermReport;
import dev.tifa.app.Workspace;
import dev.tifa.glossary.Glossary;
import dev.tifa.model.Concept;
import dev.tifa.analysis.time.Period;
import dev.tifa.analysis.time.PeriodPoint;
import dev.tifa.app.ChangeService;
import dev.tifa.app.TrendService;
import dev.tifa.model.DocumentInfo;
import dev.tifa.model.Kind;
import dev.tifa.model.Theme;
import dev.tifa.store.DocumentFilter;
import dev.tifa.text.match.MatchOptions;
import dev.tifa.web.support.Forms;
import dev.tifa.web.support.Json;
import dev.tifa.web.support.Params;
import dev.tifa.web.support.TermParam;
import dev.tifa.web.support.ThemePalette;
import dev.tifa.web.support.Views;
import io.javalin.http.Handler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /term?q=}: one formulation (concept id, glossary form or phrase, resolved like the CLI) — its forms and note,
 * its trend across documents and series, its first appearance and its passages. {@code also} adds terms to the
 * charts. Reports (a point per document) and, where the store holds news, the news (a point per period,
 * {@code by=month} unless given) are drawn side by side, never on one axis. Without {@code q}: the glossary.
 */
public final class TermPage implements Handler {
    private static final int CONTEXTS = 100;

    /** A theme of the glossary with its concepts, for browsing. */
    public record ThemeGroup(Theme theme, String colour, List<Concept> concepts) {
    }

    /**
     * @param chartJson     the reports: a point per document, a line per term, series and language
     * @param newsChartJson the news: a point per period, a line per term; null when the store holds no news
     */
    public record View(Concept concept, String q, TermReport report, String chartJson, List<String> themeNames,
                       String colour, String trendCsv, String kwicCsv, List<Concept> terms, String newsChartJson,
                       String newsBy, String newsCsv, int newsTotal, int newsItemsWith, DocumentInfo newsFirst) {
        /**
         * Totals per language ("zh: 986 occurrences in 58 of 73 documents (per 10,000 characters)"): a text and its
         * translation are never added up, and their rates never share a scale.
         */
        public List<String> perLanguage() {
            Map<dev.tifa.model.Language, int[]> sums = new java.util.TreeMap<>();
            for (TrendPoint p : report.trend()) {
                int[] s = sums.computeIfAbsent(p.document().meta().language(), k -> new int[3]);
                s[0] += p.count().total();
                if (p.count().total() > 0) s[1]++;
                s[2]++;
            }
            List<String> out = new java.util.ArrayList<>();
            sums.forEach((l, s) -> out.add(l.code() + ": " + String.format(java.util.Locale.ROOT, "%,d", s[0]) + " occurrences in " + s[1]
                    + " of " + s[2] + " documents (rates per 10,000 " + l.unit() + ")"));
            return out;
        }

        public List<TrendPoint> present() {
            return report.trend().stream().filter(p -> p.count().total() > 0).toList();
        }
    }

    private final Workspace workspace;
    private final CorpusService corpus;
    private final Views views;
    private final Json json;

    public TermPage(Workspace workspace, CorpusService corpus, Views views, Json json) {
        this.workspace = workspace;
        this.corpus = corpus;
        this.views = views;
        this.json = json;
    }

    @Override
    public void handle(io.javalin.http.Context ctx) {
        Glossary g = workspace.glossary();
        ThemePalette palette = new ThemePalette(g);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("q", Forms.value(ctx, "q"));
        p.put("series", Forms.value(ctx, "series"));
        p.put("lang", Forms.value(ctx, "lang"));
        p.put("kind", Forms.value(ctx, "kind"));
        p.put("seriesOptions", corpus.series());
        DocumentFilter filter = Params.filter(ctx, true);
        if (Params.optional(ctx, "q") == null) {
            p.put("v", null);
            p.put("groups", g.themes().stream()
                    .map(t -> new ThemeGroup(t, palette.colour(t.id()), g.conceptsInTheme(t.id()).stream()
                            .filter(c -> t.id().equals(c.primaryTheme())).toList()))
                    .toList());
        } else {
            Concept c = TermParam.concept(ctx, g);
            List<Concept> terms = TermParam.concepts(ctx, g);
            TermReport r = new TermService(workspace, dev.tifa.web.support.RequestStops.of(ctx)).report(c, filter, MatchOptions.defaults(), 30, CONTEXTS);
            TrendService trends = new TrendService(workspace);
            Map<String, Concept> labels = new LinkedHashMap<>();
            terms.forEach(t -> labels.put(t.id(), t));
            String reports = json.write(Charts.documents(trends.byDocument(terms, filter, MatchOptions.defaults()), labels));
            List<String> themes = c.themes().stream().map(id -> g.theme(id).map(t -> t.zh() + " · " + t.en()).orElse(id)).toList();
            String colour = c.primaryTheme() == null ? ThemePalette.NO_THEME : palette.colour(c.primaryTheme());
            // the news over the same dates, whatever series or kind the reports are filtered by
            DocumentFilter news = new DocumentFilter(null, null, List.of(Kind.NEWS), null, filter.fromYear(), filter.toYear(), null, filter.fromDate(), filter.toDate());
            String newsChart = null, by = null;
            int newsTotal = 0, newsWith = 0;
            DocumentInfo newsFirst = null;
            if (workspace.store().count(news) > 0) {
                Period period = Params.period(ctx, Period.MONTH);
                by = period.code();
                List<PeriodPoint> points = trends.byPeriod(terms, news, MatchOptions.defaults(), period);
                newsChart = json.write(Charts.periods(points, labels, "news", period, Kind.NEWS.code()));
                newsTotal = points.stream().filter(x -> x.conceptId().equals(c.id())).mapToInt(PeriodPoint::total).sum();
                newsWith = points.stream().filter(x -> x.conceptId().equals(c.id())).mapToInt(PeriodPoint::itemsWith).sum();
                newsFirst = new ChangeService(workspace).firsts(List.of(c), news, MatchOptions.defaults()).get(0).first();
            }
            String newsCsv = "/api/trend?" + Forms.query(ctx, Map.of("format", "csv", "kind", "news", "by", by == null ? "month" : by));
            p.put("v", new View(c, TermParam.query(c), r, reports, themes, colour,
                    Forms.csvLink(ctx, "/api/trend"), Forms.csvLink(ctx, "/api/kwic"), terms, newsChart, by, newsCsv, newsTotal, newsWith, newsFirst));
            p.put("groups", List.of());
        }
        views.render(ctx, "term.jte", p);
    }

    /** Used by the template: a context's text as one line. */
    public static String oneLine(String s) {
        return s.replace('\n', ' ');
    }
}
