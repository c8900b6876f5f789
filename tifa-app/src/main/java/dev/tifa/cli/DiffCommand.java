package dev.tifa.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.tifa.analysis.diff.ChangeType;
import dev.tifa.analysis.diff.DocumentDiff;
import dev.tifa.analysis.diff.PassageChange;
import dev.tifa.analysis.diff.Segment;
import dev.tifa.app.ChangeService;
import dev.tifa.app.Workspace;
import dev.tifa.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Align two editions passage by passage (sentences within paragraphs): kept, moved, changed, split, merged, "
                + "added and removed passages, with changed characters (zh) or words (en) marked, and a continuity score."})
public final class DiffCommand implements Callable<Integer> {
    @Mixin DataOption data;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DOC", arity = "2", description = "A (older) and B (newer).")
    List<String> docs;

    @Option(names = "--all", description = "Also print kept passages.")
    boolean all;

    @Option(names = "--format", defaultValue = "table", description = "table (terminal), json or csv.")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = data.open()) {
            ChangeService changes = new ChangeService(ws);
            Document a = changes.document(docs.get(0));
            Document b = changes.document(docs.get(1));
            DocumentDiff diff = changes.diff(a, b);
            PrintWriter out = spec.commandLine().getOut();
            if (format == OutputFormat.json) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("a", a.key());
                json.put("b", b.key());
                json.put("continuity", diff.continuity());
                json.put("changes", diff.changes());
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
            } else if (format == OutputFormat.csv) {
                Table t = new Table("type", "a index", "b index", "similarity", "a text", "b text");
                diff.changes().forEach(c -> t.row(c.type().name().toLowerCase(), c.aIndex(), c.bIndex(), c.similarity(), c.aText(), c.bText()));
                TableRenderer.render(t, format, out);
            } else {
                terminal(diff, a, b, out);
            }
            out.flush();
        }
        return 0;
    }

    private void terminal(DocumentDiff diff, Document a, Document b, PrintWriter out) {
        Ansi ansi = Ansi.AUTO;
        for (PassageChange c : diff.changes()) {
            if (!all && c.type() == ChangeType.KEPT) continue;
            String tag = String.format("%-8s", c.type().name().toLowerCase());
            switch (c.type()) {
                case ADDED -> out.println(ansi.string("@|green + " + tag + "|@") + Cells.markupSafe(c.bText()));
                case REMOVED -> out.println(ansi.string("@|red - " + tag + "|@") + Cells.markupSafe(c.aText()));
                case KEPT, MOVED -> out.println("  " + tag + Cells.markupSafe(c.bText()));
                default -> out.println(ansi.string("@|yellow ~ " + tag + "|@") + marked(c.segments(), ansi)
                        + String.format("  (%.0f%% similar)", c.similarity() * 100));
            }
        }
        var k = diff.continuity();
        out.printf("%n%s → %s: %d kept, %d moved, %d changed, %d split, %d merged, %d added, %d removed.%n", a.key(), b.key(),
                diff.count(ChangeType.KEPT), diff.count(ChangeType.MOVED), diff.count(ChangeType.CHANGED), diff.count(ChangeType.SPLIT),
                diff.count(ChangeType.MERGED), diff.count(ChangeType.ADDED), diff.count(ChangeType.REMOVED));
        out.printf("Continuity: %.1f%% of %s's text carried over exactly, %.1f%% exactly or nearly.%n", k.exact() * 100, b.key(), k.near() * 100);
        if (ansi != Ansi.ON) out.println("Inside changed passages: [-deleted-] {+inserted+}.");
    }

    private static String marked(List<Segment> segments, Ansi ansi) {
        StringBuilder s = new StringBuilder();
        boolean color = ansi.enabled();
        for (Segment g : segments) {
            switch (g.kind()) {
                case EQUAL -> s.append(Cells.markupSafe(g.text()));
                case DELETED -> s.append(color ? ansi.string("@|red,strikethrough " + Cells.markupSafe(g.text()) + "|@") : "[-" + g.text() + "-]");
                case INSERTED -> s.append(color ? ansi.string("@|green,bold " + Cells.markupSafe(g.text()) + "|@") : "{+" + g.text() + "+}");
            }
        }
        return s.toString();
    }

}
