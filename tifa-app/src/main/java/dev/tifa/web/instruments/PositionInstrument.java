package dev.tifa.web.instruments;

import dev.tifa.analysis.structure.DocumentPosition;
import dev.tifa.analysis.structure.PlacedHit;
import dev.tifa.analysis.structure.Positions;
import dev.tifa.app.PositionService;
import dev.tifa.app.Query;
import dev.tifa.app.Workspace;
import dev.tifa.web.support.Evidence;
import dev.tifa.web.support.Params;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code /position}: where a term or pattern sits in each document: section, task rank, dispersion, and moves. */
public final class PositionInstrument implements Instrument {
    private final Workspace workspace;

    public PositionInstrument(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public About about() {
        return new About("position", "Position", "位置", "Where a formulation sits: the section of its first occurrence, its priority (the task of the task list where it first "
                    + "appears; headings 一、 （一） 1. （1） are read from paragraph starts), where in each document it occurs, and how its priority moved.");
    }

    @Override
    public Answer answer(io.javalin.http.Context ctx) {
        Query q = Inputs.single(ctx, workspace);
        if (q == null) return null;
        PositionService.Result r = Inputs.guarded(() -> new PositionService(workspace).positions(q, Params.filter(ctx, true)));
        Rows docs = new Rows("document", "year", "count", "priority", "task", "tasks", "first_section", "first_at", "dispersion");
        Rows hits = new Rows("document", "position", "match", "task_rank", "section", "at");
        List<Map<String, Object>> docRows = new ArrayList<>(), hitRows = new ArrayList<>(), dots = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (PositionService.Row row : r.rows()) {
            DocumentPosition p = row.position();
            List<Double> at = p.hits().stream().map(h -> Evidence.round(h.relative())).toList();
            var first = p.firstSection();
            docRows.add(docs.row(row.document().key(), row.document().meta().year(), p.hits().size(), p.priority() == 0 ? null : p.priority(),
                    p.task() == null ? null : p.task().display(), p.taskCount(), first == null ? null : first.label(),
                    at.isEmpty() ? null : at.get(0), at));
            keys.add(row.document().key());
            for (PlacedHit h : p.hits()) {
                hitRows.add(hits.row(row.document().key(), h.start(), h.text(), h.section().taskRank() == 0 ? null : h.section().taskRank(),
                        h.section().label(), Evidence.round(h.relative())));
                dots.add(Map.of("doc", row.document().key(), "at", Evidence.round(h.relative() * 100), "section", h.section().markers(),
                        "task", h.section().taskRank()));
            }
        }
        Rows moves = new Rows("from", "to", "from_task", "to_task", "move");
        List<Map<String, Object>> moveRows = new ArrayList<>();
        for (Positions.Move m : r.moves()) moveRows.add(moves.row(m.from(), m.to(), m.fromRank(), m.toRank(), m.description()));
        return new Answer(q.label(), List.of(docs.grid("positions", "Per document", docRows), moves.grid("moves", "Moves of its priority", moveRows),
                hits.grid("hits", "Every occurrence", hitRows)), "dispersion", Map.of("documents", keys, "dots", dots),
                List.of("Task list: the items under the 一、 heading about 任务/建议/部署 with the most items, else the longest numbered list.",
                        "Dispersion: where each occurrence starts, as a share of the document's length."), List.of());
    }
}
