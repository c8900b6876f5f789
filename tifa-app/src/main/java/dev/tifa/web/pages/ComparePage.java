package dev.tifa.web.pages;

import dev.tifa.web.support.RequestStops;
import dev.tifa.analysis.compare.CompareOptions;
import dev.tifa.analysis.compare.Comparison;
import dev.tifa.analysis.compare.ConceptChange;
import dev.tifa.analysis.compare.KeyTerm;
import dev.tifa.app.ChangeService;
import dev.tifa.app.CorpusService;
import dev.tifa.app.Workspace;
import dev.tifa.web.api.CompareApi;
import dev.tifa.web.support.DocPair;
import dev.tifa.web.support.Json;
import dev.tifa.web.support.ThemePalette;
import dev.tifa.web.support.Views;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /compare?a=&b=}: formulations new, dropped, up and down from A to B; theme shifts; key words. */
public final class ComparePage implements Handler {
    private static final int CHART_CONCEPTS = 20;
    private static final int KEY_TERMS = 40;

    public record View(Comparison c, Map<ConceptChange.Status, List<ConceptChange>> byStatus, String themesJson,
                       String conceptsJson, List<KeyTerm> keyTerms, String csv) {
        public List<ConceptChange> of(String status) {
            return byStatus.getOrDefault(ConceptChange.Status.valueOf(status), List.of());
        }

        /** Concepts whose occurrences moved into a longer form (a reframing the counts alone hide). */
        public List<ConceptChange> absorbed() {
            return c.concepts().stream().filter(x -> x.absorbedInto() != null).toList();
        }
    }

    private final Workspace workspace;
    private final CorpusService corpus;
    private final Views views;
    private final Json json;

    public ComparePage(Workspace workspace, CorpusService corpus, Views views, Json json) {
        this.workspace = workspace;
        this.corpus = corpus;
        this.views = views;
        this.json = json;
    }

    @Override
    public void handle(Context ctx) {
        DocPair pair = DocPair.of(ctx, workspace);
        View v = null;
        if (pair != null) {
            Comparison c = new ChangeService(workspace).compare(pair.a(), pair.b(), CompareOptions.defaults(), RequestStops.of(ctx));
            ThemePalette palette = new ThemePalette(workspace.glossary());
            Map<ConceptChange.Status, List<ConceptChange>> byStatus = new LinkedHashMap<>();
            for (ConceptChange.Status s : ConceptChange.Status.values()) byStatus.put(s, c.withStatus(s));
            List<Map<String, Object>> themes = CompareApi.themes(c, workspace.glossary()).stream().map(m -> {
                Map<String, Object> x = new LinkedHashMap<>(m);
                x.put("colour", palette.colour((String) m.get("theme")));
                return x;
            }).toList();
            List<Map<String, Object>> concepts = CompareApi.concepts(c, true).stream()
                    .sorted(Comparator.comparingDouble((Map<String, Object> m) -> -Math.abs(((Number) m.get("rateChange")).doubleValue())))
                    .limit(CHART_CONCEPTS)
                    .map(m -> {
                        Map<String, Object> x = new LinkedHashMap<>(m);
                        x.put("colour", palette.colourOf((String) m.get("concept")));
                        return x;
                    }).toList();
            v = new View(c, byStatus, json.write(Map.of("rows", themes, "a", c.a().key(), "b", c.b().key())),
                    json.write(Map.of("rows", concepts)), c.keyTerms().stream().limit(KEY_TERMS).toList(),
                    "/api/compare?a=" + dev.tifa.web.support.Links.enc(c.a().key()) + "&b=" + dev.tifa.web.support.Links.enc(c.b().key()) + "&format=csv");
        }
        views.render(ctx, "compare.jte", PairForm.params(PairForm.of(ctx, "/compare", corpus), v));
    }
}
