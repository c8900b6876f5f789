package dev.tifa.cli;

import dev.tifa.analysis.compare.CompareOptions;
import dev.tifa.analysis.compare.Comparison;
import dev.tifa.analysis.compare.ConceptChange;
import dev.tifa.analysis.compare.KeyTerm;
import dev.tifa.analysis.compare.ThemeChange;
import dev.tifa.app.ChangeService;
import dev.tifa.app.WindowService;
import dev.tifa.app.Workspace;
import dev.tifa.commentary.EventService;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import dev.tifa.store.DocumentFilter;
import java.time.LocalDate;
import dev.tifa.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"What changed from A to B (B the newer): glossary concepts new, dropped, up or down; word-level keyness "
                + "(log-likelihood G², p, log ratio); theme shares.", "With --prev, A is B's predecessor in its series.",
                "With --around DATE|EVENT --days N: every glossary formulation's rate in the N days before the day vs the N days "
                        + "from it on (e.g. the news around a plenum), ranked by G²."})
public final class CompareCommand implements Callable<Integer> {
    @Mixin DataOption data;
    @Mixin FormatOption format;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DOC", arity = "0..2", description = "A and B, or just B with --prev.")
    List<String> docs = new java.util.ArrayList<>();

    @Option(names = "--around", paramLabel = "DATE|EVENT", description = "Compare the days before with the days from this day (yyyy-mm-dd, or an event's key).")
    String around;

    @Range(min = 1, max = 3_650, unit = "days")
    @Option(names = "--days", defaultValue = "90", description = "With --around: days in each window (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--series", split = ",", paramLabel = "SERIES", description = "With --around: only these series (e.g. xwlb).")
    List<String> series;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG", description = "With --around: the language (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--prev", description = "Compare B with the previous document of its series.")
    boolean prev;

    @Option(names = "--part", defaultValue = "all", description = "concepts, keyness, themes, moves (priority in the task lists) "
            + "or all (default: ${DEFAULT-VALUE}; moves are shown in the table format only, ask for them with --part moves otherwise).")
    String part;

    @Option(names = "--all", description = "List unchanged concepts too (default: only new, dropped, up, down).")
    boolean all;

    @Option(names = "--top", defaultValue = "40", description = "Keyness rows to show (default: ${DEFAULT-VALUE}).")
    @Range(min = 0, max = 1_000_000, unit = "rows")
    int top;

    @Option(names = "--min-freq", defaultValue = "5", description = "Keyness: minimum combined frequency (default: ${DEFAULT-VALUE}).")
    @Range(min = 1, max = 1_000_000, unit = "occurrences")
    int minFreq;

    @Override
    public Integer call() {
        try (Workspace ws = data.open()) {
            if (around != null) {
                if (!docs.isEmpty()) throw new UserError("give documents or --around, not both");
                ws.onNotice(spec.commandLine().getErr()::println);
                DocumentFilter f = series == null ? DocumentFilter.all().withKinds(List.of(Kind.OFFICIAL, Kind.NEWS))
                        : new DocumentFilter(null, series, null, null, null, null, null);
                var w = new WindowService(ws).around(day(ws, around), days, f, Language.parse(language), minFreq);
                WindowReport.render(w, ws.glossary(), top, format.format(), spec.commandLine().getOut());
                return 0;
            }
            if (docs.isEmpty()) throw new UserError("give two documents, one with --prev, or --around DATE");
            ChangeService changes = new ChangeService(ws);
            Document b = changes.document(docs.get(docs.size() - 1));
            Document a;
            if (docs.size() == 2) a = changes.document(docs.get(0));
            else if (prev) a = changes.predecessor(b).orElseThrow(() -> new UserError("no earlier document in the series of " + b.key()));
            else throw new UserError("give two documents, or one with --prev");
            CompareOptions d = CompareOptions.defaults();
            CompareOptions o = new CompareOptions(d.upRatio(), d.downRatio(), d.minCountChange(), minFreq, d.maxP(), d.maxKeyTerms(), d.pairs(), d.match());
            Comparison c = changes.compare(a, b, o);
            PrintWriter out = spec.commandLine().getOut();
            boolean table = format.format() == OutputFormat.table;
            if (part.equals("all") || part.equals("concepts")) {
                if (table) out.println("Concepts: " + a.label() + " → " + b.label());
                Table t = new Table("status", "concept", "form", "theme", "count A", "count B", "standalone A", "standalone B",
                        "per 10k A", "per 10k B", "change", "ratio", "absorbed into");
                for (ConceptChange x : c.concepts()) {
                    boolean quiet = x.status() == ConceptChange.Status.SAME || x.status() == ConceptChange.Status.ABSENT;
                    if (!all && quiet && x.absorbedInto() == null) continue;
                    t.row(x.status().name().toLowerCase(), x.conceptId(), x.label(), x.theme(), x.countA(), x.countB(), x.standaloneA(),
                            x.standaloneB(), x.rateA(), x.rateB(), x.countChange(), Double.isFinite(x.rateRatio()) ? x.rateRatio() : null,
                            x.absorbedInto());
                }
                t.note("count = every occurrence; standalone = not inside a longer glossary form; absorbed into = the longer form that"
                        + " now holds more of its occurrences (a reframing the count alone hides).");
                t.note("up/down: rate ratio ≥ " + o.upRatio() + " or ≤ " + o.downRatio() + " and a change of ≥ " + o.minCountChange()
                        + " occurrences. Rates per 10,000 " + b.meta().language().unit() + ". Passages: tifa kwic TERM --docs " + a.key() + "," + b.key());
                TableRenderer.render(t, format.format(), out);
            }
            if (part.equals("all") || part.equals("keyness")) {
                if (table) out.println("\nKeyness (words and word pairs, all text, not only the glossary):");
                Table t = new Table("term", "words", "count A", "count B", "per 10k tokens A", "per 10k tokens B", "G2", "p", "log ratio", "more in");
                c.keyTerms().stream().limit(top).forEach(k -> t.row(k.term(), k.words(), k.countA(), k.countB(), k.per10kA(), k.per10kB(),
                        k.g2(), k.p(), k.logRatio(), k.direction() == KeyTerm.Direction.MORE_IN_B ? b.key() : a.key()));
                t.note("G² = log-likelihood (Rayson & Garside), p from chi-square with 1 df; log ratio = log2 of the ratio of relative "
                        + "frequencies (Hardie), 0.5 for a zero count. Minimum frequency " + minFreq + ", p ≤ " + o.maxP() + ". Rates here are per"
                        + " 10,000 tokens (segmented words), not characters; a word that is part of a longer key word is left out.");
                TableRenderer.render(t, format.format(), out);
            }
            if (part.equals("all") || part.equals("themes")) {
                if (table) out.println("\nTheme shares (standalone glossary occurrences by primary theme):");
                Table t = new Table("theme", "hits A", "hits B", "share A", "share B", "share change", "per 10k A", "per 10k B");
                for (ThemeChange x : c.themes()) {
                    t.row(x.themeId(), x.hitsA(), x.hitsB(), x.shareA(), x.shareB(), x.shareChange(), x.rateA(), x.rateB());
                }
                TableRenderer.render(t, format.format(), out);
            }
            if (part.equals("moves") || part.equals("all") && table) {
                if (table) out.println("\nMoves in the task lists (glossary concepts whose priority changed):");
                TableRenderer.render(PositionCommand.moves(new dev.tifa.app.PositionService(ws).moves(a, b)), format.format(), out);
            }
        }
        return 0;
    }

    /** A day as yyyy-mm-dd, or the date of an event. */
    private static LocalDate day(Workspace ws, String text) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            var event = new EventService(ws).event(text);
            if (event.date() == null) throw new UserError("event '" + text + "' has no date: give --around yyyy-mm-dd");
            return event.date();
        }
    }
}
