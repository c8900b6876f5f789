package dev.tifa.cli;

import dev.tifa.analysis.TrendPoint;
import dev.tifa.app.DocumentReportService;
import dev.tifa.app.FormulationService;
import dev.tifa.app.ImportService;
import dev.tifa.app.SampleCorpus;
import dev.tifa.app.Workspace;
import dev.tifa.ingest.ImportOptions;
import dev.tifa.model.Concept;
import dev.tifa.model.Document;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import dev.tifa.store.DocumentFilter;
import dev.tifa.text.match.MatchOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Create the store, import the sample corpus (idempotent) and print a short report.")
public final class DemoCommand implements Callable<Integer> {
    @Mixin DataOption data;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path root = SampleCorpus.locate().orElseThrow(() -> new UserError(SampleCorpus.HOW_TO_GET));
        try (Workspace ws = data.open()) {
            long t0 = System.nanoTime();
            ImportService.Report r = new ImportService(ws).importPaths(SampleCorpus.parts(root), ImportOptions.none(),
                    ImportService.OnError.SKIP, ImportService.Simplify.AUTO, item -> { });
            out.printf("Imported the sample corpus from %s into %s: %d added, %d already stored, %d skipped (%.1f s).%n",
                    root, ws.dataDir(), r.added(), r.unchanged(), r.problems().size(), (System.nanoTime() - t0) / 1e9);
            r.problems().forEach(p -> out.println("  skipped " + p.describe()));
            summary(ws, out);
            FormulationService service = new FormulationService(ws);
            newest(ws, service, out);
            trend(ws, service, out, "security", "party-congress", null);
            trend(ws, service, out, "new-quality-productive-forces", "gov-work-report", 2015);
            trend(ws, service, out, "high-quality-development", "gov-work-report", 2015);
            out.println();
            out.println("Next: tifa docs | tifa count 新质生产力 --series gov-work-report | tifa kwic 对外开放 --docs gwr-2025 | tifa trend 安全 --series party-congress");
            out.flush();
        }
        return 0;
    }

    private static void summary(Workspace ws, PrintWriter out) {
        Map<String, Long> bySeries = ws.store().documents(DocumentFilter.all()).stream()
                .collect(Collectors.groupingBy(d -> dev.tifa.app.CorpusService.seriesOf(d) + " (" + d.meta().language().code() + ", " + d.meta().kind().code() + ")",
                        TreeMap::new, Collectors.counting()));
        out.println();
        out.println("Store: " + ws.store().count() + " documents, glossary: " + ws.glossary().size() + " concepts.");
        bySeries.forEach((s, n) -> out.printf("  %-45s %3d%n", s, n));
    }

    /** The top formulations of the newest official Chinese document, and its theme profile. */
    private static void newest(Workspace ws, FormulationService service, PrintWriter out) {
        DocumentFilter officialZh = new DocumentFilter(null, null, List.of(Kind.OFFICIAL), Language.ZH, null, null, null);
        List<Document> docs = service.documents(officialZh);
        if (docs.isEmpty()) return;
        Document newest = docs.get(docs.size() - 1);
        DocumentReportService.DocumentReport r = new DocumentReportService(ws).report(newest.key(), MatchOptions.defaults()).orElseThrow();
        out.println();
        out.println("Top formulations in the newest official document, " + newest.label() + ", " + r.counts().size() + " characters:");
        Table t = new Table("concept", "form", "count", "standalone", "per 10k");
        r.top().stream().limit(12).forEach(cc -> {
            Concept concept = ws.glossary().concept(cc.conceptId()).orElse(Concept.adHoc(cc.conceptId()));
            t.row(concept.id(), concept.label(), cc.total(), cc.standalone(), cc.rate());
        });
        TableRenderer.aligned(t, out);
        out.println("Themes: " + r.themes().shares().stream().filter(x -> x.hits() > 0).limit(6)
                .map(x -> String.format(java.util.Locale.ROOT, "%s %.0f%%", x.zh(), x.share() * 100))
                .collect(Collectors.joining(", ")) + " (share of standalone glossary occurrences).");
    }

    private static void trend(Workspace ws, FormulationService service, PrintWriter out, String conceptId, String series, Integer from) {
        Concept concept = ws.glossary().concept(conceptId).orElse(null);
        if (concept == null) return;
        DocumentFilter f = new DocumentFilter(null, List.of(series), List.of(Kind.OFFICIAL), Language.ZH, from, null, null);
        List<TrendPoint> points = service.trend(concept, f, MatchOptions.defaults());
        if (points.isEmpty()) return;
        out.println();
        out.println("Trend of " + concept.label() + " (" + conceptId + ") in " + series + (from == null ? "" : " since " + from) + ": count, per 10,000 characters:");
        double max = points.stream().mapToDouble(p -> p.count().rate()).max().orElse(1);
        for (TrendPoint p : points) {
            out.printf("  %-6s %-14s %4d %7.2f %s%n", p.document().meta().year(), p.document().key(), p.count().total(),
                    p.count().rate(), Cells.bar(p.count().rate(), max, 30));
        }
    }
}
