package dev.tifa.cli;

import dev.tifa.analysis.Context;
import dev.tifa.app.FormulationService;
import dev.tifa.app.TermResolver;
import dev.tifa.app.Workspace;
import dev.tifa.model.Concept;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "kwic", mixinStandardHelpOptions = true,
        description = "Keyword in context: every occurrence of a term, with its document, position and surrounding text.")
public final class KwicCommand implements Callable<Integer> {
    @Mixin DataOption data;
    @Mixin SelectionOptions selection;
    @Mixin MatchingOptions matching;
    @Mixin FormatOption format;
    @Mixin PatternOptions patterns;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "TERM", description = "Concept id, glossary form or phrase.")
    String term;

    @Option(names = "--window", defaultValue = "30", description = "Characters of context on each side (default: ${DEFAULT-VALUE}).")
    @Range(min = 0, max = 10_000, unit = "characters")
    int window;

    @Option(names = "--limit", defaultValue = "200", description = "At most this many lines; 0 for all (default: ${DEFAULT-VALUE}).")
    @Range(min = 0, max = 100_000_000, unit = "lines; 0 for all")
    int limit;

    @Option(names = "--nested", description = "Only occurrences inside a longer glossary form.")
    boolean nestedOnly;

    @Option(names = "--standalone", description = "Only occurrences not inside a longer glossary form.")
    boolean standaloneOnly;

    @Option(names = "--sort", paramLabel = "BY", description = "Order of the lines: position (default), left (by the words just before "
            + "the match, read backwards) or right (by the words after it).")
    String sort;

    @Option(names = "--sentence", description = "Cut the context at the sentence's ends (。！？；).")
    boolean sentence;

    @Option(names = "--no-total", description = "With --pattern/--regex: show the first page only, without counting every "
            + "occurrence after it (the page comes first either way).")
    boolean noTotal;

    /** True when the lines shown are the first ones in text order, so the rest need not be read. */
    private boolean firstOnes() {
        return limit > 0 && (sort == null || sort.equals("position")) && !nestedOnly && !standaloneOnly;
    }

    @Override
    public Integer call() {
        try (Workspace ws = data.open()) {
            var pattern = patterns.active() ? patterns.compile(term) : null;
            Concept c = pattern != null ? null : new TermResolver(ws.glossary()).resolve(term, matching.phrase());
            java.util.Map<Context, String> slots = new java.util.IdentityHashMap<>();
            if (pattern != null && firstPageOnly()) return firstPage(ws, pattern, slots);
            List<Context> found;
            int total = -1; // all occurrences, when only the shown ones were read
            if (pattern == null && firstOnes()) {
                // in text order, a page needs only its own passages: read those, and count the rest from the tallies
                FormulationService service = new FormulationService(ws, matching.withTitle());
                found = service.contexts(c, selection.filterDefaultOfficial(), matching.options(), window, limit);
                if (sentence) found = found.stream().map(dev.tifa.analysis.lists.KwicLines::sentence).toList();
                total = found.size() < limit ? found.size() : service.occurrences(c, selection.filterDefaultOfficial(), matching.options());
            } else if (pattern != null) {
                found = new java.util.ArrayList<>();
                for (var pc : new dev.tifa.app.PatternService(ws).contexts(pattern, selection.filterDefaultOfficial(), window, 0)) {
                    Context x = sentence ? dev.tifa.analysis.lists.KwicLines.sentence(pc.context()) : pc.context();
                    found.add(x);
                    slots.put(x, PatternTables.slotLabel(pc));   // cut here, so that the map keeps the line it shows
                }
            } else {
                found = new FormulationService(ws, matching.withTitle()).contexts(c, selection.filterDefaultOfficial(), matching.options(), window, 0);
                if (sentence) found = found.stream().map(dev.tifa.analysis.lists.KwicLines::sentence).toList();
            }
            List<Context> all = dev.tifa.analysis.lists.KwicLines.arrange(found, sort, false);
            List<Context> shown = all.stream()
                    .filter(x -> !nestedOnly || x.nestedIn() != null)
                    .filter(x -> !standaloneOnly || x.nestedIn() == null)
                    .limit(limit > 0 ? limit : Long.MAX_VALUE).toList();
            PrintWriter out = spec.commandLine().getOut();
            // documents counted on the cluster: no text here, but the job's recorded places in the original
            List<String> elsewhere = pattern != null || matching.withTitle() ? List.of()
                    : new dev.tifa.app.ExternalTexts(ws).passages(c, selection.filterDefaultOfficial());
            String elsewhereNote = new FormulationService(ws, matching.withTitle()).textsElsewhere(
                    pattern != null ? List.of() : List.of(c), selection.filterDefaultOfficial(), matching.options(), true);
            if (format.format() == OutputFormat.table) {
                lines(shown, slots, out);
                elsewhere.forEach(out::println);
                if (elsewhereNote != null) out.println(elsewhereNote);
                out.println(shown.size() + " of " + (total >= 0 ? total : all.size()) + " occurrences of "
                        + (pattern != null ? PatternOptions.note(pattern) : Notes.concepts(List.of(c)).substring(9)));
                out.println("Positions: character offsets in the cleaned text (original offsets in --format csv/json).");
                out.println(dev.tifa.app.WithTitle.describe(matching.withTitle()));
                out.flush();
                return 0;
            }
            if (pattern != null) {
                TableRenderer.render(patternTable(shown, slots, pattern), format.format(), out);
                return 0;
            }
            Table t = new Table("document", "position", "end", "original position", "original end", "left", "match", "right", "form", "nested in");
            for (Context x : shown) {
                t.row(x.documentKey(), x.start(), x.end(), x.originalStart(), x.originalEnd(), x.left(), x.match(), x.right(), x.form(), x.nestedIn());
            }
            elsewhere.forEach(t::note);
            if (elsewhereNote != null) t.note(elsewhereNote);
            TableRenderer.render(t, format.format(), out);
        }
        return 0;
    }

    /** Lines in text order, a page of them: the texts after the page need not be read for it. */
    private boolean firstPageOnly() {
        return limit > 0 && (sort == null || sort.equals("position")) && !nestedOnly;
    }

    /**
     * A pattern's first page, printed as soon as it is found (the candidates are read in date order and the walk
     * stops when the page is full); then, in a table, the exact number of occurrences, counted over every candidate.
     */
    private int firstPage(Workspace ws, dev.tifa.analysis.pattern.QueryPattern pattern, java.util.Map<Context, String> slots) {
        var service = new dev.tifa.app.PatternService(ws);
        var filter = selection.filterDefaultOfficial();
        List<Context> shown = new java.util.ArrayList<>();
        for (var pc : service.contexts(pattern, filter, window, limit)) {
            Context x = sentence ? dev.tifa.analysis.lists.KwicLines.sentence(pc.context()) : pc.context();
            shown.add(x);
            slots.put(x, PatternTables.slotLabel(pc));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.format() != OutputFormat.table) {
            TableRenderer.render(patternTable(shown, slots, pattern), format.format(), out);
            return 0;
        }
        lines(shown, slots, out);
        out.flush(); // the page is read before the rest is counted
        String of;
        if (shown.size() < limit) of = String.valueOf(shown.size());                // the walk reached the end: all are shown
        else if (noTotal) of = "at least " + shown.size() + " (not counted: --no-total)";
        else of = String.valueOf(service.total(pattern, filter));
        out.println(shown.size() + " of " + of + " occurrences of " + PatternOptions.note(pattern));
        out.println("Positions: character offsets in the cleaned text (original offsets in --format csv/json).");
        out.println(dev.tifa.app.WithTitle.describe(matching.withTitle()));
        out.flush();
        return 0;
    }

    private static Table patternTable(List<Context> shown, java.util.Map<Context, String> slots, dev.tifa.analysis.pattern.QueryPattern pattern) {
        Table t = new Table("document", "position", "end", "original position", "original end", "left", "match", "right", "slots");
        for (Context x : shown) {
            t.row(x.documentKey(), x.start(), x.end(), x.originalStart(), x.originalEnd(), x.left(), x.match(), x.right(), slots.get(x));
        }
        t.note(PatternOptions.note(pattern));
        return t;
    }

    private void lines(List<Context> shown, java.util.Map<Context, String> slots, PrintWriter out) {
        Ansi ansi = Ansi.AUTO;
        int keyWidth = shown.stream().mapToInt(x -> x.documentKey().length()).max().orElse(0);
        for (Context x : shown) {
            String where = String.format("%-" + keyWidth + "s @%-6d", x.documentKey(), x.start());
            String left = x.left().replace('\n', ' ');
            String pad = " ".repeat(Math.max(0, window * 2 - Cells.width(left)) / 2);
            String match = ansi.string("@|bold,red " + Cells.markupSafe(x.match()) + "|@");
            String nested = x.nestedIn() == null ? "" : ansi.string("  @|faint (in " + Cells.markupSafe(x.nestedIn()) + ")|@");
            String filled = slots.get(x);
            if (filled != null && !filled.isEmpty()) nested += ansi.string("  @|faint " + Cells.markupSafe(filled) + "|@");
            out.println(where + " " + pad + Cells.markupSafe(left) + "【" + match + "】" + Cells.markupSafe(x.right()) + nested);
        }
    }
}
