package dev.tifa.cli;

import dev.tifa.analysis.time.Period;
import dev.tifa.analysis.time.PeriodPoint;
import dev.tifa.analysis.time.SeriesGaps;
import dev.tifa.app.TermResolver;
import dev.tifa.app.TrendService;
import dev.tifa.app.TrendService.DocumentPoint;
import dev.tifa.app.Workspace;
import dev.tifa.model.Concept;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import dev.tifa.store.DocumentFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "trend", mixinStandardHelpOptions = true,
        description = {"Terms over time, with a bar chart of their rate per 10,000: a point per document (reports) or per "
                + "period (--by day|week|month|quarter|year; the default for news is month).",
                "Several terms give one long table. Chinese and English rows are separate series: their rates are per "
                        + "10,000 characters and per 10,000 words, never one scale. Periods without documents, years an annual "
                        + "series lacks and stub documents are marked, not drawn as zero."})
public final class TrendCommand implements Callable<Integer> {
    private static final int BAR = 30;

    @Mixin DataOption data;
    @Mixin SelectionOptions selection;
    @Mixin MatchingOptions matching;
    @Mixin FormatOption format;
    @Mixin PatternOptions patterns;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "TERM", arity = "1..*", description = "Concept ids, glossary forms or phrases.")
    List<String> terms;

    @Option(names = "--by", paramLabel = "UNIT", description = "document, day, week, month, quarter or year (default: month for news, document otherwise).")
    String by;

    @Option(names = "--raw", description = "Draw bars for raw counts instead of rates.")
    boolean raw;

    @Override
    public Integer call() {
        try (Workspace ws = data.open()) {
            if (patterns.active()) {
                patternTrend(ws);
                return 0;
            }
            ws.onNotice(spec.commandLine().getErr()::println);
            List<Concept> concepts = new TermResolver(ws.glossary()).resolveAll(terms, matching.phrase());
            DocumentFilter filter = selection.filterDefaultOfficial();
            TrendService service = new TrendService(ws);
            if (ws.store().count(filter) == 0) throw new UserError("no documents match the selection (see `tifa docs`)");
            boolean chart = format.format() == OutputFormat.table;
            List<String> columns = new ArrayList<>(List.of("term", "lang", "period", "document", "count", "standalone",
                    "per 10k", "items with", "items", "lead share", "note"));
            if (chart) columns.add("chart");
            Table t = new Table(columns);
            Period period = period(by, service, filter);
            if (period == null) perDocument(t, service.byDocument(concepts, filter, matching.options()), concepts, chart);
            else perPeriod(t, service.byPeriod(concepts, filter, matching.options(), period), concepts, chart);
            t.note(Notes.concepts(concepts));
            t.note(Notes.rules(matching.options()));
            String elsewhere = new dev.tifa.app.FormulationService(ws).textsElsewhere(concepts, filter, matching.options(), false);
            if (elsewhere != null) t.note(elsewhere);
            TableRenderer.render(t, format.format(), spec.commandLine().getOut());
        }
        return 0;
    }

    /**
     * A pattern's trend (patterns are matched on the texts, they have no stored tallies): a point per period for news
     * or with --by, else a point per document.
     */
    private void patternTrend(Workspace ws) {
        if (terms.size() != 1) throw new UserError("--pattern/--regex takes one pattern (quote it)");
        var pattern = patterns.compile(terms.get(0));
        DocumentFilter filter = selection.filterDefaultOfficial();
        if (ws.store().count(filter) == 0) throw new UserError("no documents match the selection (see `tifa docs`)");
        var service = new dev.tifa.app.PatternService(ws);
        Period period = period(by, new TrendService(ws), filter);
        if (period != null) {
            boolean chart = format.format() == OutputFormat.table;
            List<String> columns = new ArrayList<>(List.of("term", "lang", "period", "document", "count", "standalone",
                    "per 10k", "items with", "items", "lead share", "note"));
            if (chart) columns.add("chart");
            Table t = new Table(columns);
            perPeriod(t, service.trend(pattern, filter, period), List.of(), chart);
            t.note(PatternOptions.note(pattern));
            TableRenderer.render(t, format.format(), spec.commandLine().getOut());
            return;
        }
        var table = service.count(pattern, filter);
        List<dev.tifa.analysis.TrendPoint> points = dev.tifa.analysis.Trend.of(pattern.label(), table.counts());
        double max = points.stream().mapToDouble(p -> value(p.count().total(), p.count().rate())).max().orElse(0);
        boolean chart = format.format() == OutputFormat.table; // bars are for reading, not for CSV/JSON
        Table t = chart ? new Table("year", "document", "lang", "count", "standalone", "per 10k", "chart")
                : new Table("year", "document", "lang", "count", "standalone", "per 10k");
        for (var p : points) {
            List<Object> row = new ArrayList<>(java.util.Arrays.asList(p.document().meta().year(), p.document().key(),
                    p.document().meta().language().code(), p.count().total(), p.count().standalone(), p.count().rate()));
            if (chart) row.add(Cells.bar(value(p.count().total(), p.count().rate()), max, BAR));
            t.row(row);
        }
        int total = points.stream().mapToInt(p -> p.count().total()).sum();
        long present = points.stream().filter(p -> p.count().total() > 0).count();
        t.note(total + " occurrences in " + present + " of " + table.selected() + " documents" + (table.mentionsOnly()
                ? " (news: only the items with a match are listed; --by month draws them per period)" : "") + ". Bars: "
                + (raw ? "count" : "rate per 10k") + ".");
        t.note(PatternOptions.note(pattern));
        String src = Notes.sources(points.stream().map(dev.tifa.analysis.TrendPoint::document).toList());
        if (src != null) t.note(src);
        TableRenderer.render(t, format.format(), spec.commandLine().getOut());
    }

    /** The period asked for, or the default: months for a selection of news only; null for a point per document. */
    private static Period period(String by, TrendService service, DocumentFilter filter) {
        if (by == null) return service.newsOnly(filter) ? Period.MONTH : null;
        if (by.equalsIgnoreCase("document")) return null;
        try {
            return Period.parse(by);
        } catch (IllegalArgumentException e) {
            throw new UserError("--by: " + e.getMessage().replace("(expected ", "(expected document, "));
        }
    }

    private void perPeriod(Table t, List<PeriodPoint> points, List<Concept> concepts, boolean chart) {
        Map<String, Double> max = new TreeMap<>();
        for (PeriodPoint p : points) max.merge(p.conceptId() + p.language(), value(p.total(), p.rate()), Math::max);
        for (PeriodPoint p : points) {
            String note = p.gap() != null ? p.gap() : null;
            List<Object> row = new ArrayList<>(List.of(label(concepts, p.conceptId(), p.language()), p.language().code(), p.period()));
            row.add(null);
            if (p.isGap()) {
                row.addAll(java.util.Arrays.asList(null, null, null, null, p.items(), null, note));
            } else {
                row.addAll(java.util.Arrays.asList(p.total(), p.standalone(), p.rate(), p.itemsWith(), p.items(), p.leadShare(), note));
            }
            if (chart) row.add(p.isGap() ? "·" : Cells.bar(value(p.total(), p.rate()), max.get(p.conceptId() + p.language()), BAR));
            t.row(row);
        }
        Map<String, int[]> sums = new TreeMap<>();
        for (PeriodPoint p : points) {
            int[] s = sums.computeIfAbsent(p.conceptId() + " (" + p.language().code() + ", " + p.unit() + ")", k -> new int[3]);
            s[0] += p.total();
            s[1] += p.itemsWith();
            s[2] += p.items();
        }
        sums.forEach((k, s) -> t.note(k + ": " + s[0] + " occurrences in " + s[1] + " of " + s[2] + " items."));
        t.note("per 10k: occurrences per 10,000 characters (zh) or words (en) of all text in the period; items with: items that "
                + "mention it; lead share: share of occurrences in lead items (running order 1). Bars: " + (raw ? "count" : "rate") + ".");
    }

    private void perDocument(Table t, List<DocumentPoint> points, List<Concept> concepts, boolean chart) {
        Map<String, Double> max = new TreeMap<>();
        for (DocumentPoint p : points) {
            if (!p.stub()) max.merge(p.conceptId() + p.document().meta().language(), value(p.total(), p.rate()), Math::max);
        }
        for (DocumentPoint p : points) { // a block of stubs only still gets a scale
            max.merge(p.conceptId() + p.document().meta().language(), value(p.total(), p.rate()), (a, b) -> a > 0 ? a : b);
        }
        Map<String, List<DocumentPoint>> blocks = points.stream().collect(Collectors.groupingBy(
                p -> p.conceptId() + "\u0000" + p.document().meta().language().code(), java.util.LinkedHashMap::new, Collectors.toList()));
        for (List<DocumentPoint> block : blocks.values()) {
            Language lang = block.get(0).document().meta().language();
            String id = block.get(0).conceptId();
            List<Integer> missing = missingYears(block);
            int mi = 0;
            for (DocumentPoint p : block) {
                Integer year = p.document().meta().year();
                while (mi < missing.size() && year != null && missing.get(mi) < year) {
                    emptyRow(t, label(concepts, id, lang), lang, missing.get(mi++), chart);
                }
                var m = p.document().meta();
                String period = m.date() != null ? m.date().toString() : m.year() == null ? null : m.year().toString();
                String note = p.stub() ? "stub (" + p.document().size() + (lang == Language.ZH ? " characters)" : " words)") : null;
                List<Object> row = new ArrayList<>(java.util.Arrays.asList(label(concepts, id, lang), lang.code(), period, p.document().key(),
                        p.total(), p.standalone(), p.rate(), p.total() > 0 ? 1 : 0, 1, null, note));
                double scale = max.getOrDefault(id + lang, 0.0);
                if (chart) row.add(p.stub() && p.total() == 0 ? "·" : Cells.bar(Math.min(value(p.total(), p.rate()), scale), scale, BAR));
                t.row(row);
            }
            int total = block.stream().mapToInt(DocumentPoint::total).sum();
            long with = block.stream().filter(p -> p.total() > 0).count();
            t.note(id + " (" + lang.code() + ", " + TrendService.unit(lang) + "): " + total + " occurrences in " + with + " of "
                    + block.size() + " documents" + (missing.isEmpty() ? "" : "; no document for " + missing.size() + " year(s) of this annual series (marked missing)") + ".");
        }
        t.note("A translation is its own row in its language's block: totals never add a text to its translation. Bars: "
                + (raw ? "count" : "rate per 10k") + "; a stub (a report under " + dev.tifa.analysis.time.PeriodTrend.STUB + " characters or words) is marked, and drawn only where it has a mention.");
    }

    private static void emptyRow(Table t, String term, Language lang, int year, boolean chart) {
        List<Object> row = new ArrayList<>(java.util.Arrays.asList(term, lang.code(), Integer.toString(year), null, null, null, null, null, 0, null,
                "missing: no document this year"));
        if (chart) row.add("·");
        t.row(row);
    }

    /** Years an annual series lacks, for a block of one series only (reports of several series are not one line). */
    private static List<Integer> missingYears(List<DocumentPoint> block) {
        long series = block.stream().map(p -> String.valueOf(p.document().meta().series())).distinct().count();
        if (series != 1 || block.stream().anyMatch(p -> p.document().meta().kind() == Kind.NEWS)) return List.of();
        return SeriesGaps.missingYears(block.stream().map(p -> p.document().meta().year()).toList());
    }

    private double value(int count, double rate) {
        return raw ? count : rate;
    }

    /** The term in the language of its rows: 对外开放 for Chinese rows, "opening up" for English ones. */
    private static String label(List<Concept> concepts, String id, Language lang) {
        Concept c = concepts.stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
        if (c == null) return id;
        List<String> forms = c.forms(lang);
        return forms.isEmpty() ? c.label() : forms.get(0);
    }
}
