package dev.tifa.ingest;

import dev.tifa.model.CleaningProfile;
import dev.tifa.model.DocumentMeta;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AlignedPairsReaderTest {
    private static final Path PAIRS = Fixtures.path("tsv/2031_government_work_report_zh_en_pairs.tsv");

    @Test
    void yieldsTheEnglishSideByDefaultAndReportsMalformedRows() {
        List<SourceItem> items = Fixtures.read(PAIRS);

        assertThat(items).hasSize(2);
        assertThat(items.get(0).ok()).isFalse();
        assertThat(items.get(0).location()).isEqualTo(PAIRS + ":5");
        assertThat(items.get(0).problem()).isEqualTo("line 5: expected 4 tab-separated columns, found 3; row skipped");

        SourceItem english = items.get(1);
        DocumentMeta meta = english.document().meta();
        assertThat(meta.title()).isEqualTo("Government Work Report 2031 (English, Xinhua, aligned pairs)");
        assertThat(meta.series()).isEqualTo("gov-work-report");
        assertThat(meta.kind()).isEqualTo(Kind.OFFICIAL);
        assertThat(meta.language()).isEqualTo(Language.EN);
        assertThat(meta.year()).isEqualTo(2031);
        assertThat(meta.attributes()).containsEntry("translation", "Xinhua (official)").containsEntry("edition", "aligned-pairs")
                .containsKey("coverage");
        assertThat(meta.attributes().get("coverage")).startsWith("4 aligned sentence pairs");
        assertThat(english.document().profile()).isEqualTo(CleaningProfile.PLAIN);
        assertThat(english.document().original()).isEqualTo("Fellow Deputies,\n\nThis is the first invented test sentence.\n\n"
                + "We will pursue high-quality development.\n\nWe will stay committed to opening up.");
    }

    @Test
    void theSideOptionSelectsChineseOrBoth() {
        List<SourceItem> zh = Fixtures.read(PAIRS, Fixtures.attributes(Map.of(ImportOptions.TSV_SIDE, "zh")));
        List<SourceItem> both = Fixtures.read(PAIRS, Fixtures.attributes(Map.of(ImportOptions.TSV_SIDE, "both")));

        DocumentMeta chinese = zh.get(1).document().meta();
        assertThat(chinese.language()).isEqualTo(Language.ZH);
        assertThat(chinese.title()).isEqualTo("Government Work Report 2031 (Chinese, aligned pairs)");
        assertThat(chinese.attributes()).containsEntry("edition", "aligned-pairs").doesNotContainKeys("translation", "tsv-side");
        assertThat(zh.get(1).document().original()).startsWith("各位代表：\n\n这是第一句");
        assertThat(both).filteredOn(SourceItem::ok).extracting(i -> i.document().meta().language())
                .containsExactly(Language.ZH, Language.EN);
    }

    @Test
    void theLanguageOptionChoosesTheSideInsteadOfRelabellingIt() {
        ImportOptions zh = new ImportOptions(null, null, Language.ZH, null, null, Map.of());
        ImportOptions contradicting = new ImportOptions(null, null, Language.ZH, null, null, Map.of(ImportOptions.TSV_SIDE, "both"));

        SourceItem chinese = Fixtures.read(PAIRS, zh).get(1);
        assertThat(chinese.document().meta().language()).isEqualTo(Language.ZH);
        assertThat(chinese.document().original()).startsWith("各位代表：");
        assertThat(Fixtures.read(PAIRS, contradicting).get(0).problem()).isEqualTo("--lang zh contradicts tsv-side=both: give one of them");
    }

    @Test
    void aBadSideOrHeaderIsAProblem() {
        SourceItem badSide = Fixtures.read(PAIRS, Fixtures.attributes(Map.of(ImportOptions.TSV_SIDE, "fr"))).get(0);
        SourceItem badHeader = Fixtures.read("tsv/other.tsv").get(0);

        assertThat(badSide.problem()).isEqualTo("tsv-side must be zh, en or both, found 'fr'");
        assertThat(badHeader.location()).endsWith("other.tsv:1");
        assertThat(badHeader.problem()).startsWith("line 1: not an aligned-pairs file");
    }
}
