package dev.tifa.cli;

import dev.tifa.analysis.firsts.FirstAppearance;
import dev.tifa.analysis.firsts.Gap;
import dev.tifa.app.ChangeService;
import dev.tifa.app.TermResolver;
import dev.tifa.app.Workspace;
import dev.tifa.model.DocumentInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "firsts", mixinStandardHelpOptions = true,
        description = "First and last appearance of concepts or phrases in the corpus and in each series, and their gaps.")
public final class FirstsCommand implements Callable<Integer> {
    @Mixin DataOption data;
    @Mixin SelectionOptions selection;
    @Mixin MatchingOptions matching;
    @Mixin FormatOption format;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "TERM", arity = "0..*", description = "Concept ids, glossary forms or phrases (default: the whole glossary).")
    List<String> terms = new ArrayList<>();

    @Override
    public Integer call() {
        try (Workspace ws = data.open()) {
            var concepts = new TermResolver(ws.glossary()).resolveAll(terms, matching.phrase());
            ws.onNotice(spec.commandLine().getErr()::println);
            List<FirstAppearance> firsts = new ChangeService(ws).firsts(concepts, selection.filterOfficialAndNews(), matching.options());
            Table t = new Table("concept", "first", "first day", "first title", "running order", "last", "last day", "in documents",
                    "first in each series", "gaps");
            for (FirstAppearance f : firsts) {
                if (f.first() == null && terms.isEmpty()) continue;
                t.row(f.conceptId(), key(f.first()), day(f.first()), f.first() == null ? null : f.first().meta().title(),
                        f.first() == null ? null : f.first().runningOrder(), key(f.last()), day(f.last()), f.present() + " of " + f.documents(),
                        f.firstInSeries().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().key()).collect(Collectors.joining("; ")),
                        f.gaps().stream().map(FirstsCommand::gap).collect(Collectors.joining("; ")));
            }
            t.note("Official documents and news items unless --kind says otherwise; only documents in a language the concept has forms in are considered.");
            t.note("Days: the date a document carries, else its year. Running order: the item's place in its news programme (1 = lead item).");
            t.note("A gap: absent from N consecutive documents of a series of reports, then back (news items make no gaps).");
            String elsewhere = new dev.tifa.app.FormulationService(ws).textsElsewhere(concepts.isEmpty() ? ws.glossary().concepts() : concepts,
                    selection.filterOfficialAndNews(), matching.options(), false);
            if (elsewhere != null) t.note(elsewhere);
            TableRenderer.render(t, format.format(), spec.commandLine().getOut());
        }
        return 0;
    }

    private static String gap(Gap g) {
        return g.series() + ": absent from " + g.missedCount() + " after " + g.after().key() + ", back in " + g.backIn().key();
    }

    private static String key(DocumentInfo d) {
        return d == null ? null : d.key();
    }

    /** The day when the document has one, else its year. */
    private static String day(DocumentInfo d) {
        if (d == null) return null;
        if (d.meta().date() != null) return d.meta().date().toString();
        return d.meta().year() == null ? null : d.meta().year().toString();
    }
}
