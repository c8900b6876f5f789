package dev.tifa.web.instruments;

import dev.tifa.app.PositionService;
import dev.tifa.app.Workspace;
import dev.tifa.model.Document;
import dev.tifa.model.Kind;
import dev.tifa.store.DocumentFilter;
import dev.tifa.web.api.DocApi;
import dev.tifa.web.support.Params;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code /moves?a=&b=}: the glossary concepts whose priority in the task list changed from A to B (compare's moves). */
public final class MovesInstrument implements Instrument {
    private final Workspace workspace;

    public MovesInstrument(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public About about() {
        return new About("moves", "Moves", "位次变化", "Glossary concepts whose priority changed from A to B: the task of the task list where "
                + "each first appears (tifa compare A B --part moves).");
    }

    @Override
    public boolean asksQuery() {
        return false;
    }

    @Override
    public boolean selects() {
        return false;
    }

    @Override
    public List<Field> fields() {
        List<String> keys = new ArrayList<>(List.of(""));
        workspace.store().documents(new DocumentFilter(null, null, List.of(Kind.OFFICIAL), null, null, null, null))
                .stream().map(Document::key).sorted().forEach(keys::add);
        return List.of(new Field("a", "A", "", keys), new Field("b", "B (newer)", "", keys));
    }

    @Override
    public Answer answer(io.javalin.http.Context ctx) {
        String a = Params.optional(ctx, "a"), b = Params.optional(ctx, "b");
        if (a == null || b == null) return null;
        Document da = DocApi.find(workspace, a), db = DocApi.find(workspace, b);
        Rows rows = new Rows("concept", "form", "task_a", "task_b", "move", "task_in_b");
        List<Map<String, Object>> out = new ArrayList<>();
        for (PositionService.ConceptMove m : new PositionService(workspace).moves(da, db)) {
            out.add(rows.row(m.concept().id(), m.concept().label(), m.from().priority() == 0 ? null : m.from().priority(),
                    m.to().priority() == 0 ? null : m.to().priority(), m.description(), m.to().task() == null ? null : m.to().task().display()));
        }
        return new Answer(da.key() + " → " + db.key(), List.of(rows.grid("moves", "Moves in the task lists", out)), null, null,
                List.of("Priority: the task of the task list where a concept first appears; the position page shows one concept's occurrences."),
                List.of());
    }
}
