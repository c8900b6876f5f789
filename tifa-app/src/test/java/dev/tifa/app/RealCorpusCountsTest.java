package dev.tifa.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tifa.SharedCorpora;
import dev.tifa.analysis.DocumentCounts;
import dev.tifa.analysis.TrendPoint;
import dev.tifa.ingest.ImportOptions;
import dev.tifa.model.Concept;
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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports the real shared corpus and checks Tifa's counts against an independent method: plain {@code indexOf}
 * over the raw JSONL content with only the licence footer cut and line breaks removed (no Tifa code involved),
 * and a regex over the English column of the aligned TSV.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealCorpusCountsTest {
    @TempDir
    static Path data;
    private Path corpora;
    private Workspace ws;

    @BeforeAll
    void importCorpus() {
        corpora = SharedCorpora.locate();
        if (corpora == null) return;
        ws = Workspace.open(data);
        var report = new ImportService(ws).importPaths(dev.tifa.app.SampleCorpus.parts(corpora), ImportOptions.none(),
                ImportService.OnError.ABORT, ImportService.Simplify.AUTO, item -> { });
        assertThat(report.problems()).isEmpty();
    }

    @AfterAll
    void close() {
        if (ws != null) ws.close();
    }

    @Test
    void importsEveryRecordOfTheSharedCorpus() {
        SharedCorpora.require();
        assertThat(ws.store().count()).isEqualTo(72 + 16 + 5 + 3);
        assertThat(ws.store().documents(new DocumentFilter(null, List.of("gov-work-report"), List.of(Kind.RESOLUTION), null, null, null, null))).hasSize(20);
    }

    @Test
    void securityInPartyCongressReportsMatchesAnIndependentCount() throws IOException {
        SharedCorpora.require();
        Map<String, String> raw = rawByTitle(corpora.resolve("wikisource-zh/cpc_congress_reports.jsonl"));
        List<TrendPoint> trend = new FormulationService(ws).trend(Concept.adHoc("安全"),
                new DocumentFilter(null, List.of("party-congress"), List.of(Kind.OFFICIAL), Language.ZH, null, null, null), MatchOptions.defaults());
        assertThat(trend).hasSize(16);
        for (TrendPoint p : trend) {
            String text = raw.get(p.document().meta().title());
            assertThat(p.count().total()).as(p.document().label()).isEqualTo(occurrences(text, "安全"));
        }
        // the numbers a published analysis quotes ("'security' appears 91 times, up from 55"), checked the same way
        assertThat(trend.get(trend.size() - 1).document().key()).isEqualTo("pc-20");
        assertThat(trend.get(trend.size() - 1).count().total()).isEqualTo(occurrences(raw.get(trend.get(15).document().meta().title()), "安全"));
    }

    @Test
    void glossaryCountsOfTheNewestReportsMatchAnIndependentCount() throws IOException {
        SharedCorpora.require();
        Map<String, String> raw = rawWorkReports();
        List<String> forms = List.of("新质生产力", "高质量发展", "扩大内需", "全国统一大市场", "对外开放", "改革开放", "数字经济", "人工智能");
        for (String year : List.of("2023", "2024", "2025")) {
            Document doc = ws.store().document("gwr-" + year).orElseThrow();
            for (String form : forms) {
                var t = new FormulationService(ws).count(List.of(Concept.adHoc(form)),
                        new DocumentFilter(List.of(doc.key()), null, null, null, null, null, null), MatchOptions.defaults());
                DocumentCounts c = t.documents().get(0);
                assertThat(c.count(form).total()).as(year + " " + form).isEqualTo(occurrences(raw.get(year), form));
            }
        }
    }

    @Test
    void aFormInsideItsConceptsExceptionsIsNotCountedAsAnIndependentCountSays() throws IOException {
        SharedCorpora.require();
        Map<String, String> raw = rawByTitle(corpora.resolve("wikisource-zh/cpc_congress_reports.jsonl"));
        DocumentFilter congress = new DocumentFilter(null, List.of("party-congress"), List.of(Kind.OFFICIAL), Language.ZH, null, null, null);
        int inside = 0;
        for (String id : List.of("peoples-wellbeing", "state-owned-enterprises", "stabilizing-growth")) {
            Concept c = ws.glossary().concept(id).orElseThrow();
            List<TrendPoint> trend = new FormulationService(ws).trend(c, congress, MatchOptions.defaults());
            for (TrendPoint p : trend) {
                String text = raw.get(p.document().meta().title());
                int expected = 0;
                for (String form : c.zh()) {
                    var excepted = positionsInside(text, form, c.except());
                    expected += occurrences(text, form) - excepted;
                    inside += excepted;
                }
                // 国有企业 and 国企 never overlap, so the forms add up
                assertThat(p.count().total()).as(id + " in " + p.document().label()).isEqualTo(expected);
            }
        }
        assertThat(inside).as("the reports do hold such places (人民生活 …)").isPositive();
    }

    @Test
    void englishTranslationCountsMatchARegexOverTheTsv() throws IOException {
        SharedCorpora.require();
        String en = tsvEnglish(corpora.resolve("gwr-zh-en/2024_government_work_report_zh_en_pairs.tsv"));
        Document doc = ws.store().document("gwr-2024-en").orElseThrow();
        assertThat(doc.meta().attributes()).containsEntry("translation", "Xinhua (official)");
        Map<String, String> regexes = Map.of(
                "opening up", "(?i)(?<![a-z0-9])opening[ -]+up(?![a-z0-9])",
                "new quality productive forces", "(?i)(?<![a-z0-9])new[ -]+quality[ -]+productive[ -]+forces(?![a-z0-9])",
                "domestic demand", "(?i)(?<![a-z0-9])domestic[ -]+demands?(?![a-z0-9])");
        for (var e : regexes.entrySet()) {
            var t = new FormulationService(ws).count(List.of(Concept.adHoc(e.getKey())),
                    new DocumentFilter(List.of(doc.key()), null, null, null, null, null, null), MatchOptions.defaults());
            Matcher m = Pattern.compile(e.getValue()).matcher(en);
            int expected = 0;
            while (m.find()) expected++;
            assertThat(t.documents().get(0).count(e.getKey()).total()).as(e.getKey()).isEqualTo(expected).isPositive();
        }
    }

    // --- the independent method: no Tifa code below this line ---

    /** How many places of {@code form} lie inside an occurrence of one of {@code words}. */
    private static int positionsInside(String text, String form, List<String> words) {
        java.util.Set<Integer> at = new java.util.HashSet<>();
        for (String w : words) {
            int offset = w.indexOf(form);
            while (offset >= 0) {
                for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) at.add(i + offset);
                offset = w.indexOf(form, offset + 1);
            }
        }
        return at.size();
    }

    private static Map<String, String> rawByTitle(Path jsonl) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (JsonNode n : jsonl(jsonl)) out.put(n.get("title").asText(), strip(n.get("content").asText()));
        return out;
    }

    private Map<String, String> rawWorkReports() throws IOException {
        Map<String, String> out = new HashMap<>();
        for (JsonNode n : jsonl(corpora.resolve("wikisource-zh/government_work_reports.jsonl"))) {
            if (!n.get("year").isNull()) out.put(n.get("year").asText(), strip(n.get("content").asText()));
        }
        return out;
    }

    private static List<JsonNode> jsonl(Path p) throws IOException {
        ObjectMapper m = new ObjectMapper();
        return Files.readAllLines(p).stream().filter(l -> !l.isBlank()).map(l -> {
            try {
                return m.readTree(l);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Cut the licence footer, join the lines: what a careful analyst would do by hand. */
    private static String strip(String content) {
        int footer = content.lastIndexOf("本作品");
        String body = footer >= 0 && footer > content.length() - 4000 ? content.substring(0, footer) : content;
        return body.replace("\n", "").replace("\u200b", "").replace("\u3000", "").replace(" ", "");
    }

    private static int occurrences(String text, String term) {
        if (text == null) return 0;
        int n = 0;
        for (int i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) n++;
        return n;
    }

    private static String tsvEnglish(Path p) throws IOException {
        StringBuilder b = new StringBuilder();
        List<String> lines = Files.readAllLines(p);
        for (String l : lines.subList(1, lines.size())) {
            String[] cols = l.split("\t", -1);
            if (cols.length == 4) b.append(cols[3]).append("\n\n");
        }
        return b.toString();
    }
}
