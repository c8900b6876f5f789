package dev.tifa.cli;

import dev.tifa.analysis.ladder.Governed;
import dev.tifa.app.LadderService;
import dev.tifa.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "ladder", mixinStandardHelpOptions = true,
        description = {"The modifier ladder: the words governing a formulation (just before it in its clause) in each Chinese document, "
                + "scored by the intensity lexicon (1 tentative … 5 forceful), so that a series shows it warming or cooling.",
                "The lexicon ships with Tifa; intensity.yaml in the data directory overrides or extends it (see docs/instruments.md)."})
public final class LadderCommand implements Callable<Integer> {
    private static final int BAR = 20;

    @Mixin DataOption data;
    @Mixin QueryArgument asked;
    @Mixin FormatOption format;
    @Spec CommandSpec spec;

    @Option(names = "--passages", description = "One row per occurrence, with its governing words and clause.")
    boolean passages;

    @Override
    public Integer call() {
        try (Workspace ws = data.open()) {
            var service = new LadderService(ws);
            var query = asked.query(ws);
            var rows = service.ladder(query, asked.filter());
            if (rows.isEmpty()) throw new UserError("no Chinese documents match the selection (see `tifa docs`)");
            Table t;
            if (passages) {
                t = new Table("document", "year", "position", "governors", "modifiers", "intensity", "clause");
                for (var r : rows) {
                    for (Governed g : r.step().occurrences()) {
                        t.row(r.document().key(), r.document().meta().year(), g.start(), g.governorLabel(),
                                g.modifiers().stream().map(m -> m.word() + " " + m.intensity()).reduce((a, b) -> a + ", " + b).orElse(""),
                                g.intensity(), g.clause());
                    }
                }
            } else {
                t = new Table("document", "year", "count", "modifiers", "intensity", "change", "chart");
                for (var r : rows) {
                    Double v = r.step().intensity();
                    t.row(r.document().key(), r.document().meta().year(), r.step().occurrences().size(), r.step().modifierLabel(),
                            v, r.step().change(), v == null ? "" : Cells.bar(v, 5, BAR));
                }
            }
            t.note("Counted: " + query.label() + ". Intensity: mean over occurrences with a lexicon word among the "
                    + dev.tifa.analysis.ladder.ModifierLadder.GOVERNORS + " words before them in their clause. Passages: --passages.");
            t.note("Lexicon: shipped, " + (java.nio.file.Files.exists(service.userLexiconFile()) ? "overlaid by " + service.userLexiconFile() : "no user overlay (" + service.userLexiconFile() + ")") + ".");
            TableRenderer.render(t, format.format(), spec.commandLine().getOut());
        }
        return 0;
    }
}
