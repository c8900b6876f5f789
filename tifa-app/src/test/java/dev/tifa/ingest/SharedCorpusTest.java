package dev.tifa.ingest;

import dev.tifa.model.DocumentMeta;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Reads the real shared corpora where they lie (never copied into the repository). Skips, saying so, when they
 * are not there: set {@code TIFA_SAMPLE_DIR} to the {@code corpora} folder to run it elsewhere.
 */
class SharedCorpusTest {
    private Path corpora;

    /** Per test rather than per class, so that each test shows up as skipped, with the reason. */
    @BeforeEach
    void findCorpora() {
        corpora = dev.tifa.SharedCorpora.require();
    }

    @Test
    void governmentWorkReports() {
        List<SourceItem> items = Fixtures.read(corpora.resolve("wikisource-zh/government_work_reports.jsonl"));

        assertThat(items).hasSize(72).allMatch(SourceItem::ok, "no problems");
        List<DocumentMeta> metas = items.stream().map(i -> i.document().meta()).toList();
        assertThat(metas).allMatch(m -> "gov-work-report".equals(m.series()) && m.language() == Language.ZH && m.year() != null);
        assertThat(metas).filteredOn(m -> m.kind() == Kind.RESOLUTION).hasSize(20);
        assertThat(metas).filteredOn(m -> m.kind() == Kind.OFFICIAL).hasSize(52);
        DocumentMeta resolution2025 = metas.stream().filter(m -> "14-3".equals(m.attributes().get("npc"))).findFirst().orElseThrow();
        assertThat(resolution2025.kind()).isEqualTo(Kind.RESOLUTION);
        assertThat(resolution2025.year()).isEqualTo(2025);
        assertThat(metas).filteredOn(m -> m.kind() == Kind.OFFICIAL).extracting(DocumentMeta::year).contains(1954, 2025);
        assertThat(metas).filteredOn(m -> "2-3".equals(m.attributes().get("npc"))).extracting(DocumentMeta::year).containsExactly(1962);
    }

    @Test
    void congressReports() {
        List<SourceItem> items = Fixtures.read(corpora.resolve("wikisource-zh/cpc_congress_reports.jsonl"));

        assertThat(items).hasSize(16).allMatch(SourceItem::ok);
        List<DocumentMeta> metas = items.stream().map(i -> i.document().meta()).toList();
        assertThat(metas).allMatch(m -> "party-congress".equals(m.series()) && m.attributes().containsKey("congress") && m.year() != null);
        Map<String, Integer> years = metas.stream().collect(Collectors.toMap(m -> m.attributes().get("congress"), DocumentMeta::year, (a, b) -> a));
        assertThat(years).containsEntry("1", 1921).containsEntry("19", 2017).containsEntry("20", 2022);
        assertThat(metas).filteredOn(m -> "20".equals(m.attributes().get("congress"))).extracting(DocumentMeta::date)
                .containsExactly(LocalDate.of(2022, 10, 16));
    }

    @Test
    void thirdPlenumFilesGetTheirDates() {
        List<SourceItem> items = Fixtures.read(corpora.resolve("third-plenum-zh"));

        assertThat(items).hasSize(5).allMatch(SourceItem::ok);
        assertThat(items).extracting(i -> i.document().meta().date()).containsExactly(LocalDate.of(2008, 10, 12),
                LocalDate.of(2013, 11, 12), LocalDate.of(2018, 2, 28), LocalDate.of(2024, 7, 18), LocalDate.of(2024, 7, 18));
        assertThat(items).allMatch(i -> "third-plenum".equals(i.document().meta().series())
                && i.document().meta().language() == Language.ZH);
        assertThat(items.get(4).document().meta().attributes()).containsEntry("doc-type", "decision").containsEntry("cc", "20");
    }

    @Test
    void alignedPairsGiveEnglishDocuments() {
        List<SourceItem> items = Fixtures.read(corpora.resolve("gwr-zh-en"));

        assertThat(items).hasSize(3).allMatch(SourceItem::ok);
        assertThat(items).extracting(i -> i.document().meta().year()).containsExactly(2024, 2025, 2026);
        assertThat(items).allSatisfy(i -> {
            DocumentMeta meta = i.document().meta();
            assertThat(meta.language()).isEqualTo(Language.EN);
            assertThat(meta.title()).startsWith("Government Work Report 20").endsWith("(English, Xinhua, aligned pairs)");
            assertThat(LanguageGuess.of(i.document().original())).isEqualTo(Language.EN);
            assertThat(i.document().original().split("\n\n").length).isGreaterThan(400);
        });
    }

    @Test
    void wholeFolderCountsMatch() {
        assertThat(DocumentSources.countItems(corpora)).isEqualTo(72 + 16 + 5 + 3);
    }
}
