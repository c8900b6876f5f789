package dev.tifa.web.pages;

import dev.tifa.analysis.ConceptCount;
import dev.tifa.app.DocumentReportService;
import dev.tifa.app.DocumentReportService.DocumentReport;
import dev.tifa.app.Workspace;
import dev.tifa.glossary.Glossary;
import dev.tifa.model.Concept;
import dev.tifa.model.Document;
import dev.tifa.text.match.MatchOptions;
import dev.tifa.web.api.DocThemesApi;
import dev.tifa.web.support.Evidence;
import dev.tifa.web.support.HighlightedText;
import dev.tifa.web.support.Json;
import dev.tifa.web.support.Params;
import dev.tifa.web.support.ThemePalette;
import dev.tifa.web.support.Views;
import dev.tifa.web.support.WebError;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.List;
import java.util.Map;

/**
 * {@code /doc/{key}}: a document's metadata and clean text with every glossary formulation marked in its theme's
 * colour; beside it the theme profile and the top formulations. Clicking a mark shows its passages (JSON API).
 * {@code ?passage=START-END} marks a stretch of the text (a claim's sentence, linked from the event page).
 */
public final class ReaderPage implements Handler {
    private static final int TOP = 15;

    /** A theme that occurs in the document, for the legend. */
    public record LegendEntry(String id, String zh, String en, String colour, int hits) {
    }

    /** A row of the top formulations. */
    public record TopRow(Concept concept, ConceptCount count, String colour, double rate) {
    }

    public record View(Document doc, int size, int occurrences, HighlightedText text, List<LegendEntry> legend,
                       List<TopRow> top, String themesJson, int standaloneHits) {
    }

    private final Workspace workspace;
    private final Views views;
    private final Json json;

    public ReaderPage(Workspace workspace, Views views, Json json) {
        this.workspace = workspace;
        this.views = views;
        this.json = json;
    }

    @Override
    public void handle(Context ctx) {
        String key = ctx.pathParam("key");
        DocumentReport r = new DocumentReportService(workspace).report(key, MatchOptions.defaults())
                .orElseThrow(() -> WebError.notFound("no document '" + key + "'"));
        Glossary g = workspace.glossary();
        ThemePalette palette = new ThemePalette(g);
        List<LegendEntry> legend = r.themes().shares().stream().filter(s -> s.hits() > 0)
                .map(s -> new LegendEntry(s.themeId(), s.zh(), s.en(), palette.colour(s.themeId()), s.hits())).toList();
        List<TopRow> top = r.top().stream().limit(TOP)
                .map(c -> new TopRow(g.concept(c.conceptId()).orElse(Concept.adHoc(c.conceptId())), c,
                        palette.colourOf(c.conceptId()), Evidence.round(c.rate())))
                .toList();
        int[] passage = passage(ctx, r.document().clean().length());
        View v = new View(r.document(), r.counts().size(), r.counts().hits().size(),
                new HighlightedText(r.document().clean(), r.counts().hits(), g, palette, passage[0], passage[1]), legend, top,
                json.write(DocThemesApi.rows(r, palette)), r.themes().totalHits());
        views.render(ctx, "doc.jte", Map.of("v", v));
    }

    /** {@code passage=START-END}, offsets in the clean text; {-1, -1} when absent. */
    static int[] passage(Context ctx, int length) {
        String p = Params.optional(ctx, "passage");
        if (p == null) return new int[] {-1, -1};
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,9})-(\\d{1,9})").matcher(p);
        if (m.matches()) {
            int s = Integer.parseInt(m.group(1));
            int e = Integer.parseInt(m.group(2));
            if (s < e && e <= length) return new int[] {s, e};
        }
        throw WebError.badRequest("parameter 'passage' must be START-END, two offsets within the text (0–" + length + "), not '" + p + "'");
    }
}
