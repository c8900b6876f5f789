package dev.tifa.web.pages;

import dev.tifa.analysis.ConceptCount;
import dev.tifa.analysis.Context;
import dev.tifa.analysis.DocumentCounts;
import dev.tifa.app.CorpusService;
import dev.tifa.app.CountTable;
import dev.tifa.app.FormulationService;
import dev.tifa.app.TermResolver;
import dev.tifa.app.Workspace;
import dev.tifa.model.Concept;
import dev.tifa.model.Document;
import dev.tifa.store.DocumentFilter;
import dev.tifa.text.match.MatchOptions;
import dev.tifa.web.support.Forms;
import dev.tifa.web.support.Json;
import dev.tifa.web.support.Params;
import dev.tifa.web.support.Views;
import io.javalin.http.Handler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /query?q=}: any phrase, taken literally: its count in every selected document, a chart and its passages. */
public final class QueryPage implements Handler {
    private static final int CONTEXTS = 200;

    public record View(Concept concept, List<DocumentCounts> with, int documents, int total, String chartJson,
                       List<Context> contexts, int contextsTotal, String countCsv, String kwicCsv) {
    }

    private final Workspace workspace;
    private final CorpusService corpus;
    private final Views views;
    private final Json json;

    public QueryPage(Workspace workspace, CorpusService corpus, Views views, Json json) {
        this.workspace = workspace;
        this.corpus = corpus;
        this.views = views;
        this.json = json;
    }

    @Override
    public void handle(io.javalin.http.Context ctx) {
        String mode = Params.optional(ctx, "mode");
        if ("pattern".equals(mode) || "regex".equals(mode)) {   // patterns have their own page (instruments)
            ctx.redirect("/patterns?" + ctx.queryString());
            return;
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("q", Forms.value(ctx, "q"));
        p.put("series", Forms.value(ctx, "series"));
        p.put("lang", Forms.value(ctx, "lang"));
        p.put("kind", Forms.value(ctx, "kind"));
        p.put("seriesOptions", corpus.series());
        DocumentFilter filter = Params.filter(ctx, true);
        String q = Params.optional(ctx, "q");
        if (q == null) {
            p.put("v", null);
        } else {
            Concept c = new TermResolver(workspace.glossary()).resolve(q, true);
            FormulationService service = new FormulationService(workspace).stoppedBy(dev.tifa.web.support.RequestStops.of(ctx));
            CountTable t = service.count(List.of(c), filter, MatchOptions.defaults());
            List<DocumentCounts> with = t.documents().stream().filter(d -> d.count(c.id()).total() > 0).toList();
            List<Document> docs = with.stream().map(DocumentCounts::document).toList();
            List<ConceptCount> counts = with.stream().map(d -> d.count(c.id())).toList();
            List<Context> all = service.contexts(c, filter, MatchOptions.defaults(), 30, 0);
            String extra = Forms.query(ctx, Map.of("phrase", "1", "format", "csv"));
            p.put("v", new View(c, with, t.selected(), counts.stream().mapToInt(ConceptCount::total).sum(),
                    json.write(Charts.bars(docs, counts, q, true)), all.subList(0, Math.min(CONTEXTS, all.size())), all.size(),
                    "/api/count?" + extra, "/api/kwic?" + extra));
        }
        views.render(ctx, "query.jte", p);
    }
}
