package dev.tifa.ingest;

import dev.tifa.model.CleaningProfile;
import dev.tifa.model.DocumentMeta;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import dev.tifa.model.RawDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextChecksTest {

    private static SourceItem item(String title, String text) {
        DocumentMeta meta = new DocumentMeta(title, null, null, null, Kind.OFFICIAL, Language.ZH, "x", null);
        return SourceItem.of("f.jsonl:3", new RawDocument(meta, text, CleaningProfile.PLAIN));
    }

    @Test
    void aGoodDocumentPassesUntouched() {
        SourceItem good = item("港口", "虚构的港口要推进高质量发展。😀");
        assertThat(TextChecks.check(good, 1000)).isSameAs(good);
    }

    @Test
    void aDocumentOverTheSizeLimitIsAProblemNamingTheOption() {
        SourceItem checked = TextChecks.check(item("港口", "港".repeat(101)), 100);
        assertThat(checked.ok()).isFalse();
        assertThat(checked.location()).isEqualTo("f.jsonl:3");
        assertThat(checked.problem()).isEqualTo("document too large: 101 characters (the limit is 100; raise it with --max-chars)");
    }

    @Test
    void nulAndLoneSurrogatesAreReplacedWithAWarning() {
        SourceItem checked = TextChecks.check(item("港口", "虚构的\u0000港口要推进高质量发展和开放建设发展港口" + "\uD800" + "码头。"), 1000);
        assertThat(checked.ok()).isTrue();
        assertThat(checked.document().original()).isEqualTo("虚构的\uFFFD港口要推进高质量发展和开放建设发展港口\uFFFD码头。");
        assertThat(checked.warning()).isEqualTo("1 NUL character(s) replaced with U+FFFD; 1 unpaired surrogate(s) replaced with U+FFFD");
    }

    @Test
    void mostlyUndecodableTextIsAProblem() {
        SourceItem checked = TextChecks.check(item("x", "\uFFFD\uFFFD\uFFFDabc\uFFFD\uFFFD"), 1000);
        assertThat(checked.ok()).isFalse();
        assertThat(checked.problem()).startsWith("text is mostly undecodable (63% replacement characters U+FFFD): wrong character encoding?");
    }

    @Test
    void escapeSequencesAndControlsLeaveTheTitle() {
        SourceItem checked = TextChecks.check(item("\u001B[2J\u001B[31m港口\u0007报告\r", "虚构的港口。"), 1000);
        assertThat(checked.document().meta().title()).isEqualTo("港口报告");
        assertThat(checked.warning()).isEqualTo("control characters or unpaired surrogates removed from the title");
    }
}
