package dev.tifa.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad input in every form the issue names — a corrupt JSON line, a missing field, a file that is not UTF-8 — plus a
 * truncated archive and an unsupported file: each is counted in the summary with its file, and the good rows around
 * them are counted. The texts are invented for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RobustnessTest {
    @TempDir
    static Path temp;
    private SparkSession spark;
    private Summary summary;
    private Path in;
    private Path out;

    @BeforeAll
    void run() throws IOException {
        spark = LocalSpark.start();
        in = Files.createDirectories(temp.resolve("in"));
        String good = "{\"title\":\"关于发展新质生产力的意见\",\"date\":\"2024-03-05\",\"text\":\"\\u200b\\u200b要加快发展新质生产力。新质生产力是创新起主导作用的先进生产力。\"}";
        String twice = "{\"title\":\"重复的稿件\",\"date\":\"2024-03-06\",\"text\":\"扎实推进共同富裕。\"}";
        Files.writeString(in.resolve("a.jsonl"), String.join("\n",
                good,
                "{\"title\":\"断了的记录\",\"text\":\"写到一半",   // corrupt: cut off
                "",                                                   // blank: skipped, like the import
                "{\"title\":\"没有正文\",\"date\":\"2024-03-07\"}", // missing field
                twice, twice.replace("重复的稿件", "同一正文再播")) + "\n");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(in.resolve("b.jsonl.gz")))) {
            o.write(("{\"title\":\"English item\",\"date\":\"2025-01-02\",\"lang\":\"en\",\"text\":\"We will develop new quality productive forces.\"}\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        byte[] gz = Files.readAllBytes(in.resolve("b.jsonl.gz"));
        Files.write(in.resolve("c-truncated.jsonl.gz"), java.util.Arrays.copyOf(gz, gz.length / 2));
        Files.writeString(in.resolve("2024-07-18_communique_test.txt"), "测试公报\n\n会议强调，全面深化改革，发展新质生产力。\n");
        Files.write(in.resolve("latin1.txt"), "caf\u00e9 au lait, new quality productive forces".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("notes.pdf"), "not really a pdf");
        Files.writeString(in.resolve(".hidden.jsonl"), "not read at all");

        StructType schema = new StructType().add("headline", DataTypes.StringType).add("body", DataTypes.StringType)
                .add("day", DataTypes.DateType);
        spark.createDataFrame(List.of(
                        RowFactory.create("列式存储的稿件", "推动新质生产力加快发展。", java.sql.Date.valueOf("2024-05-01")),
                        RowFactory.create("没有正文的行", null, java.sql.Date.valueOf("2024-05-02"))), schema)
                .coalesce(1).write().parquet(in.resolve("d.parquet").toString());

        out = temp.resolve("out");
        JobSettings s = LocalSpark.settings(List.of(in.toString()), out);
        s = new JobSettings(s.inputs(), s.output(), null, null, null, s.simplify(), false, null, null, null, Map.of(),
                Map.of("title", "headline", "text", "body", "date", "day"), Period.MONTH, s.formats(), true, false, Map.of());
        summary = new CountJob(spark).run(s);
    }

    @AfterAll
    void stop() {
        if (spark != null) spark.stop();
    }

    @Test
    void badRowsAreCountedByReasonAndFileNeverDropped() {
        Map<String, Long> byReason = summary.byReason();
        assertThat(byReason).containsEntry(Problems.CORRUPT_JSON, 1L)
                .containsEntry(Problems.MISSING_FIELD, 2L) // the JSONL line without text, the Parquet row without body
                .containsEntry(Problems.NOT_UTF8, 1L)
                .containsEntry(Problems.UNREADABLE, 1L)
                .containsEntry(Problems.UNSUPPORTED, 1L);
        assertThat(summary.problems()).anySatisfy(b -> {
            assertThat(b.reason()).isEqualTo(Problems.NOT_UTF8);
            assertThat(b.file()).endsWith("latin1.txt");
        });
        assertThat(summary.problems()).anySatisfy(b -> {
            assertThat(b.reason()).isEqualTo(Problems.CORRUPT_JSON);
            assertThat(b.file()).endsWith("a.jsonl");
            assertThat(b.example()).contains("line 2");
        });
        assertThat(summary.problems()).anySatisfy(b -> assertThat(b.file()).endsWith("c-truncated.jsonl.gz"));
        assertThat(summary.badRows()).isEqualTo(6);
        assertThat(summary.rowsRead()).isEqualTo(summary.documentsRead() + summary.badRows());
        assertThat(spark.read().parquet(out.resolve("parquet/problems").toString()).count()).isEqualTo(6);
        assertThat(summary.json()).contains("\"bad_rows_by_reason\"").contains("latin1.txt");
    }

    @Test
    void goodRowsAroundThemAreCountedAndARepeatedTextOnce() {
        // a.jsonl: 2 distinct texts (+1 repeat), b.jsonl.gz: 1, the plain text file: 1, the Parquet row with a body: 1
        assertThat(summary.documentsCounted()).isEqualTo(5);
        assertThat(summary.duplicates()).isEqualTo(1);
        Dataset<Row> counts = spark.read().parquet(out.resolve("parquet/counts").toString());
        assertThat(total(counts, "new-quality-productive-forces", "关于发展新质生产力的意见")).isEqualTo(2);
        Dataset<Row> docs = spark.read().parquet(out.resolve("parquet/documents").toString());
        assertThat(docs.filter(col("title").equalTo("列式存储的稿件")).first().<String>getAs("location")).matches(".*d\\.parquet/part-.*#1");
        assertThat(docs.filter(col("title").equalTo("关于发展新质生产力的意见")).first().<String>getAs("location")).endsWith("a.jsonl:1");
        assertThat(docs.filter(col("title").equalTo("同一正文再播")).count()).isZero();
        assertThat(docs.filter(col("language").equalTo("en")).count()).isEqualTo(1);
        Row english = counts.filter(col("language").equalTo("en")).agg(sum("total")).first();
        assertThat(english.getLong(0)).isEqualTo(1);
    }

    @Test
    void hitsPointIntoTheOriginalText() {
        Dataset<Row> hits = spark.read().parquet(out.resolve("parquet/hits").toString())
                .join(spark.read().parquet(out.resolve("parquet/documents").toString()), "doc_key")
                .filter(col("title").equalTo("关于发展新质生产力的意见"));
        List<Row> rows = hits.orderBy("start").collectAsList();
        // the original has two zero-width spaces in front, which cleaning removes: offsets must count them
        String text = "\u200b\u200b要加快发展新质生产力。新质生产力是创新起主导作用的先进生产力。";
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).<Integer>getAs("start")).isEqualTo(text.indexOf("新质生产力"));
        for (Row r : rows) assertThat(text.substring(r.<Integer>getAs("start"), r.<Integer>getAs("end"))).isEqualTo(r.getAs("form"));
    }

    @Test
    void anExistingOutputIsNeverOverwrittenUnlessAsked() {
        assertThatThrownBy(() -> new CountJob(spark).run(LocalSpark.settings(List.of(in.toString()), out)))
                .hasMessageContaining("output folder exists");
        assertThat(out.resolve("summary.json")).exists();
    }

    /** Occurrences of a concept in the document with this title. */
    private long total(Dataset<Row> counts, String concept, String title) {
        Dataset<Row> docs = spark.read().parquet(out.resolve("parquet/documents").toString()).select("doc_key", "title");
        Row r = counts.join(docs, "doc_key").filter(col("title").equalTo(title).and(col("concept").equalTo(concept)))
                .agg(sum("total")).first();
        return r.isNullAt(0) ? 0 : r.getLong(0);
    }
}
