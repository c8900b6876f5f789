package dev.tifa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The instruments end to end on two invented reports (fixtures/instruments), every number counted by hand. */
class InstrumentsCliTest {
    @TempDir
    Path data;
    private CliRunner tifa;

    static String fixture(String name) {
        try {
            return Path.of(InstrumentsCliTest.class.getResource("/fixtures/instruments/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void importReports() {
        tifa = new CliRunner(data);
        var r = tifa.run("import", fixture("report-2031.md"), fixture("report-2032.md"));
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    private JsonNode json(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--format", "json"));
        var r = tifa.run(all.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out()).get("rows");
    }

    @Test
    void patternCountsPerDocument() throws Exception {
        JsonNode rows = json("count", "--pattern", "坚持…不动摇", "--series", "test-report");
        // 2031: 坚持改革开放不动摇, 坚持创新驱动不动摇; 2032: 坚持开放不动摇 (after full-width １．)
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("count").asInt()).isEqualTo(2);
        assertThat(rows.get(1).get("count").asInt()).isEqualTo(1);
        JsonNode none = json("count", "--pattern", "坚持…不折腾", "--series", "test-report");
        assertThat(none.get(0).get("count").asInt()).isZero();
        assertThat(none.get(1).get("count").asInt()).isZero();
    }

    @Test
    void patternSlotsAreGrouped() throws Exception {
        JsonNode rows = json("count", "--pattern", "统筹{X}和{Y}", "--series", "test-report");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("x").asText() + rows.get(0).get("y").asText()).isEqualTo("发展安全");
        assertThat(rows.get(0).get("count").asInt()).isEqualTo(2);
        assertThat(rows.get(0).get("range").asInt()).isEqualTo(2);
        assertThat(rows.get(1).get("x").asText()).isEqualTo("城乡");
        assertThat(rows.get(1).get("count").asInt()).isEqualTo(1);
    }

    @Test
    void patternKwicShowsSlotsAndTrendCounts() throws Exception {
        JsonNode lines = json("kwic", "--pattern", "统筹{X}和{Y}", "--series", "test-report", "--sentence");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("slots").asText()).isEqualTo("X=发展 Y=安全");
        assertThat(lines.get(0).get("match").asText()).isEqualTo("统筹发展和安全");
        assertThat(lines.get(0).get("left").asText()).isEmpty(); // the sentence begins with the match
        JsonNode trend = json("trend", "--regex", "统筹(?<X>..)和", "--series", "test-report");
        assertThat(trend.get(0).get("count").asInt()).isEqualTo(2);
        assertThat(trend.get(1).get("count").asInt()).isEqualTo(1);
    }

    @Test
    void patternKwicPrintsItsFirstPageThenTheExactTotal() {
        var page = tifa.run("kwic", "--pattern", "统筹{X}和{Y}", "--series", "test-report", "--limit", "2");
        assertThat(page.exitCode()).isEqualTo(0);
        String out = page.out();
        assertThat(out).contains("统筹发展和安全").contains("2 of 3 occurrences of Pattern pattern:统筹{X}和{Y}");
        assertThat(out.indexOf("统筹发展和安全")).isLessThan(out.indexOf("2 of 3")); // the page before the count
        assertThat(tifa.run("kwic", "--pattern", "统筹{X}和{Y}", "--series", "test-report", "--limit", "2", "--no-total").out())
                .contains("2 of at least 2 (not counted: --no-total)");
        assertThat(tifa.run("kwic", "--pattern", "统筹{X}和{Y}", "--series", "test-report", "--limit", "5").out())
                .contains("3 of 3 occurrences");
    }

    @Test
    void badAndRunawayPatternsAreOneLineErrors() {
        var bad = tifa.run("count", "--pattern", "加快(建设");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err().strip()).isEqualTo("tifa count: bad pattern '加快(建设' at position 3: '(' is never closed");
        var slow = tifa.run("kwic", "--regex", "(.*.){14}x", "--series", "test-report");
        assertThat(slow.exitCode()).isEqualTo(1);
        assertThat(slow.err()).contains("stopped after").doesNotContain("Exception");
    }

    @Test
    void kwicSortsByRightContext() throws Exception {
        JsonNode lines = json("kwic", "新质生产力", "--series", "test-report", "--sort", "right", "--window", "2");
        // right contexts: 。（ (2031), ，大 and 。 (2032) → sorted by code point: 。 < ，
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2).get("right").asText()).startsWith("，");
    }

    @Test
    void positionGivesPriorityAndMoves() throws Exception {
        var r = tifa.run("position", "科技", "--series", "test-report");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("from task 2 to task 1 (up)");
        JsonNode rows = json("position", "科技", "--series", "test-report");
        assertThat(rows.get(0).get("priority").asInt()).isEqualTo(2);
        assertThat(rows.get(0).get("tasks").asInt()).isEqualTo(3);
        assertThat(rows.get(0).get("first_section").asText()).isEqualTo("一、过去一年工作回顾");
        assertThat(rows.get(1).get("priority").asInt()).isEqualTo(1);
        assertThat(rows.get(1).get("task").asText()).isEqualTo("（一）推进科技创新");
        JsonNode hits = json("position", "科技", "--series", "test-report", "--hits");
        assertThat(hits).hasSize(3);
        JsonNode outline = json("outline", "test-report-2032");
        assertThat(outline).extracting(n -> n.get("heading").asText().strip())
                .containsExactly("一、过去一年工作回顾", "1.坚持开放不动摇", "二、今年政府工作任务", "（一）推进科技创新", "（二）稳定经济增长");
    }

    @Test
    void compareReportsMovesInTheTaskLists() throws Exception {
        JsonNode rows = json("compare", "test-report-2031", "test-report-2032", "--part", "moves");
        java.util.Map<String, String> moves = new java.util.HashMap<>();
        rows.forEach(r -> moves.put(r.get("concept").asText(), r.get("move").asText()));
        // 科技创新: task (二) → (一); 统筹发展和安全: in the review of 2031, task (二) of 2032; 民生: task (三) of 2031 only
        assertThat(moves).containsEntry("sci-tech-innovation", "from task 2 to task 1 (up)")
                .containsEntry("development-and-security", "enters the task list at task 2")
                .containsEntry("peoples-wellbeing", "leaves the task list (was task 3)")
                .doesNotContainKey("new-quality-productive-forces"); // task 1 in both
        assertThat(tifa.run("compare", "test-report-2031", "test-report-2032").out()).contains("Moves in the task lists");
    }

    @Test
    void ladderWarmsAndTheUserLexiconCounts() throws Exception {
        JsonNode rows = json("ladder", "新质生产力", "--series", "test-report");
        // 2031: 积极稳妥 (2) + 推进 (3) → 2.5; 2032: 加快 (5), 大力 (5) → 5.0, warmer
        assertThat(rows.get(0).get("intensity").asDouble()).isEqualTo(2.5);
        assertThat(rows.get(1).get("intensity").asDouble()).isEqualTo(5.0);
        assertThat(rows.get(1).get("change").asText()).isEqualTo("warmer");
        Files.writeString(data.resolve("intensity.yaml"), "words:\n  加快: 1\n  大力: 1\n");
        JsonNode cooled = json("ladder", "新质生产力", "--series", "test-report");
        assertThat(cooled.get(1).get("intensity").asDouble()).isEqualTo(1.0);
        assertThat(cooled.get(1).get("change").asText()).isEqualTo("cooler");
        Files.writeString(data.resolve("intensity.yaml"), "words:\n  加快: high\n");
        var bad = tifa.run("ladder", "新质生产力", "--series", "test-report");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("intensity.yaml").contains("加快");
    }

    @Test
    void discoverDismissalsAreRememberedAndThemesChecked() throws Exception {
        assertThat(tifa.run("import", fixture("report-2033.md")).exitCode()).isZero();
        assertThat(tifa.run("discover", "test-report-2033").out()).contains("蓝色粮仓");
        var unknown = tifa.run("discover", "test-report-2033", "--add", "1", "--theme", "oceans");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("unknown theme 'oceans'");
        assertThat(Files.exists(data.resolve("glossary.yaml"))).isFalse();
        assertThat(tifa.run("discover", "test-report-2033", "--dismiss", "1").out()).contains("dismissed 蓝色粮仓");
        var after = tifa.run("discover", "test-report-2033");
        assertThat(after.out()).doesNotContain("蓝色粮仓").contains("1 dismissed before");
    }

    @Test
    void aNestedOccurrenceHasItsPlaceAndItsGovernors() throws Exception {
        assertThat(tifa.run("import", fixture("report-2033.md")).exitCode()).isZero();
        // 对外开放 stands only inside 高水平对外开放, in task (二) of 2033
        JsonNode hits = json("position", "对外开放", "--docs", "test-report-2033", "--hits");
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).get("task_rank").asInt()).isEqualTo(2);
        assertThat(hits.get(0).get("section").asText()).isEqualTo("二、今年政府工作任务 > （二）推进科技创新");
        JsonNode passages = json("ladder", "对外开放", "--docs", "test-report-2033", "--passages");
        assertThat(passages.get(0).get("governors").asText()).isEqualTo("推进 高水平");
        assertThat(passages.get(0).get("intensity").asDouble()).isEqualTo(3.0);   // 推进 3
        JsonNode kwic = json("kwic", "对外开放", "--docs", "test-report-2033");
        assertThat(kwic.get(0).get("nested_in").asText()).isEqualTo("高水平对外开放");
    }

    @Test
    void collocatesAndNgrams() throws Exception {
        JsonNode rows = json("collocates", "新质生产力", "--series", "test-report", "--left", "2", "--right", "0", "--min", "2");
        // left windows: 稳妥 推进 | 加快 发展 | 大力 发展 → only 发展 twice
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("collocate").asText()).isEqualTo("发展");
        assertThat(rows.get(0).get("left").asInt()).isEqualTo(2);
        assertThat(rows.get(0).get("right").asInt()).isZero();
        JsonNode grams = json("ngrams", "--series", "test-report", "--min-frequency", "2", "--min-range", "2");
        assertThat(grams).extracting(n -> n.get("n_gram").asText()).contains("工作任务");
    }
}
