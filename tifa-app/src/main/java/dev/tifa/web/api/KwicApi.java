package dev.tifa.web.api;

import dev.tifa.analysis.Context;
import dev.tifa.app.FormulationService;
import dev.tifa.app.Workspace;
import dev.tifa.model.Concept;
import dev.tifa.model.DocumentInfo;
import dev.tifa.store.DocumentFilter;
import dev.tifa.text.match.MatchOptions;
import dev.tifa.web.support.Evidence;
import dev.tifa.web.support.Links;
import dev.tifa.web.support.Params;
import dev.tifa.web.support.Responses;
import dev.tifa.web.support.TermParam;
import io.javalin.http.Handler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code GET /api/kwic?q=&doc=}: every passage of a formulation, in one document ({@code doc}) or the selected ones,
 * with its offsets in the clean and the original text.
 */
public final class KwicApi implements Handler {
    private final Workspace workspace;
    private final Responses responses;

    public KwicApi(Workspace workspace, Responses responses) {
        this.workspace = workspace;
        this.responses = responses;
    }

    @Override
    public void handle(io.javalin.http.Context ctx) {
        Concept c = TermParam.concept(ctx, workspace.glossary());
        String doc = Params.optional(ctx, "doc");
        DocumentFilter filter = doc == null ? Params.filter(ctx, true)
                : new DocumentFilter(List.of(DocApi.find(workspace, doc).key()), null, null, null, null, null, null);
        int window = Params.integer(ctx, "window", 30, 0, 500);
        int limit = Params.integer(ctx, "limit", 200, 0, 100_000);
        FormulationService service = new FormulationService(workspace).stoppedBy(dev.tifa.web.support.RequestStops.of(ctx));
        // a page of passages reads only the texts it needs; the total comes from the tallies where they answer
        List<Context> shown = service.contexts(c, filter, MatchOptions.defaults(), window, limit);
        int total = limit > 0 && shown.size() == limit ? service.occurrences(c, filter, MatchOptions.defaults()) : shown.size();
        List<String> keys = shown.stream().map(Context::documentKey).distinct().toList();
        Map<String, DocumentInfo> docs = keys.isEmpty() ? Map.of() : workspace.store().infos(new DocumentFilter(keys, null, null, null, null, null, null))
                .stream().collect(Collectors.toMap(DocumentInfo::key, Function.identity()));
        List<Map<String, Object>> rows = rows(shown, docs);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("concept", Evidence.concept(c));
        body.put("total", total);
        body.put("shown", shown.size());
        body.put("contexts", rows);
        responses.table(ctx, "tifa-kwic-" + Responses.part(TermParam.query(c)) + (doc == null ? "" : "-" + Responses.part(doc)), rows, body);
    }

    public static List<Map<String, Object>> rows(List<Context> contexts, Map<String, DocumentInfo> docs) {
        return contexts.stream().map(x -> {
            DocumentInfo d = docs.get(x.documentKey());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("document", x.documentKey());
            m.put("language", d == null ? null : d.meta().language().code());
            m.put("attributes", d == null ? Map.of() : new java.util.TreeMap<>(d.meta().attributes()));
            m.put("start", x.start());
            m.put("end", x.end());
            m.put("originalStart", x.originalStart());
            m.put("originalEnd", x.originalEnd());
            m.put("left", x.left());
            m.put("match", x.match());
            m.put("right", x.right());
            m.put("form", x.form());
            m.put("nestedIn", x.nestedIn());
            m.put("page", Links.docAt(x.documentKey(), x.start()));
            return m;
        }).toList();
    }
}
