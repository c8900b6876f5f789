package dev.tifa.web.api;

import dev.tifa.analysis.parallel.Suggestion;
import dev.tifa.analysis.parallel.TranslationDrift;
import dev.tifa.app.ParallelRow;
import dev.tifa.app.ParallelService;
import dev.tifa.app.Workspace;
import dev.tifa.model.Concept;
import dev.tifa.text.match.MatchOptions;
import dev.tifa.web.support.Responses;
import dev.tifa.web.support.TermParam;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/parallel/concept?q=}: one concept on the stored aligned pairs — its check row, translation drift
 * (which English rendering each edition used), its pairs side by side with hits as segments, and suggested renderings.
 * With no aligned-pairs documents stored: {@code pairs} is empty. {@code format=csv}: the drift rows.
 */
public final class ParallelConceptApi implements Handler {
    private static final int PAIRS = 200;

    private final Workspace workspace;
    private final ParallelService service;
    private final Responses responses;

    public ParallelConceptApi(Workspace workspace, ParallelService service, Responses responses) {
        this.workspace = workspace;
        this.service = service;
        this.responses = responses;
    }

    @Override
    public void handle(Context ctx) {
        Concept c = TermParam.concept(ctx, workspace.glossary());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("concept", c.id());
        body.put("label", c.label());
        ParallelService.Pairs pairs;
        try {
            pairs = service.read(List.of());
        } catch (IllegalArgumentException none) {
            body.put("message", none.getMessage());
            body.put("pairs", List.of());
            body.put("drift", List.of());
            responses.table(ctx, "tifa-drift", List.of(), body);
            return;
        }
        ParallelService.ConceptView v = service.view(service.check(pairs, MatchOptions.defaults()), c, PAIRS);
        List<Map<String, Object>> drift = v.drift().stream().map(ParallelConceptApi::drift).toList();
        body.put("row", v.row() == null ? null : v.row().cells());
        body.put("drift", drift);
        body.put("pairsTotal", v.pairsTotal());
        body.put("pairs", v.pairs().stream().map(ParallelConceptApi::pair).toList());
        body.put("suggestions", v.suggestions().stream().map(ParallelConceptApi::suggestion).toList());
        responses.table(ctx, "tifa-drift-" + c.id(), drift, body);
    }

    private static Map<String, Object> drift(TranslationDrift.Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("edition", r.edition());
        m.put("rendering", r.rendering());
        m.put("count", r.count());
        m.put("zh_hits", r.zh());
        return m;
    }

    private static Map<String, Object> pair(ParallelService.PairView p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("edition", p.edition());
        m.put("oneSided", p.oneSided());
        m.put("shifted", p.shifted());
        m.put("zh", p.zh());
        m.put("en", p.en());
        return m;
    }

    private static Map<String, Object> suggestion(Suggestion s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("side", s.language().code());
        m.put("phrase", s.phrase());
        m.put("inTarget", s.inTarget());
        m.put("targetPairs", s.targetSize());
        m.put("inRest", s.inRest());
        m.put("g2", s.g2());
        m.put("dice", s.dice());
        m.put("formOf", s.formOf());
        m.put("evidence", ParallelRow.evidence(s));
        return m;
    }
}
