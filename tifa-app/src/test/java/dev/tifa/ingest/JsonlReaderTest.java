package dev.tifa.ingest;

import dev.tifa.model.CleaningProfile;
import dev.tifa.model.DocumentMeta;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonlReaderTest {

    @Test
    void mapsGovernmentWorkReportsAndTheirResolutions() {
        List<SourceItem> items = Fixtures.read("jsonl/gov_reports_sample.jsonl");

        assertThat(items).hasSize(3).allMatch(SourceItem::ok);
        DocumentMeta report = items.get(0).document().meta();
        assertThat(report.series()).isEqualTo("gov-work-report");
        assertThat(report.kind()).isEqualTo(Kind.OFFICIAL);
        assertThat(report.year()).isEqualTo(2031);
        assertThat(report.language()).isEqualTo(Language.ZH);
        assertThat(report.source()).isEqualTo("https://zh.wikisource.org/wiki/test-report-2031");
        assertThat(items.get(0).document().profile()).isEqualTo(CleaningProfile.WIKISOURCE);
        assertThat(items.get(0).location()).endsWith("gov_reports_sample.jsonl:1");

        DocumentMeta resolution = items.get(1).document().meta();
        assertThat(resolution.kind()).isEqualTo(Kind.RESOLUTION);
        assertThat(resolution.series()).isEqualTo("gov-work-report");
        assertThat(resolution.year()).isEqualTo(2025);
        assertThat(resolution.attributes()).containsEntry("npc", "14-3");

        // the 2nd NPC skipped 1961: its 3rd session met in 1962
        assertThat(items.get(2).document().meta().year()).isEqualTo(1962);
    }

    @Test
    void keepsTheContentExactlyAsGiven() {
        SourceItem item = Fixtures.read("jsonl/gov_reports_sample.jsonl").get(0);

        assertThat(item.document().original()).startsWith("各位代表：\n\n").endsWith("\n\n（虚构的页脚）");
    }

    @Test
    void mapsCongressReportsWithNumberYearAndOpeningDay() {
        List<SourceItem> items = Fixtures.read("jsonl/congress_sample.jsonl");

        assertThat(items).hasSize(3).allMatch(SourceItem::ok);
        DocumentMeta nineteenth = items.get(0).document().meta();
        assertThat(nineteenth.series()).isEqualTo("party-congress");
        assertThat(nineteenth.kind()).isEqualTo(Kind.OFFICIAL);
        assertThat(nineteenth.attributes()).containsEntry("congress", "19").doesNotContainKey("type");
        assertThat(nineteenth.year()).isEqualTo(2017);
        assertThat(nineteenth.date()).isEqualTo(LocalDate.of(2017, 10, 18));

        DocumentMeta twentieth = items.get(1).document().meta();
        assertThat(twentieth.attributes()).containsEntry("congress", "20");
        assertThat(twentieth.year()).isEqualTo(2022);

        DocumentMeta ninth = items.get(2).document().meta();
        assertThat(ninth.attributes()).containsEntry("congress", "9");
        assertThat(ninth.year()).isEqualTo(1969);
        assertThat(ninth.date()).isNull();
    }

    @Test
    void mapsGenericFieldsAndKeepsOtherScalarsAsAttributes() {
        List<SourceItem> items = Fixtures.read("jsonl/generic.jsonl");

        assertThat(items).hasSize(2).allMatch(SourceItem::ok);
        DocumentMeta english = items.get(0).document().meta();
        assertThat(english.title()).isEqualTo("Harbour budget speech");
        assertThat(english.date()).isEqualTo(LocalDate.of(2030, 3, 2));
        assertThat(english.year()).isEqualTo(2030);
        assertThat(english.series()).isEqualTo("harbour-budget");
        assertThat(english.language()).isEqualTo(Language.EN);
        assertThat(english.source()).isEqualTo("https://example.org/budget");
        assertThat(english.attributes()).containsEntry("speaker", "Ada Linde").containsEntry("pages", "12")
                .doesNotContainKey("tags");
        assertThat(items.get(0).document().profile()).isEqualTo(CleaningProfile.PLAIN);

        DocumentMeta chinese = items.get(1).document().meta();
        assertThat(chinese.kind()).isEqualTo(Kind.COMMENTARY);
        assertThat(chinese.year()).isEqualTo(2031);
        assertThat(chinese.language()).isEqualTo(Language.ZH);
        assertThat(chinese.source()).endsWith("generic.jsonl:2");
        assertThat(items.get(1).document().original()).contains("三项行动");
    }

    @Test
    void reportsEachBadLineWithItsNumberAndGoesOn() {
        List<SourceItem> items = Fixtures.read("jsonl/broken.jsonl");

        assertThat(items).extracting(SourceItem::ok).containsExactly(true, false, false, false, true, false);
        assertThat(items.get(1).location()).endsWith("broken.jsonl:3");
        assertThat(items.get(1).problem()).isEqualTo("line 3: field 'content' must be a string, found number");
        assertThat(items.get(2).problem()).startsWith("line 4: no text");
        assertThat(items.get(3).problem()).isEqualTo("line 5: empty text in field 'content'");
        assertThat(items.get(4).document().meta().kind()).isEqualTo(Kind.PREVIEW);
        assertThat(items.get(5).location()).endsWith("broken.jsonl:7");
        assertThat(items.get(5).problem()).startsWith("line 7: truncated or invalid JSON: ");
        assertThat(items.get(5).describe()).matches(".*broken\\.jsonl: line 7: truncated or invalid JSON: .*");
    }

    @Test
    void reportsInvalidUtf8WithTheLineNumber(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("{\"title\": \"ok\", \"content\": \"fine\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("{\"title\": \"bad\", \"content\": \"caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[]{(byte) 0xE9, (byte) 0xFF});
        bytes.write("\"}\n{\"title\": \"after\", \"content\": \"still read\"}\n".getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("latin1.jsonl");
        Files.write(file, bytes.toByteArray());

        List<SourceItem> items = Fixtures.read(file);

        assertThat(items).extracting(SourceItem::ok).containsExactly(true, false, true);
        assertThat(items.get(1).location()).isEqualTo(file + ":2");
        assertThat(items.get(1).problem()).startsWith("line 2: invalid UTF-8");
    }

    @Test
    void reportsBadValuesOfKnownFields(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("values.ndjson");
        Files.writeString(file, String.join("\n",
                "{\"title\": \"t\", \"content\": \"x\", \"date\": \"5 March 2030\"}",
                "{\"title\": \"t\", \"content\": \"x\", \"kind\": \"speech\"}",
                "{\"title\": {\"zh\": \"t\"}, \"content\": \"x\"}",
                "{\"title\": \"t\", \"content\": \"x\", \"year\": \"2030年\"}",
                "[1, 2]",
                "{\"title\": \"t\", \"content\": \"x\"} trailing"));

        List<SourceItem> items = Fixtures.read(file);

        assertThat(items).extracting(SourceItem::problem).containsExactly(
                "line 1: field 'date' must be a date yyyy-mm-dd, found '5 March 2030'",
                "line 2: unknown kind 'speech' (expected official, resolution, commentary, preview or news)",
                "line 3: field 'title' must be a string, found object",
                "line 4: field 'year' must be a whole number, found string",
                "line 5: expected a JSON object, found array",
                items.get(5).problem());
        assertThat(items.get(5).problem()).startsWith("line 6: truncated or invalid JSON");
    }

    @Test
    void optionsOverrideWhatTheRecordSays() {
        ImportOptions options = new ImportOptions("my-series", Kind.PREVIEW, null, null, LocalDate.of(2032, 1, 2),
                java.util.Map.of("batch", "b1", "congress", "99"));

        DocumentMeta meta = Fixtures.read(Fixtures.path("jsonl/congress_sample.jsonl"), options).get(0).document().meta();

        assertThat(meta.series()).isEqualTo("my-series");
        assertThat(meta.kind()).isEqualTo(Kind.PREVIEW);
        assertThat(meta.date()).isEqualTo(LocalDate.of(2032, 1, 2));
        assertThat(meta.year()).isEqualTo(2032);
        assertThat(meta.attributes()).containsEntry("batch", "b1").containsEntry("congress", "99");
        assertThat(meta.title()).isEqualTo("虚构的大会报告 (十九大)");
    }
}
