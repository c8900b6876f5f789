package dev.tifa.web.api;

import dev.tifa.web.support.RequestStops;
import dev.tifa.analysis.compare.CompareOptions;
import dev.tifa.analysis.compare.Comparison;
import dev.tifa.analysis.compare.ConceptChange;
import dev.tifa.analysis.compare.KeyTerm;
import dev.tifa.analysis.compare.ThemeChange;
import dev.tifa.app.ChangeService;
import dev.tifa.app.Workspace;
import dev.tifa.glossary.Glossary;
import dev.tifa.model.Theme;
import dev.tifa.web.support.DocPair;
import dev.tifa.web.support.Evidence;
import dev.tifa.web.support.Links;
import dev.tifa.web.support.Params;
import dev.tifa.web.support.Responses;
import dev.tifa.web.support.WebError;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/compare?a=&b=}: concepts new, dropped, up and down; theme shifts; key words (G²). With
 * {@code format=csv}, {@code table=concepts|themes|keyness} says which table.
 */
public final class CompareApi implements Handler {
    private final Workspace workspace;
    private final Responses responses;

    public CompareApi(Workspace workspace, Responses responses) {
        this.workspace = workspace;
        this.responses = responses;
    }

    @Override
    public void handle(Context ctx) {
        DocPair pair = DocPair.required(ctx, workspace);
        Comparison c = new ChangeService(workspace).compare(pair.a(), pair.b(), CompareOptions.defaults(), RequestStops.of(ctx));
        List<Map<String, Object>> concepts = concepts(c, false);
        List<Map<String, Object>> themes = themes(c, workspace.glossary());
        List<Map<String, Object>> keyness = keyness(c);
        String name = "tifa-compare-" + Responses.part(pair.a().key()) + "-" + Responses.part(pair.b().key());
        if (Params.csv(ctx)) {
            String table = Params.optional(ctx, "table");
            switch (table == null ? "concepts" : table) {
                case "concepts" -> responses.csv(ctx, name, concepts);
                case "themes" -> responses.csv(ctx, name + "-themes", themes);
                case "keyness" -> responses.csv(ctx, name + "-keyness", keyness);
                default -> throw WebError.badRequest("parameter 'table' must be concepts, themes or keyness");
            }
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("a", Evidence.source(pair.a()));
        body.put("b", Evidence.source(pair.b()));
        body.put("sizeA", c.sizeA());
        body.put("sizeB", c.sizeB());
        body.put("concepts", concepts);
        body.put("themes", themes);
        body.put("keyness", keyness);
        responses.json(ctx, body);
    }

    /** Concept changes, without the concepts in neither text; {@code changedOnly} also leaves out SAME. */
    public static List<Map<String, Object>> concepts(Comparison c, boolean changedOnly) {
        return c.concepts().stream()
                .filter(x -> x.status() != ConceptChange.Status.ABSENT)
                .filter(x -> !changedOnly || x.status() != ConceptChange.Status.SAME || x.absorbedInto() != null)
                .map(x -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("status", x.status().name().toLowerCase());
                    m.put("concept", x.conceptId());
                    m.put("label", x.label());
                    m.put("theme", x.theme());
                    m.put("countA", x.countA());
                    m.put("countB", x.countB());
                    m.put("standaloneA", x.standaloneA());
                    m.put("standaloneB", x.standaloneB());
                    m.put("absorbedInto", x.absorbedInto());
                    m.put("per10kA", Evidence.figure(x.rateA()));
                    m.put("per10kB", Evidence.figure(x.rateB()));
                    m.put("rateChange", Evidence.figure(x.rateChange()));
                    m.put("unit", c.a().meta().language().unit());
                    m.put("a", c.a().key());
                    m.put("b", c.b().key());
                    m.put("language", c.a().meta().language().code());
                    m.put("evidenceA", Links.kwic(x.conceptId(), c.a().key(), false));
                    m.put("evidenceB", Links.kwic(x.conceptId(), c.b().key(), false));
                    return m;
                }).toList();
    }

    public static List<Map<String, Object>> themes(Comparison c, Glossary g) {
        return c.themes().stream().map((ThemeChange t) -> {
            Theme theme = g.theme(t.themeId()).orElse(new Theme(t.themeId(), t.themeId(), t.themeId()));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("theme", t.themeId());
            m.put("zh", theme.zh());
            m.put("en", theme.en());
            m.put("hitsA", t.hitsA());
            m.put("hitsB", t.hitsB());
            m.put("shareA", Evidence.figure(t.shareA() * 100));
            m.put("shareB", Evidence.figure(t.shareB() * 100));
            m.put("shareChange", Evidence.figure(t.shareChange() * 100));
            m.put("per10kA", Evidence.figure(t.rateA()));
            m.put("per10kB", Evidence.figure(t.rateB()));
            m.put("a", c.a().key());
            m.put("b", c.b().key());
            return m;
        }).toList();
    }

    public static List<Map<String, Object>> keyness(Comparison c) {
        return c.keyTerms().stream().map((KeyTerm k) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("term", k.term());
            m.put("words", k.words());
            m.put("direction", k.direction() == KeyTerm.Direction.MORE_IN_B ? "more in b" : "more in a");
            m.put("countA", k.countA());
            m.put("countB", k.countB());
            m.put("per10kA", Evidence.figure(k.per10kA()));
            m.put("per10kB", Evidence.figure(k.per10kB()));
            m.put("g2", Evidence.figure(k.g2()));
            m.put("p", k.p());
            m.put("logRatio", Evidence.figure(k.logRatio()));
            m.put("unit", "tokens");
            m.put("evidenceA", Links.kwic(k.term(), c.a().key(), true));
            m.put("evidenceB", Links.kwic(k.term(), c.b().key(), true));
            return m;
        }).toList();
    }
}
