package dev.tifa.cli;

import dev.tifa.app.Workspace;
import dev.tifa.model.DocumentInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "docs", mixinStandardHelpOptions = true, description = "List stored documents (filter by series, kind, language, years, title).")
public final class DocsCommand implements Callable<Integer> {
    @Mixin DataOption data;
    @Mixin SelectionOptions selection;
    @Mixin FormatOption format;
    @Spec CommandSpec spec;

    @Option(names = "--title", paramLabel = "TEXT", description = "Only documents whose title contains TEXT.")
    String title;

    @Override
    public Integer call() {
        try (Workspace ws = data.open()) {
            var f = selection.filter().withText(title);
            Table t = new Table("key", "year", "date", "series", "kind", "lang", "size", "title");
            for (DocumentInfo d : ws.store().infos(f)) {
                var m = d.meta();
                t.row(d.key(), m.year(), m.date() == null ? null : m.date().toString(), m.series(), m.kind().code(),
                        m.language().code(), d.size(), m.title());
            }
            t.note(t.rows().size() + " documents. size = characters (zh) or words (en) of the cleaned text.");
            TableRenderer.render(t, format.format(), spec.commandLine().getOut());
        }
        return 0;
    }
}
