package dev.tifa.cli;

import dev.tifa.ingest.HostileFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The "done when": a folder of hostile files imports in one run, good files stored, each bad one named. */
class HostileImportTest {

    @Test
    void goodFilesAreStoredAndEachBadOneNamedInOneRun(@TempDir Path tmp) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("inbox"));
        Map<String, String> expected = HostileFiles.writeCorpus(folder);
        CliRunner tifa = new CliRunner(tmp.resolve("data"));

        CliRunner.Result r = tifa.run("import", folder.toString());

        assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
        expected.forEach((name, problem) -> {
            if (problem != null) {
                assertThat(r.err().lines().filter(l -> l.contains(name)).toList()).as(name)
                        .singleElement().satisfies(l -> assertThat(l).contains(problem));
            }
        });
        assertThat(r.err()).contains("l-nul.jsonl:1: warning: 1 NUL character(s) replaced with U+FFFD; 1 unpaired surrogate(s) replaced with U+FFFD");
        long good = expected.values().stream().filter(p -> p == null).count();
        assertThat(r.out()).contains(good + " added");
        assertThat(tifa.run("docs").out()).contains(good + " documents").contains("港口工作报告");
    }

    @Test
    void aTitleCannotClearTheScreen(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("t.jsonl"),
                "{\"title\": \"\\u001b[2J\\u001b[31mHarbour plan\", \"text\": \"The invented harbour will grow.\"}\n");
        CliRunner tifa = new CliRunner(tmp.resolve("data"));

        CliRunner.Result r = tifa.run("import", file.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("warning: control characters or unpaired surrogates removed from the title");
        assertThat(tifa.run("docs").out()).contains("Harbour plan").doesNotContain("\u001B");
    }
}
