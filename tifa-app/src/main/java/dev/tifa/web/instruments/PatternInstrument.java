package dev.tifa.web.instruments;

import dev.tifa.analysis.ConceptCount;
import dev.tifa.analysis.Context;
import dev.tifa.analysis.Kwic;
import dev.tifa.analysis.Rates;
import dev.tifa.analysis.Trend;
import dev.tifa.analysis.pattern.SlotFill;
import dev.tifa.analysis.pattern.SlotGroups;
import dev.tifa.app.Query;
import dev.tifa.app.Workspace;
import dev.tifa.model.Document;
import dev.tifa.model.Hit;
import dev.tifa.web.pages.Charts;
import dev.tifa.web.support.Params;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /patterns}: several terms or patterns at once (one a line): their counts per document in one chart, what
 * fills each pattern's slots, and the first one's passages.
 */
public final class PatternInstrument implements Instrument {
    private static final int PASSAGES = 200;

    private final Workspace workspace;

    public PatternInstrument(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public String name() {
        return "patterns";
    }

    @Override
    public String heading() {
        return "Patterns";
    }

    @Override
    public String zh() {
        return "句式";
    }

    @Override
    public String lead() {
        return "Terms or patterns, one a line, in one chart. Pattern: … a gap (≤ 20 characters within the sentence; …{0,8} bounds it), "
                + "{X} a slot that captures, (a|b) alternatives — e.g. 坚持…不动摇, 统筹{X}和{Y}, 加快(建设|构建|发展).";
    }

    @Override
    public Answer answer(io.javalin.http.Context ctx) {
        List<Query> queries = Inputs.queries(ctx, workspace);
        if (queries == null) return null;
        List<Document> docs = new ArrayList<>(workspace.store().documents(Params.filter(ctx, true)));
        docs.sort(Trend.CHRONOLOGICAL);
        return Inputs.guarded(() -> answer(queries, docs));
    }

    private Answer answer(List<Query> queries, List<Document> docs) {
        Rows counts = new Rows("document", "year", "language", "query", "count", "per_10k");
        List<Map<String, Object>> countRows = new ArrayList<>();
        List<Map<String, Object>> lines = new ArrayList<>();
        List<Map<String, Object>> slotRows = new ArrayList<>();
        List<Context> passages = new ArrayList<>();
        Kwic kwic = new Kwic(30);
        Rows slots = new Rows("query", "slots", "count", "range", "documents");
        for (int qi = 0; qi < queries.size(); qi++) {
            Query q = queries.get(qi);
            SlotGroups groups = new SlotGroups();
            List<Map<String, Object>> points = new ArrayList<>();
            for (Document d : docs) {
                List<Hit> hits = q.hits(d);
                if (q.pattern() != null) groups.add(d.key(), q.pattern().match(d.clean()));
                ConceptCount c = new ConceptCount(q.label(), hits.size(), hits.size(), Map.of(), Rates.per10k(hits.size(), d.size()));
                countRows.add(counts.row(d.key(), d.meta().year(), d.meta().language().code(), q.label(), hits.size(), c.rate()));
                if (d.meta().sortDate() != null) points.add(Charts.point(d, c));
                if (qi == 0 && passages.size() < PASSAGES && !hits.isEmpty()) passages.addAll(kwic.contexts(d, hits.subList(0, Math.min(hits.size(), PASSAGES - passages.size()))));
            }
            lines.add(Map.of("name", q.label(), "points", points));
            if (q.pattern() != null && !q.pattern().slots().isEmpty()) {
                for (SlotFill f : groups.fills()) {
                    StringBuilder label = new StringBuilder();
                    f.fillers().forEach((k, v) -> label.append(label.length() == 0 ? "" : " ").append(k).append('=').append(v));
                    slotRows.add(slots.row(q.label(), label.toString(), f.count(), f.range(), String.join(" ", f.documents())));
                }
            }
        }
        List<Grid> grids = new ArrayList<>(List.of(counts.grid("counts", "Per document", countRows)));
        if (!slotRows.isEmpty()) grids.add(0, slots.grid("slots", "What fills the slots", slotRows));
        List<String> notes = new ArrayList<>();
        for (Query q : queries) {
            if (q.pattern() != null) notes.add(q.label() + " = regex " + q.pattern().regex());
        }
        notes.add("Matches do not overlap; a pattern matches the cleaned text, folded like every match. Passages: the first line's.");
        String label = String.join(" · ", queries.stream().map(Query::label).toList());
        return new Answer(label, grids, "trend", Map.of("type", "trend", "series", lines), notes, passages);
    }
}
