package dev.tifa.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code tifa parallel} end to end on an invented aligned-pairs file (every sentence written for this test): the
 * translator renders 关键核心技术 as the planted "chokepoint technologies", which the check calls a missing English form,
 * the suggestion finds, and accepting it puts into the user glossary so that the check then agrees.
 */
class ParallelCommandTest {
    @TempDir
    Path dir;

    private Path pairs() throws IOException {
        List<String> rows = new ArrayList<>(List.of(
                "1\t1\t攻克关键核心技术。\tWe will master chokepoint technologies.",
                "2\t1\t关键核心技术取得突破。\tChokepoint technologies saw breakthroughs.",
                "3\t2\t加大关键核心技术投入。\tWe will invest more in chokepoint technologies.",
                "5\t2\t培养关键核心技术人才。\tWe will train experts in chokepoint technologies."));
        String[] zh = {"我们推进城乡道路建设。", "稳步扩大居民收入。", "加强基层医疗服务。", "提高教育质量。", "保护历史文化遗产。"};
        String[] en = {"We built roads in towns and villages.", "Household incomes rose steadily.", "Clinics improved their services.",
                "Schools raised their standards.", "Historic sites were protected."};
        for (int i = 0; i < 25; i++) rows.add((10 + i) + "\t" + (3 + i) + "\t" + zh[i % 5] + "\t" + en[i % 5] + " Step " + i + ".");
        Path f = dir.resolve("2031_invented_report_zh_en_pairs.tsv");
        Files.writeString(f, "pair_id\tsource_line\tzh\ten\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void checkSuggestAcceptAndCheckAgain() throws IOException {
        CliRunner cli = new CliRunner(dir.resolve("data"));
        String file = pairs().toString();
        CliRunner.Result check = cli.run("parallel", "check", file, "--format", "csv");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("key-core-technologies,4,0,0,4,0,0,English forms missing,\"en \"\"chokepoint technologies\"\" in 4 of 4 pairs\"");

        CliRunner.Result suggest = cli.run("parallel", "suggest", "key-core-technologies", file);
        assertThat(suggest.exitCode()).as(suggest.err()).isZero();
        assertThat(suggest.out().lines().filter(l -> l.strip().startsWith("1 ")).findFirst().orElseThrow()).contains("chokepoint technologies");

        CliRunner.Result accept = cli.run("parallel", "suggest", "key-core-technologies", file, "--accept", "1");
        assertThat(accept.exitCode()).as(accept.err()).isZero();
        assertThat(accept.out()).contains("added 'chokepoint technologies' to key-core-technologies");
        assertThat(Files.readString(dir.resolve("data").resolve("glossary.yaml"))).contains("chokepoint technologies", "关键核心技术");

        CliRunner.Result again = cli.run("parallel", "check", file, "--format", "csv");
        assertThat(again.out()).contains("key-core-technologies,4,4,4,0,0,0,agrees,");
        assertThat(cli.run("parallel", "drift", "关键核心技术", file).out()).contains("2031", "chokepoint technologies");
    }

    @Test
    void storedAlignedDocumentsAreReadThroughTheirFile() throws IOException {
        CliRunner cli = new CliRunner(dir.resolve("data"));
        String file = pairs().toString();
        assertThat(cli.run("import", file, "--attr", "tsv-side=both").exitCode()).isZero();
        CliRunner.Result check = cli.run("parallel", "check");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("key-core-technologies", "over 29 aligned pairs from 2031_invented_report_zh_en_pairs.tsv");
        Files.delete(Path.of(file));
        CliRunner.Result gone = cli.run("parallel", "check");
        assertThat(gone.exitCode()).isEqualTo(1);
        assertThat(gone.err()).contains("is not there any more").doesNotContain("Exception");
    }

    @Test
    void badSourcesAreOneLineErrors() throws IOException {
        CliRunner cli = new CliRunner(dir.resolve("data"));
        CliRunner.Result none = cli.run("parallel", "check");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err().strip()).contains("no aligned-pairs documents stored").doesNotContain("\n");
        CliRunner.Result missing = cli.run("parallel", "check", dir.resolve("nope.tsv").toString());
        assertThat(missing.err().strip()).endsWith("nope.tsv: no such file");
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "id\tzh\ten\n1\t一\tone\n");
        assertThat(cli.run("parallel", "check", bad.toString()).err()).contains("bad.tsv: line 1: not an aligned-pairs file");
        assertThat(cli.run("parallel", "suggest", "no-such-thing", pairs().toString()).err()).contains("not a glossary concept");
    }

    /**
     * A report's closing sentence whose English lost its first sentence to the pair the aligner dropped before it: left
     * out and listed, unless asked for.
     */
    @Test
    void aPairBesideADroppedOneThatLostHalfItsEnglishIsLeftOutAndListed() throws IOException {
        List<String> rows = new ArrayList<>();
        String[] zh = {"我们推进城乡道路建设。", "稳步扩大居民收入。", "加强基层医疗服务。", "提高教育质量。", "保护历史文化遗产。"};
        String[] en = {"We built roads in towns and villages.", "Household incomes rose steadily.", "Clinics improved their services.",
                "Schools raised their standards.", "Historic sites were protected."};
        for (int i = 0; i < 40; i++) rows.add((1 + i) + "\t" + (1 + i) + "\t" + zh[i % 5] + "\t" + en[i % 5]);
        rows.add("44\t44\t我们要同心协力，攻克关键核心技术，坚定信心、开拓进取，努力完成全年各项目标任务。\tLet us strive to complete this year's tasks.");
        Path f = dir.resolve("2032_invented_report_zh_en_pairs.tsv");
        Files.writeString(f, "pair_id\tsource_line\tzh\ten\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        CliRunner cli = new CliRunner(dir.resolve("data"));

        CliRunner.Result check = cli.run("parallel", "check", f.toString(), "--all", "--format", "csv");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).doesNotContain("key-core-technologies");
        CliRunner.Result table = cli.run("parallel", "check", f.toString(), "--all");
        assertThat(table.out()).contains("over 40 aligned pairs", "1 partial pair left out", "2032:44");

        CliRunner.Result kept = cli.run("parallel", "check", f.toString(), "--all", "--with-partial", "--format", "csv");
        assertThat(kept.out()).contains("key-core-technologies,1,0,");
    }
}
