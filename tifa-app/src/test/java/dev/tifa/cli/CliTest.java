package dev.tifa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line end to end, in-process, on invented fixtures: happy paths and every error path. */
class CliTest {
    @TempDir
    Path data;
    private CliRunner tifa;

    static String fixture(String name) {
        try {
            return Path.of(CliTest.class.getResource("/fixtures/cli/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void setUp() {
        tifa = new CliRunner(data);
    }

    private void importFixtures() {
        var r = tifa.run("import", fixture("plenum-2030.md"), fixture("plenum-2025.md"), fixture("communique-en.txt"));
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void importsListsAndShowsDocuments() {
        importFixtures();
        var docs = tifa.run("docs");
        assertThat(docs.out()).contains("3p-2030", "3p-2025", "3p-2030-en", "3 documents");
        var show = tifa.run("show", "3p-2030-en");
        assertThat(show.out()).contains("translation: test translator", "language: en", "high-standard opening-up");
        assertThat(tifa.run("import", fixture("plenum-2030.md")).out()).contains("unchanged", "0 added, 1 already stored");
    }

    @Test
    void countsConceptsInBothLanguagesWithNestingShown() throws Exception {
        importFixtures();
        var r = tifa.run("count", "对外开放", "--docs", "3p-2030,3p-2030-en", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(r.out()).get("rows");
        // zh: 高水平对外开放 + 扩大对外开放 → 2 occurrences, 1 nested;
        // en: "reform and opening up" + "high-standard opening-up" + "Opening Up" → 3 occurrences, 2 nested
        assertThat(rows).hasSize(2);
        java.util.Map<String, JsonNode> byDoc = new java.util.HashMap<>();
        rows.forEach(row -> byDoc.put(row.get("document").asText(), row));
        assertThat(byDoc.get("3p-2030").get("count").asInt()).isEqualTo(2);
        assertThat(byDoc.get("3p-2030").get("standalone").asInt()).isEqualTo(1);
        assertThat(byDoc.get("3p-2030-en").get("count").asInt()).isEqualTo(3);
        assertThat(byDoc.get("3p-2030-en").get("standalone").asInt()).isEqualTo(1);
        var table = tifa.run("count", "对外开放", "--docs", "3p-2030,3p-2025");
        assertThat(table.out()).contains("2 (1 standalone)", "Rules: Chinese = exact substring");
    }

    @Test
    void phraseOptionCountsTheLiteralPhraseOnly() throws Exception {
        importFixtures();
        var r = tifa.run("count", "opening up", "--phrase", "--exact", "--docs", "3p-2030-en", "--format", "csv");
        assertThat(r.out()).startsWith("document,year,lang,term,concept,count,standalone,nested,per_10k,size");
        // "opening up" as a phrase: "reform and opening up", "opening-up", "Opening Up" = 3 (hyphen and case folded)
        assertThat(r.out().lines().skip(1).findFirst().orElseThrow()).contains(",opening up,(phrase),3,");
    }

    @Test
    void aKwicPageReadsOnlyItsLinesYetSaysHowManyThereAreInAll() throws Exception {
        importFixtures();
        String all = tifa.run("kwic", "开放", "--phrase", "--limit", "0").out();
        int total = Integer.parseInt(all.lines().filter(l -> l.contains(" occurrences of ")).findFirst().orElseThrow().split(" ")[0]);
        assertThat(total).isGreaterThan(2);
        var page = tifa.run("kwic", "开放", "--phrase", "--limit", "2");
        assertThat(page.out()).contains("2 of " + total + " occurrences of");
        // the page is the first lines of the whole list, in text order
        List<String> firstTwo = all.lines().filter(l -> l.contains("【")).limit(2).toList();
        assertThat(page.out().lines().filter(l -> l.contains("【")).toList()).isEqualTo(firstTwo);
        // a glossary concept: the total from the stored tallies equals the lines read
        String conceptAll = tifa.run("kwic", "对外开放", "--limit", "0").out();
        long lines = conceptAll.lines().filter(l -> l.contains("【")).count();
        assertThat(tifa.run("kwic", "对外开放", "--limit", "1").out()).contains("1 of " + lines + " occurrences of");
    }

    @Test
    void kwicShowsEveryOccurrenceWithItsPositionInTheOriginal() throws Exception {
        importFixtures();
        var r = tifa.run("kwic", "对外开放", "--docs", "3p-2030", "--format", "json");
        JsonNode rows = new ObjectMapper().readTree(r.out()).get("rows");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("nested_in").asText()).isEqualTo("高水平对外开放");
        assertThat(rows.get(1).get("nested_in").isNull()).isTrue();
        String original = java.nio.file.Files.readString(Path.of(fixture("plenum-2030.md")));
        // the original offsets index the imported text (front matter removed by the reader), so check via show --original
        String imported = tifa.run("show", "3p-2030", "--original", "--format", "json").out();
        String text = new ObjectMapper().readTree(imported).get("text").asText();
        int start = rows.get(1).get("original_position").asInt();
        assertThat(text.substring(start, rows.get(1).get("original_end").asInt())).isEqualTo("对外开放");
        assertThat(original).contains(text.substring(0, 10));
    }

    @Test
    void trendDrawsBarsInDateOrder() {
        importFixtures();
        var r = tifa.run("trend", "安全", "--series", "third-plenum", "--lang", "zh");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().indexOf("3p-2025")).isLessThan(r.out().indexOf("3p-2030"));
        assertThat(r.out()).contains("█");
    }

    @Test
    void glossaryCheckPassesOnTheDefaultGlossary() {
        var r = tifa.run("glossary", "check");
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).contains("0 errors");
    }

    @Test
    void glossaryAddPutsAConceptIntoTheUserGlossaryAndCountsIt() {
        importFixtures();
        var add = tifa.run("glossary", "add", "nation-wide-test", "--zh", "维护国家安全", "--theme", "security", "--note", "test concept");
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(data.resolve("glossary.yaml")).exists();
        assertThat(tifa.run("count", "nation-wide-test", "--docs", "3p-2030").out()).contains("nation-wide-test", "  1");
        var dup = tifa.run("glossary", "add", "other-id", "--zh", "对外开放");
        assertThat(dup.exitCode()).isEqualTo(1);
        assertThat(dup.err()).contains("also a form of 'opening-up'");
        assertThat(tifa.run("glossary", "export").out()).contains("id: nation-wide-test");
    }

    @Test
    void unknownDocumentIsOneClearLine() {
        var r = tifa.run("show", "no-such-doc");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("tifa show: no document 'no-such-doc' in " + data + " (see `tifa docs` for keys)");
    }

    @Test
    void missingPathIsOneClearLine() {
        var r = tifa.run("import", "/nonexistent/file.jsonl");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("no such file or folder: /nonexistent/file.jsonl").doesNotContain("Exception");
    }

    @Test
    void badInputIsSkippedWithFileAndLineOrAbortsWithNothingStored() {
        importFixtures();
        var abort = tifa.run("import", fixture("broken.jsonl"), "--on-error", "abort");
        assertThat(abort.exitCode()).isEqualTo(1);
        assertThat(abort.err()).contains("broken.jsonl", "line 2");
        assertThat(tifa.run("docs").out()).contains("3 documents");

        var skip = tifa.run("import", fixture("broken.jsonl"), "--on-error", "skip");
        assertThat(skip.exitCode()).isEqualTo(3);
        assertThat(skip.err()).contains("broken.jsonl", "line 2");
        assertThat(tifa.run("docs").out()).contains("4 documents");
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        assertThat(tifa.run("docs", "--format", "xml").exitCode()).isEqualTo(2);
        var r = tifa.run("import", fixture("plenum-2030.md"), "--on-error", "ignore");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("--on-error: 'ignore' is not one of [skip, abort]");
    }

    @Test
    void noDocumentsIsSaidPlainly() {
        var r = tifa.run("count", "安全");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("no documents match the selection");
    }
}
