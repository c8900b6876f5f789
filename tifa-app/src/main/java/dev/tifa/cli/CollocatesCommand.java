package dev.tifa.cli;

import dev.tifa.analysis.collocates.Collocate;
import dev.tifa.analysis.collocates.CollocateTable;
import dev.tifa.analysis.collocates.Collocates;
import dev.tifa.app.CollocateService;
import dev.tifa.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "collocates", mixinStandardHelpOptions = true,
        description = {"Words near a term or pattern: within --left words before and --right words after each occurrence, ranked by "
                + "log-likelihood against the rest of the selection, with MI, t-score, observed and expected counts.",
                "--compare A,B sets the collocates of two documents (editions) side by side."})
public final class CollocatesCommand implements Callable<Integer> {
    @Mixin DataOption data;
    @Mixin QueryArgument asked;
    @Mixin FormatOption format;
    @Spec CommandSpec spec;

    @Option(names = "--left", defaultValue = "5", description = "Words on the left (default: ${DEFAULT-VALUE}).")
    @Range(min = 0, max = 50, unit = "words")
    int left;

    @Option(names = "--right", defaultValue = "5", description = "Words on the right (default: ${DEFAULT-VALUE}).")
    @Range(min = 0, max = 50, unit = "words")
    int right;

    @Option(names = "--min", defaultValue = "2", description = "Least co-occurrences for a row (default: ${DEFAULT-VALUE}).")
    @Range(min = 1, max = 1_000_000, unit = "co-occurrences")
    int min;

    @Option(names = "--top", defaultValue = "30", description = "At most this many rows; 0 for all (default: ${DEFAULT-VALUE}).")
    @Range(min = 0, max = 1_000_000, unit = "rows")
    int top;

    @Option(names = "--compare", split = ",", paramLabel = "A,B", description = "Two documents to compare (their keys).")
    List<String> compare;

    @Override
    public Integer call() {
        try (Workspace ws = data.open()) {
            var query = asked.query(ws);
            var service = new CollocateService(ws);
            Table t;
            if (compare != null) {
                if (compare.size() != 2) throw new UserError("--compare takes two document keys, e.g. --compare gwr-2024,gwr-2025");
                var a = Lookup.document(ws, compare.get(0));
                var b = Lookup.document(ws, compare.get(1));
                CollocateTable ta = service.collocates(query, List.of(a), left, right, 1);
                CollocateTable tb = service.collocates(query, List.of(b), left, right, 1);
                t = new Table("collocate", a.key() + " observed", a.key() + " LL", b.key() + " observed", b.key() + " LL", "change");
                for (Collocates.Change c : limit(Collocates.compare(ta, tb))) {
                    if (Math.max(c.observedA(), c.observedB()) < min) continue;
                    t.row(c.word(), c.observedA(), c.a() == null ? null : c.a().logLikelihood(), c.observedB(), c.b() == null ? null : c.b().logLikelihood(),
                            c.observedA() == 0 ? "new" : c.observedB() == 0 ? "gone" : c.observedB() > c.observedA() ? "more" : c.observedB() < c.observedA() ? "fewer" : "same");
                }
                t.note(a.key() + ": " + ta.node() + " occurrences; " + b.key() + ": " + tb.node() + " occurrences. Counted: " + query.label() + ".");
            } else {
                CollocateTable r = service.collocates(query, asked.filter(), left, right, min);
                t = new Table("collocate", "observed", "left", "right", "frequency", "expected", "log-likelihood", "MI", "t-score");
                for (Collocate c : limit(r.rows())) {
                    t.row(c.word(), c.observed(), c.left(), c.right(), c.frequency(), c.expected(), c.logLikelihood(), c.mi(), c.tScore());
                }
                t.note(r.node() + " occurrences of " + query.label() + "; window " + left + " left, " + right + " right: " + r.windowWords()
                        + " words of " + r.words() + " in the selection. Stop words and numbers are skipped.");
            }
            t.note("Passages: " + asked.kwicHint());
            TableRenderer.render(t, format.format(), spec.commandLine().getOut());
        }
        return 0;
    }

    private <T> List<T> limit(List<T> rows) {
        return top > 0 && rows.size() > top ? rows.subList(0, top) : rows;
    }
}
