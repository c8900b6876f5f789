package dev.tifa.web.pages;

import dev.tifa.analysis.ConceptCount;
import dev.tifa.analysis.TrendPoint;
import dev.tifa.app.CorpusService;
import dev.tifa.app.TermService;
import dev.tifa.app.TermService.TermReport;
import dev.tifa.app.Workspace;
import dev.tifa.glossary.Glossary;
import dev.tifa.model.Concept;
import dev.tifa.model.Document;
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
 * its trend across documents and series, its first appearance and its passages. Without {@code q}: the glossary.
 */
public final class TermPage implements Handler {
    private static final int CONTEXTS = 100;

    /** A theme of the glossary with its concepts, for browsing. */
    public record ThemeGroup(Theme theme, String colour, List<Concept> concepts) {
    }

    public record View(Concept concept, String q, TermReport report, String chartJson, List<String> themeNames,
                       String colour, String trendCsv, String kwicCsv) {
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
        p.put("seriesOptions", corpus.overview(DocumentFilter.all()).series());
        DocumentFilter filter = Params.filter(ctx, true);
        if (Params.optional(ctx, "q") == null) {
            p.put("v", null);
            p.put("groups", g.themes().stream()
                    .map(t -> new ThemeGroup(t, palette.colour(t.id()), g.conceptsInTheme(t.id()).stream()
                            .filter(c -> t.id().equals(c.primaryTheme())).toList()))
                    .toList());
        } else {
            Concept c = TermParam.concept(ctx, g);
            TermReport r = new TermService(workspace).report(c, filter, MatchOptions.defaults(), 30, CONTEXTS);
            List<Document> docs = r.trend().stream().map(TrendPoint::document).toList();
            List<ConceptCount> counts = r.trend().stream().map(TrendPoint::count).toList();
            List<String> themes = c.themes().stream().map(id -> g.theme(id).map(t -> t.zh() + " · " + t.en()).orElse(id)).toList();
            String colour = c.primaryTheme() == null ? ThemePalette.NO_THEME : palette.colour(c.primaryTheme());
            p.put("v", new View(c, TermParam.query(c), r, json.write(Charts.trend(docs, counts, TermParam.query(c), c.isAdHoc())), themes, colour,
                    Forms.csvLink(ctx, "/api/trend"), Forms.csvLink(ctx, "/api/kwic")));
            p.put("groups", List.of());
        }
        views.render(ctx, "term.jte", p);
    }

    /** Used by the template: a context's text as one line. */
    public static String oneLine(String s) {
        return s.replace('\n', ' ');
    }
}
