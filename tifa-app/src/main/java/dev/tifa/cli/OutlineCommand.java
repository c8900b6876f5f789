package dev.tifa.cli;

import dev.tifa.analysis.structure.Heading;
import dev.tifa.analysis.structure.Outline;
import dev.tifa.app.PositionService;
import dev.tifa.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "outline", mixinStandardHelpOptions = true,
        description = "The headings and numbered items of a document (一、 （一） 1. （1）), with the task list marked.")
public final class OutlineCommand implements Callable<Integer> {
    @Mixin DataOption data;
    @Mixin FormatOption format;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DOC", description = "Document key or id.")
    String doc;

    @Override
    public Integer call() {
        try (Workspace ws = data.open()) {
            var d = Lookup.document(ws, doc);
            Outline o = new PositionService(ws).outline(d);
            Table t = new Table("level", "rank", "heading", "position", "task");
            for (Heading h : o.headings()) {
                boolean task = o.tasks().contains(h);
                t.row(h.level(), h.rank(), "  ".repeat(h.level() - 1) + h.display(), h.start(), task ? "task " + h.rank() : "");
            }
            t.note(o.headings().size() + " headings; task list: " + o.tasks().size() + " items.");
            TableRenderer.render(t, format.format(), spec.commandLine().getOut());
        }
        return 0;
    }
}
