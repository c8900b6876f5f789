package dev.tifa.cli;

import dev.tifa.app.Workspace;
import dev.tifa.commentary.ThemeService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "themes", mixinStandardHelpOptions = true,
        description = "The themes a document stresses (shares of its glossary formulations by primary theme), against those of "
                + "another: by default, for a commentary, the official text of its event in its language.")
public final class ThemesCommand implements Callable<Integer> {
    @Mixin DataOption data;
    @Mixin FormatOption format;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DOC") String doc;

    @Option(names = "--vs", paramLabel = "DOC", description = "The document to compare with.") String vs;

    @Override
    public Integer call() {
        try (Workspace ws = data.open()) {
            ThemeService.ThemeComparison c = new ThemeService(ws).compare(doc, vs);
            String a = c.document().key();
            String b = c.vs() == null ? null : c.vs().key();
            boolean table = format.format() == OutputFormat.table;
            Table t;
            if (table) { // side by side for reading
                t = b == null ? new Table("theme", "name", a + " hits", a + " share %")
                        : new Table("theme", "name", a + " hits", a + " share %", b + " hits", b + " share %", "difference (points)");
                for (ThemeService.ThemeRow r : c.rows()) {
                    if (b == null) t.row(r.themeId(), r.en(), r.hits(), r.share() * 100);
                    else t.row(r.themeId(), r.en(), r.hits(), r.share() * 100, r.vsHits(), r.vsShare() * 100, r.difference() * 100);
                }
            } else { // long for R and pandas: one row per document and theme, no document keys in column names
                t = new Table("document", "theme", "name", "hits", "share percent");
                for (ThemeService.ThemeRow r : c.rows()) t.row(a, r.themeId(), r.en(), r.hits(), r.share() * 100);
                if (b != null) for (ThemeService.ThemeRow r : c.rows()) t.row(b, r.themeId(), r.en(), r.vsHits(), r.vsShare() * 100);
            }
            t.note("Shares: standalone glossary formulations by primary theme, as % of all such hits (" + a + ": " + c.profile().totalHits()
                    + (b == null ? "" : ", " + b + ": " + c.vsProfile().totalHits()) + ").");
            if (b == null) t.note("No document to compare with: give --vs DOC, or add " + a + " to an event with an official text in its language.");
            TableRenderer.render(t, format.format(), spec.commandLine().getOut());
        }
        return 0;
    }
}
