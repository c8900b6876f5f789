package dev.tifa.app;

import dev.tifa.SharedCorpora;
import dev.tifa.analysis.ladder.LadderStep;
import dev.tifa.analysis.structure.Heading;
import dev.tifa.analysis.structure.Outline;
import dev.tifa.ingest.ImportOptions;
import dev.tifa.model.Document;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import dev.tifa.store.DocumentFilter;
import dev.tifa.text.match.MatchOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The instruments on the real shared corpus (skipped, with a message, where it is absent): the questions of issue 10,
 * each checked against a method that does not use the instrument's own code.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InstrumentsRealCorpusTest {
    @TempDir
    static Path data;
    private Workspace ws;

    @BeforeAll
    void importCorpus() {
        Path corpora = SharedCorpora.locate();
        if (corpora == null) return;
        ws = Workspace.open(data);
        ImportService imports = new ImportService(ws);
        var report = imports.importPaths(SampleCorpus.parts(corpora), ImportOptions.none(), ImportService.OnError.ABORT, ImportService.Simplify.AUTO, item -> { });
        assertThat(report.problems()).isEmpty();
        // the 2026 report exists in Chinese only as the zh side of the aligned pairs
        var zh2026 = imports.importPaths(List.of(corpora.resolve("gwr-zh-en/2026_government_work_report_zh_en_pairs.tsv")),
                new ImportOptions(null, null, null, null, null, Map.of(ImportOptions.TSV_SIDE, "zh")),
                ImportService.OnError.ABORT, ImportService.Simplify.AUTO, item -> { });
        assertThat(zh2026.problems()).isEmpty();
    }

    @AfterAll
    void close() {
        if (ws != null) ws.close();
    }

    private static DocumentFilter zh(String series, Integer from) {
        return new DocumentFilter(null, List.of(series), List.of(Kind.OFFICIAL), Language.ZH, from, null, null);
    }

    @Test
    void persistWithoutWaveringInThePartyCongressReports() {
        SharedCorpora.require();
        var table = new PatternService(ws).count(dev.tifa.analysis.pattern.QueryPattern.compile("坚持…不动摇",
                dev.tifa.analysis.pattern.QueryPattern.Mode.PATTERN), zh("party-congress", null));
        int total = 0;
        for (var d : table.documents()) {
            int independent = scan(ws.store().document(d.counts().document().key()).orElseThrow().clean()); // a count keeps no texts
            assertThat(d.matches()).as(d.counts().document().key()).isEqualTo(independent);
            total += independent;
        }
        assertThat(total).isGreaterThan(10);
        assertThat(table.documents().stream().filter(d -> d.counts().document().key().equals("pc-20")).findFirst().orElseThrow().matches()).isPositive();
    }

    /** The phrase index narrows a pattern's passages to the documents holding its literal text: never one fewer. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"坚持…不动摇", "统筹{X}和{Y}", "加快(建设|构建|发展){X}", "(坚持|推进)改革", "以{X}为{Y}"})
    void patternPassagesThroughTheIndexEqualAFullScan(String source) {
        SharedCorpora.require();
        var pattern = dev.tifa.analysis.pattern.QueryPattern.compile(source, dev.tifa.analysis.pattern.QueryPattern.Mode.PATTERN);
        DocumentFilter all = new DocumentFilter(null, null, List.of(Kind.OFFICIAL), null, null, null, null);
        List<String> viaIndex = new PatternService(ws).contexts(pattern, all, 10, 0).stream()
                .map(c -> c.context().documentKey() + "@" + c.context().start() + c.slots()).toList();
        List<String> fullScan = new java.util.ArrayList<>();
        ws.store().forEachDocument(all, d -> pattern.match(d.clean()).forEach(h -> fullScan.add(d.key() + "@" + h.start() + h.slots())));
        assertThat(viaIndex).isNotEmpty().containsExactlyElementsOf(fullScan);
    }

    /** 坚持 … 不动摇 found by hand: the next 不动摇 within 20 characters of a 坚持, no sentence end between; no overlaps. */
    private static int scan(String t) {
        int n = 0, from = 0;
        while (true) {
            int i = t.indexOf("坚持", from);
            if (i < 0) return n;
            int end = -1;
            for (int g = 0; g <= 20 && i + 2 + g < t.length(); g++) {
                char c = t.charAt(i + 2 + g);
                if (t.startsWith("不动摇", i + 2 + g)) {
                    end = i + 2 + g + 3;
                    break;
                }
                if ("。！？；\n".indexOf(c) >= 0) break;
            }
            if (end < 0) {
                from = i + 1;
            } else {
                n++;
                from = end;
            }
        }
    }

    @Test
    void newQualityProductiveForcesCoolFrom2024To2025() {
        SharedCorpora.require();
        Query q = Query.of(ws, "新质生产力", Query.Mode.TERM, false, MatchOptions.defaults());
        var rows = new LadderService(ws).ladder(q, zh("gov-work-report", 2024));
        assertThat(rows).extracting(r -> r.document().meta().year()).containsExactly(2024, 2025, 2026);
        LadderStep s2024 = rows.get(0).step(), s2025 = rows.get(1).step();
        assertThat(s2024.modifiers()).containsKey("加快");
        assertThat(s2025.modifiers()).containsKey("因地制宜");
        assertThat(s2025.change()).isEqualTo("cooler");
        // evidence: every clause shown ends with the formulation and stands in the text
        for (var r : rows) {
            for (var g : r.step().occurrences()) {
                assertThat(g.clause()).endsWith("新质生产力");
                assertThat(r.document().clean()).contains(g.clause());
            }
        }
    }

    @Test
    void expandingDomesticDemandSince2015() {
        SharedCorpora.require();
        Query q = Query.of(ws, "扩大内需", Query.Mode.TERM, false, MatchOptions.defaults());
        var rows = new LadderService(ws).ladder(q, zh("gov-work-report", 2015));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
        for (var r : rows) {
            String t = r.document().clean();
            int n = 0;
            for (int i = t.indexOf("扩大内需"); i >= 0; i = t.indexOf("扩大内需", i + 1)) n++;
            assertThat(r.step().occurrences()).as(r.document().key()).hasSize(n);
        }
        assertThat(rows.stream().filter(r -> r.step().intensity() != null).count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void whereScienceAndTechnologySitsInEachWorkReportSince2018() {
        SharedCorpora.require();
        Query q = Query.of(ws, "科技", Query.Mode.TERM, true, MatchOptions.defaults());
        var result = new PositionService(ws).positions(q, zh("gov-work-report", 2018));
        assertThat(result.rows()).hasSizeGreaterThanOrEqualTo(7);
        for (var row : result.rows()) {
            Document d = row.document();
            var p = row.position();
            List<Heading> tasks = Outline.parse(d.clean()).tasks();
            assertThat(tasks.size()).as(d.key()).isBetween(5, 12);
            // independent: the first task whose text holds 科技
            int expected = 0;
            for (Heading h : tasks) {
                if (d.clean().substring(h.start(), h.end()).contains("科技")) {
                    expected = h.rank();
                    break;
                }
            }
            assertThat(p.priority()).as(d.key()).isEqualTo(expected).isPositive();
        }
        assertThat(result.moves()).isNotEmpty();
    }
}
