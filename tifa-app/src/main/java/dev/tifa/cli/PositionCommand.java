package dev.tifa.cli;

import dev.tifa.analysis.structure.DocumentPosition;
import dev.tifa.analysis.structure.PlacedHit;
import dev.tifa.analysis.structure.Positions;
import dev.tifa.app.PositionService;
import dev.tifa.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "position", mixinStandardHelpOptions = true,
        description = {"Where a term or pattern sits in each document: the section of its first occurrence, its priority (the task of the "
                + "task list where it first appears: 一、 （一） 1. （1） parsed from paragraph starts) and a dispersion strip; "
                + "then how the priority moved between documents.",
                "--hits lists every occurrence with its section path instead."})
public final class PositionCommand implements Callable<Integer> {
    private static final int STRIP = 40;

    @Mixin DataOption data;
    @Mixin QueryArgument asked;
    @Mixin FormatOption format;
    @Spec CommandSpec spec;

    @Option(names = "--hits", description = "One row per occurrence, with its section path and task rank.")
    boolean hits;

    @Override
    public Integer call() {
        try (Workspace ws = data.open()) {
            var query = asked.query(ws);
            PositionService.Result r = new PositionService(ws).positions(query, asked.filter());
            if (r.rows().isEmpty()) throw new UserError("no documents match the selection (see `tifa docs`)");
            Table t = hits ? hitTable(r) : documentTable(r);
            t.note("Counted: " + query.label() + ". Task list: the items under the 一、 heading about 任务/建议/部署 with the most items, else the longest numbered list.");
            if (!hits) {
                for (Positions.Move m : r.moves()) t.note(m.from() + " → " + m.to() + ": " + m.description());
                if (r.moves().isEmpty()) t.note("Priority unchanged across the documents.");
            }
            TableRenderer.render(t, format.format(), spec.commandLine().getOut());
        }
        return 0;
    }

    private static Table documentTable(PositionService.Result r) {
        Table t = new Table("document", "year", "count", "priority", "task", "tasks", "first section", "first at", "dispersion");
        for (PositionService.Row row : r.rows()) {
            DocumentPosition p = row.position();
            var first = p.firstSection();
            t.row(row.document().key(), row.document().meta().year(), p.hits().size(), p.priority() == 0 ? null : p.priority(),
                    p.task() == null ? "" : p.task().display(), p.taskCount(), first == null ? "" : first.label(),
                    p.hits().isEmpty() ? null : Math.round(p.hits().get(0).relative() * 100) + "%", strip(p));
        }
        return t;
    }

    private static Table hitTable(PositionService.Result r) {
        Table t = new Table("document", "position", "match", "task rank", "section", "at");
        for (PositionService.Row row : r.rows()) {
            for (PlacedHit h : row.position().hits()) {
                t.row(row.document().key(), h.start(), h.text(), h.section().taskRank() == 0 ? null : h.section().taskRank(),
                        h.section().label(), Math.round(h.relative() * 100) + "%");
            }
        }
        return t;
    }

    /** The table of {@code compare}'s moves: each concept's priority in A and B. */
    static Table moves(List<PositionService.ConceptMove> moves) {
        Table t = new Table("concept", "form", "task A", "task B", "move", "task in B");
        for (PositionService.ConceptMove m : moves) {
            t.row(m.concept().id(), m.concept().label(), m.from().priority() == 0 ? null : m.from().priority(),
                    m.to().priority() == 0 ? null : m.to().priority(), m.description(), m.to().task() == null ? "" : m.to().task().display());
        }
        t.note("Priority: the task of the task list where a concept first appears (tifa position TERM --docs A,B for one concept).");
        return t;
    }

    /** Where in the document the occurrences fall, as a strip of {@value #STRIP} cells (█ = at least one). */
    static String strip(DocumentPosition p) {
        char[] cells = "·".repeat(STRIP).toCharArray();
        for (PlacedHit h : p.hits()) cells[Math.min(STRIP - 1, (int) (h.relative() * STRIP))] = '█';
        return new String(cells);
    }
}
