package dev.tifa.web.instruments;

import dev.tifa.analysis.ConceptCount;
import dev.tifa.analysis.Context;
import dev.tifa.analysis.DocumentCounts;
import dev.tifa.analysis.lists.KwicLines;
import dev.tifa.analysis.pattern.SlotFill;
import dev.tifa.app.PatternService;
import dev.tifa.app.Query;
import dev.tifa.app.Workspace;
import dev.tifa.model.Document;
import dev.tifa.store.DocumentFilter;
import dev.tifa.web.pages.Charts;
import dev.tifa.web.support.Params;
import dev.tifa.web.support.WebError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /patterns}: several terms or patterns at once (one a line): their counts per document in one chart, what
 * fills each pattern's slots, and the first one's passages.
 */
public final class PatternInstrument implements Instrument {
    private static final int PASSAGES = 200;

    /** Beyond this many selected documents the counts wait for a second request (the first page does not). */
    static final int COUNTED_AT_ONCE = 50_000;

    private final Workspace workspace;
    private final int countedAtOnce;

    public PatternInstrument(Workspace workspace) {
        this(workspace, COUNTED_AT_ONCE);
    }

    PatternInstrument(Workspace workspace, int countedAtOnce) {
        this.workspace = workspace;
        this.countedAtOnce = countedAtOnce;
    }

    @Override
    public About about() {
        return new About("patterns", "Patterns", "句式", "Terms or patterns, one a line, in one chart. Pattern: … a gap (≤ 20 characters within the sentence; …{0,8} bounds it), "
                    + "{X} a slot that captures, (a|b) alternatives — e.g. 坚持…不动摇, 统筹{X}和{Y}, 加快(建设|构建|发展).");
    }

    @Override
    public List<Field> fields() {
        return List.of(new Field("sort", "Passages by", "position", List.of("position", "left", "right")),
                new Field("context", "Context", "window", List.of("window", "sentence")));
    }

    @Override
    public Answer answer(io.javalin.http.Context ctx) {
        List<Query> queries = Inputs.queries(ctx, workspace);
        if (queries == null) return null;
        DocumentFilter filter = Params.filter(ctx, true);
        PatternService service = new PatternService(workspace).stoppedBy(dev.tifa.web.support.RequestStops.of(ctx));
        List<Context> passages = arranged(ctx, Inputs.guarded(() -> service.contexts(queries.get(0), filter, 30, PASSAGES)));
        int selected = workspace.store().count(filter);
        if (selected > countedAtOnce && !"all".equals(Params.optional(ctx, "count"))) return firstPage(ctx, queries, passages, selected);
        List<PatternService.QueryCounts> all = Inputs.guarded(() -> service.counts(queries, filter));
        Rows counts = new Rows("document", "year", "language", "query", "count", "per_10k");
        Rows slots = new Rows("query", "slots", "count", "range", "documents");
        List<Map<String, Object>> countRows = new ArrayList<>(), slotRows = new ArrayList<>(), lines = new ArrayList<>();
        for (PatternService.QueryCounts qc : all) {
            String label = qc.query().label();
            List<Map<String, Object>> points = new ArrayList<>();
            for (DocumentCounts dc : qc.documents()) {
                Document d = dc.document();
                ConceptCount c = dc.count(label);
                countRows.add(counts.row(d.key(), d.meta().year(), d.meta().language().code(), label, c.total(), c.rate()));
                if (d.meta().sortDate() != null) points.add(Charts.point(d, c));
            }
            lines.add(Map.of("name", label, "points", points));
            if (qc.query().pattern() == null || qc.query().pattern().slots().isEmpty()) continue;
            for (SlotFill f : qc.fills()) {
                slotRows.add(slots.row(label, f.label(), f.count(), f.range(), String.join(" ", f.documents())));
            }
        }
        List<Grid> grids = new ArrayList<>(List.of(counts.grid("counts", "Per document", countRows)));
        if (!slotRows.isEmpty()) grids.add(0, slots.grid("slots", "What fills the slots", slotRows));
        List<String> notes = new ArrayList<>();
        for (Query q : queries) {
            if (q.pattern() != null) notes.add(q.label() + " = regex " + q.pattern().regex());
        }
        notes.add("Matches do not overlap; a pattern matches the cleaned text, folded like every match. Passages: the first line's.");
        String label = queries.stream().map(Query::label).collect(Collectors.joining(" · "));
        return new Answer(label, grids, "trend", Map.of("type", "trend", "series", lines), notes, passages);
    }

    /**
     * A large selection (the news archive): the first page of passages at once, in date order, and the counts on a
     * second request (count=all), since matching every candidate text takes seconds there.
     */
    private static Answer firstPage(io.javalin.http.Context ctx, List<Query> queries, List<Context> passages, int selected) {
        Rows rows = new Rows("query", "counts");
        String again = ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString() + "&") + "count=all";
        List<Map<String, Object>> waiting = new ArrayList<>();
        for (Query q : queries) waiting.add(rows.row(q.label(), String.format(java.util.Locale.ROOT, "not counted yet: %,d documents selected", selected)));
        String label = queries.stream().map(Query::label).collect(Collectors.joining(" · "));
        return new Answer(label, List.of(rows.grid("counts", "Counts", waiting)), null, null,
                List.of(String.format(java.util.Locale.ROOT, "The first %d passages in date order, found without counting: over %,d "
                        + "documents the counts take seconds. To count them: %s", PASSAGES, selected, again),
                        "Matches do not overlap; a pattern matches the cleaned text, folded like every match. Passages: the first line's."),
                passages);
    }

    /** The passages cut to their sentence and sorted by left or right context, as asked. */
    private static List<Context> arranged(io.javalin.http.Context ctx, List<Context> passages) {
        String context = Params.optional(ctx, "context");
        if (context != null && !context.equals("window") && !context.equals("sentence")) throw WebError.badRequest("context is window or sentence");
        try {
            return KwicLines.arrange(passages, Params.optional(ctx, "sort"), "sentence".equals(context));
        } catch (IllegalArgumentException e) {
            throw WebError.badRequest(e.getMessage());
        }
    }
}
