package dev.tifa.spark;

import dev.tifa.app.ImportService;
import dev.tifa.cli.Tifa;
import dev.tifa.ingest.ImportOptions;
import dev.tifa.app.Workspace;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 item 3: a Spark output loaded with {@code tifa import-counts} answers glossary counts, trends and firsts
 * exactly as a store that imported the same files; loading it twice changes nothing; an output counted with another
 * glossary is refused; an ad-hoc phrase says these documents' texts are elsewhere. The texts are invented for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackIntoTifaTest {
    @TempDir
    static Path temp;
    private SparkSession spark;
    private Path in;
    private Path out;

    @BeforeAll
    void countAndImport() throws IOException {
        in = Files.createDirectories(temp.resolve("in"));
        Files.writeString(in.resolve("a.jsonl"), String.join("\n",
                "{\"title\":\"关于发展新质生产力的意见\",\"date\":\"2024-03-05\",\"text\":\"要加快发展新质生产力。新质生产力是创新起主导作用的先进生产力，推动高质量发展。\"}",
                "{\"title\":\"标题里有逗号, 和\\\"引号\\\"\",\"date\":\"2023-11-20\",\"text\":\"全面深化改革，扎实推进共同富裕，推动高质量发展。\"}",
                "{\"title\":\"新闻一\",\"date\":\"2024-07-18\",\"kind\":\"news\",\"series\":\"xwlb\",\"num\":1,\"text\":\"会议强调，进一步全面深化改革，发展新质生产力。\"}",
                "{\"title\":\"新闻二\",\"date\":\"2024-07-18\",\"kind\":\"news\",\"series\":\"xwlb\",\"num\":2,\"text\":\"各地扎实推进共同富裕。\"}",
                "{\"title\":\"没有年份的文件\",\"text\":\"没有提到任何提法的一段话。\"}",
                "{\"title\":\"English item\",\"date\":\"2025-01-02\",\"lang\":\"en\",\"text\":\"We will develop new quality productive forces and pursue high-quality development.\"}")
                + "\n");
        spark = LocalSpark.start();
        out = temp.resolve("out");
        JobSettings s = LocalSpark.settings(List.of(in.toString()), out);
        new CountJob(spark).run(new JobSettings(s.inputs(), s.output(), null, null, null, s.simplify(), false, null, null, null,
                Map.of(), Map.of(), Period.MONTH, List.of("csv"), true, false, Map.of()));
        try (Workspace ws = Workspace.open(temp.resolve("imported"))) {
            ImportService.Report report = new ImportService(ws).importPaths(List.of(in), ImportOptions.none(),
                    ImportService.OnError.ABORT, ImportService.Simplify.AUTO, item -> { });
            assertThat(report.problems()).isEmpty();
        }
        Result load = tifa("loaded", "import-counts", out.toString());
        assertThat(load.code).as(load.err).isZero();
        assertThat(load.out).contains("6 documents", "6 stored");
    }

    @AfterAll
    void stop() {
        if (spark != null) spark.stop();
    }

    @Test
    void glossaryCountsTrendsAndFirstsEqualAnImportOfTheSameFiles() {
        List<String[]> questions = List.of(
                new String[]{"count", "--glossary", "--format", "csv", "--layout", "long", "--kind", "official,news"},
                new String[]{"count", "new-quality-productive-forces", "common-prosperity", "--format", "csv", "--kind", "official,news"},
                new String[]{"trend", "new-quality-productive-forces", "--by", "month", "--format", "csv", "--kind", "official,news"},
                new String[]{"trend", "common-prosperity", "--by", "year", "--format", "csv"},
                new String[]{"firsts", "--format", "csv"},
                new String[]{"compare", "--around", "2024-07-18", "--days", "400", "--format", "csv"},
                new String[]{"docs", "--format", "csv"});
        for (String[] q : questions) {
            Result imported = tifa("imported", q);
            Result loaded = tifa("loaded", q);
            assertThat(imported.code).as(String.join(" ", q) + ": " + imported.err).isZero();
            assertThat(loaded.out).as(String.join(" ", q)).isEqualTo(imported.out);
        }
        assertThat(tifa("loaded", "count", "--glossary", "--format", "csv", "--layout", "long").out).contains("new-quality-productive-forces");
    }

    @Test
    void loadingTheSameOutputAgainChangesNothing() {
        String before = tifa("loaded", "count", "--glossary", "--format", "csv", "--layout", "long", "--kind", "official,news").out;
        Result again = tifa("loaded", "import-counts", out.toString());
        assertThat(again.code).as(again.err).isZero();
        assertThat(again.out).contains("0 stored", "6 already stored");
        assertThat(tifa("loaded", "count", "--glossary", "--format", "csv", "--layout", "long", "--kind", "official,news").out).isEqualTo(before);
    }

    @Test
    void anOutputCountedWithAnotherGlossaryIsRefused() {
        Result add = tifa("other", "glossary", "add", "test-only-concept", "--zh", "先进生产力", "--theme", "economy", "--note", "test");
        assertThat(add.code).as(add.err).isZero();
        Result load = tifa("other", "import-counts", out.toString());
        assertThat(load.code).isNotZero();
        assertThat(load.err).contains("different glossary", "test-only-concept").doesNotContain("Exception");
        assertThat(tifa("other", "docs", "--format", "csv").out.lines().count()).isLessThanOrEqualTo(1);
    }

    @Test
    void anAdHocPhraseSaysTheTextsAreOnTheCluster() {
        Result phrase = tifa("loaded", "count", "先进生产力", "--phrase", "--kind", "official,news");
        assertThat(phrase.code).isNotZero(); // every selected text is on the cluster: nothing here to count, and it says why
        assertThat(phrase.err).contains("counted on the cluster", "texts are not in the store", "a.jsonl:");
        Result trend = tifa("loaded", "trend", "先进生产力", "--phrase", "--by", "year");
        assertThat(trend.out).contains("counted on the cluster", "these terms are not counted in them");
        Result kwic = tifa("loaded", "kwic", "new-quality-productive-forces", "--kind", "official,news");
        assertThat(kwic.out).as(kwic.err).contains("新质生产力 at ", "a.jsonl:1, characters 5–10 of the original text");
        Result compare = tifa("loaded", "compare", firstKey(), firstKey());
        assertThat(compare.err).contains("was counted on the cluster", "a.jsonl:");
        Result verify = tifa("loaded", "verify");
        assertThat(verify.out).contains("6 documents counted on the cluster");
    }

    private String firstKey() {
        return tifa("loaded", "docs", "--format", "csv").out.lines().skip(1).findFirst().orElseThrow().split(",")[0];
    }

    private record Result(int code, String out, String err) {
    }

    private Result tifa(String store, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data");
        all.add(temp.resolve(store).toString());
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Tifa.run(all.toArray(String[]::new), new PrintWriter(o), new PrintWriter(e));
        return new Result(code, o.toString(), e.toString());
    }
}
