package dev.tifa.spark;

import dev.tifa.analysis.firsts.FirstAppearance;
import dev.tifa.analysis.firsts.Firsts;
import dev.tifa.app.ImportService;
import dev.tifa.app.Workspace;
import dev.tifa.cli.Tifa;
import dev.tifa.ingest.ImportOptions;
import dev.tifa.model.Document;
import dev.tifa.store.DocumentFilter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "identical numbers": the Spark job (local[2]) over the shared corpora against {@code tifa count --format
 * csv} over a store the app's import filled from the same files. Every row must agree; nothing is left out on either side.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SameCountsAsTheCommandLineTest {
    @TempDir
    static Path temp;
    private SparkSession spark;
    private List<Path> parts;
    private Summary summary;
    private Path out;

    @BeforeAll
    void runBoth() {
        Path corpora = LocalSpark.findSharedCorpora();
        if (corpora == null) return; // each test then counts as skipped, with the message

        parts = List.of(corpora.resolve("wikisource-zh"), corpora.resolve("third-plenum-zh"));
        spark = LocalSpark.start();
        out = temp.resolve("out");
        summary = new CountJob(spark).run(LocalSpark.settings(parts.stream().map(Path::toString).toList(), out));
        try (Workspace ws = Workspace.open(temp.resolve("data"))) {
            ImportService.Report report = new ImportService(ws).importPaths(parts, ImportOptions.none(),
                    ImportService.OnError.ABORT, ImportService.Simplify.AUTO, item -> { });
            assertThat(report.problems()).isEmpty();
        }
    }

    @org.junit.jupiter.api.BeforeEach
    void needsTheSharedCorpora() {
        org.junit.jupiter.api.Assumptions.assumeTrue(summary != null, LocalSpark::missingSharedCorpora);
    }

    @AfterAll
    void stop() {
        if (spark != null) spark.stop();
    }

    @Test
    void everyCountRowEqualsTheCommandLines() {
        List<Map<String, String>> cli = csv(tifa("count", "--format", "csv", "--layout", "long",
                "--kind", "official,resolution,commentary,preview"));
        Set<String> expected = cli.stream().map(r -> String.join("|", r.get("document"), r.get("concept"), r.get("count"),
                r.get("standalone"), r.get("size"), r.get("year"), r.get("lang"))).collect(Collectors.toCollection(TreeSet::new));

        Map<String, Row> docs = new HashMap<>();
        for (Row d : table("documents").collectAsList()) docs.put(d.getAs("doc_key"), d);
        Set<String> actual = new TreeSet<>();
        for (Row r : table("counts").groupBy("doc_key", "concept").agg(sum("total").as("total"), sum("standalone").as("standalone")).collectAsList()) {
            Row d = docs.get(r.<String>getAs("doc_key"));
            actual.add(String.join("|", r.getAs("doc_key"), r.getAs("concept"), r.getAs("total").toString(),
                    r.getAs("standalone").toString(), d.getAs("size").toString(), Objects.toString(d.getAs("year"), ""), d.getAs("language")));
        }
        assertThat(expected).hasSizeGreaterThan(1000); // the glossary over ~90 documents: a real comparison, not two empty sets
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void everyDocumentHasTheStoresKeyAndMetadata() {
        Set<String> stored = new TreeSet<>();
        try (Workspace ws = Workspace.open(temp.resolve("data"))) {
            for (Document d : ws.store().documents(DocumentFilter.all())) stored.add(describe(d.key(), d.meta().date(), d.meta().year(),
                    d.meta().series(), d.meta().kind().code(), d.meta().language().code(), d.size(), d.meta().title()));
        }
        Set<String> counted = new TreeSet<>();
        for (Row d : table("documents").collectAsList()) {
            counted.add(describe(d.getAs("doc_key"), d.getAs("date") == null ? null : d.<java.sql.Date>getAs("date").toLocalDate(),
                    d.getAs("year"), d.getAs("series"), d.getAs("kind"), d.getAs("language"), d.getAs("size"), d.getAs("title")));
        }
        assertThat(counted).containsExactlyElementsOf(stored);
        assertThat(summary.documentsCounted()).isEqualTo(stored.size());
        assertThat(summary.badRows()).isZero();
        assertThat(summary.rowsRead()).isEqualTo(summary.documentsRead() + summary.badRows());
    }

    @Test
    void firstAppearancesAreThoseOfTheCore() {
        Map<String, String> expected = new HashMap<>();
        try (Workspace ws = Workspace.open(temp.resolve("data"))) {
            for (FirstAppearance f : Firsts.defaults().of(ws.glossary().concepts(), ws.store().documents(DocumentFilter.all()))) {
                if (f.found()) expected.put(f.conceptId(), f.first().key() + " " + f.last().key() + " " + f.present());
            }
        }
        Map<String, String> actual = new HashMap<>();
        for (Row r : table("firsts").collectAsList()) {
            actual.put(r.getAs("concept"), r.getAs("first_doc_key") + " " + r.getAs("last_doc_key") + " " + r.getAs("documents_with"));
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void periodsAddUpToTheDocuments() {
        var periods = table("periods");
        // every concept row of a period group repeats the group's items and size: those of its documents
        var groups = periods.select("period", "series", "kind", "language", "items", "size").distinct();
        var fromDocuments = table("documents").filter(col("year").isNotNull())
                .groupBy(col("year").cast("string").as("period"), col("series"), col("kind"), col("language"))
                .agg(org.apache.spark.sql.functions.count("*").as("items"), sum("size").as("size"));
        assertThat(groups.count()).isPositive();
        assertThat(groups.exceptAll(fromDocuments).count()).isZero();
        // and each concept's occurrences per year are those of its documents of that year
        var byYear = table("counts").join(table("documents").select("doc_key", "year"), "doc_key").filter(col("year").isNotNull())
                .groupBy(col("year").cast("string").as("period"), col("concept")).agg(sum("total").as("total"));
        var fromPeriods = periods.groupBy("period", "concept").agg(sum("total").as("total"));
        assertThat(fromPeriods.count()).isPositive();
        assertThat(fromPeriods.exceptAll(byYear).count()).isZero();
        assertThat(byYear.exceptAll(fromPeriods).count()).isZero();
        // CSV holds the same rows as Parquet
        assertThat(spark.read().option("header", "true").csv(out.resolve("csv/counts").toString()).count())
                .isEqualTo(table("counts").count());
    }

    private org.apache.spark.sql.Dataset<Row> table(String name) {
        return spark.read().parquet(out.resolve("parquet").resolve(name).toString());
    }

    private static String describe(Object... parts) {
        return java.util.Arrays.stream(parts).map(p -> Objects.toString(p, "")).collect(Collectors.joining("|"));
    }

    private String tifa(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data");
        all.add(temp.resolve("data").toString());
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Tifa.run(all.toArray(String[]::new), new PrintWriter(o), new PrintWriter(e));
        assertThat(code).as(e.toString()).isZero();
        return o.toString();
    }

    /** RFC 4180, as the command line writes it: quoted cells may hold commas, quotes and line breaks. */
    static List<Map<String, String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') { cell.append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.append(c);
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        List<String> header = rows.get(0);
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < header.size(); i++) m.put(header.get(i), r.get(i));
            out.add(m);
        }
        return out;
    }
}
