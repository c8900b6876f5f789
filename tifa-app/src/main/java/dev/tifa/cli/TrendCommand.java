package dev.tifa.cli;

import dev.tifa.analysis.TrendPoint;
import dev.tifa.app.FormulationService;
import dev.tifa.app.TermResolver;
import dev.tifa.app.Workspace;
import dev.tifa.model.Concept;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "trend", mixinStandardHelpOptions = true,
        description = "A term across the documents of a series in date order, with a bar chart of its rate per 10,000.")
public final class TrendCommand implements Callable<Integer> {
    private static final int BAR = 30;

    @Mixin DataOption data;
    @Mixin SelectionOptions selection;
    @Mixin MatchingOptions matching;
    @Mixin FormatOption format;
    @Mixin PatternOptions patterns;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "TERM", description = "Concept id, glossary form or phrase.")
    String term;

    @Option(names = "--raw", description = "Draw bars for raw counts instead of rates.")
    boolean raw;

    @Override
    public Integer call() {
        try (Workspace ws = data.open()) {
            var pattern = patterns.active() ? patterns.compile(term) : null;
            Concept c = pattern != null ? null : new TermResolver(ws.glossary()).resolve(term, matching.phrase());
            List<TrendPoint> points = pattern != null ? new dev.tifa.app.PatternService(ws).trend(pattern, selection.filterDefaultOfficial())
                    : new FormulationService(ws).trend(c, selection.filterDefaultOfficial(), matching.options());
            if (points.isEmpty()) throw new UserError("no documents match the selection (see `tifa docs`)");
            double max = points.stream().mapToDouble(p -> raw ? p.count().total() : p.count().rate()).max().orElse(0);
            boolean chart = format.format() == OutputFormat.table; // bars are for reading, not for CSV/JSON
            Table t = chart ? new Table("year", "document", "lang", "count", "standalone", "per 10k", "chart")
                    : new Table("year", "document", "lang", "count", "standalone", "per 10k");
            for (TrendPoint p : points) {
                double v = raw ? p.count().total() : p.count().rate();
                List<Object> row = new java.util.ArrayList<>(java.util.Arrays.asList(p.document().meta().year(),
                        p.document().key(), p.document().meta().language().code(), p.count().total(), p.count().standalone(), p.count().rate()));
                if (chart) row.add(Cells.bar(v, max, BAR));
                t.row(row);
            }
            int total = points.stream().mapToInt(p -> p.count().total()).sum();
            long present = points.stream().filter(p -> p.count().total() > 0).count();
            t.note(total + " occurrences in " + present + " of " + points.size() + " documents. Bars: " + (raw ? "count" : "rate per 10k") + ".");
            if (pattern != null) t.note(PatternOptions.note(pattern));
            else t.note(Notes.concepts(List.of(c)));
            if (pattern == null) t.note(Notes.rules(matching.options()));
            String src = Notes.sources(points.stream().map(TrendPoint::document).toList());
            if (src != null) t.note(src);
            TableRenderer.render(t, format.format(), spec.commandLine().getOut());
        }
        return 0;
    }
}
