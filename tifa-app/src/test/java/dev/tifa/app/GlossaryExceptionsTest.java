package dev.tifa.app;

import dev.tifa.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An exception added to a concept already counted in a store: the stored tallies are recounted where the forms
 * occur, including documents whose only occurrences sit inside the new exception. Invented texts and concept.
 */
class GlossaryExceptionsTest {
    @TempDir
    Path tmp;

    private static final String CONCEPT = """
            concepts:
              - id: invented-livelihood
                zh: [民乐]
                en: []
                themes: [society]
                note: invented
            """;

    @Test
    void addingAnExceptionRecountsTheDocumentsItChanges() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "甲文\n\n虚构县提高居民乐园水平。\n");          // only inside the future exception
        Files.writeString(in.resolve("b.txt"), "乙文\n\n虚构县关心民乐，也建设居民乐园。\n");   // one real, one inside it
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("glossary.yaml"), CONCEPT);
        CliRunner tifa = new CliRunner(data);
        assertThat(tifa.run("import", in.toString()).exitCode()).isZero();
        String before = tifa.run("count", "invented-livelihood", "--format", "csv").out();
        assertThat(total(before)).isEqualTo(3);
        // the audit finds the places a segmentation cuts through the form, and the words it cuts it into
        var audit = tifa.run("glossary", "audit", "--min-cut", "1", "--format", "csv");
        assertThat(audit.exitCode()).as(audit.err()).isZero();
        assertThat(audit.out()).contains("invented-livelihood,民乐,3,").contains("居民|乐园 2");

        Files.writeString(data.resolve("glossary.yaml"), CONCEPT.replace("    note: invented", "    except: [居民乐园]\n    note: invented"));
        var after = tifa.run("count", "invented-livelihood", "--format", "csv");
        assertThat(total(after.out())).isEqualTo(1);
        // the recount equals a count of the texts by matching (an ad-hoc phrase would count all 3: no exception)
        assertThat(total(tifa.run("count", "民乐", "--phrase", "--format", "csv").out())).isEqualTo(3);
        assertThat(tifa.run("verify").exitCode()).isZero();
        assertThat(tifa.run("glossary", "show", "invented-livelihood").out()).contains("not counted inside: 居民乐园");
        // the places inside the exception are gone from the audit; the one left is HanLP's own cut (关心民|乐)
        assertThat(tifa.run("glossary", "audit", "--min-cut", "1", "--format", "csv").out())
                .contains("invented-livelihood,民乐,1,").doesNotContain("居民|乐园");
    }

    /** The sum of the "count" column of a long CSV from {@code tifa count}. */
    private static int total(String csv) {
        String[] header = csv.lines().findFirst().orElseThrow().split(",");
        int col = java.util.Arrays.asList(header).indexOf("count");
        return csv.lines().skip(1).mapToInt(l -> Integer.parseInt(l.split(",")[col])).sum();
    }
}
