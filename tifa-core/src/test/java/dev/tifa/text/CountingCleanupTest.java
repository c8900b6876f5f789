package dev.tifa.text;

import dev.tifa.model.CleaningProfile;
import dev.tifa.text.clean.TraditionalOnlyFolding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Cleaning defects that made counts silently lower (issue 9, items 2–4); fixtures invented. */
class CountingCleanupTest {
    private final Cleaner wikisource = Cleaner.forProfile(CleaningProfile.WIKISOURCE, false);
    private final Cleaner plain = Cleaner.forProfile(CleaningProfile.PLAIN, false);

    @Test
    void lineBreakRepairInsertsNothingAroundDigitsInChineseText() {
        String text = "城市细颗粒物（PM\n2.5\n）浓度下降，广义货币M\n2\n增长适度。";
        assertThat(wikisource.clean(text).text()).isEqualTo("城市细颗粒物（PM2.5）浓度下降，广义货币M2增长适度。");
    }

    @Test
    void lineBreakRepairStillJoinsEnglishWordsWithASpace() {
        assertThat(wikisource.clean("城市空气改善。引用 an English\nphrase 在此。").text()).isEqualTo("城市空气改善。引用 an English phrase 在此。");
        assertThat(wikisource.clean("Fine particulate matter (PM\n2.5) fell in\ncities.").text())
                .isEqualTo("Fine particulate matter (PM 2.5) fell in cities.");
    }

    @Test
    void spacedDigitsAreJoinedInChineseText() {
        String text = "本届政府从１ ９ ９ ３ 年３ 月就职，去年增长８ ．８ ％，达到７ ４ ７ ７ ２ 亿元。";
        CleanText clean = plain.clean(text);
        assertThat(clean.text()).isEqualTo("本届政府从1993年3月就职，去年增长8.8%，达到74772亿元。");
        int at = clean.text().indexOf("1993年");
        int[] span = clean.originalSpan(at, at + 5);
        assertThat(text.substring(span[0], span[1])).isEqualTo("１ ９ ９ ３ 年");
    }

    @Test
    void spacesBetweenNumbersStayInEnglishText() {
        assertThat(plain.clean("Output rose 3 4 times over 2 decades.").text()).isEqualTo("Output rose 3 4 times over 2 decades.");
    }

    @Test
    void traditionalOnlyCharactersAreFoldedInEveryText() {
        String text = "我们坚持改革開放，完成五年計劃，以後更好。乾隆年间，著名。";
        CleanText clean = plain.clean(text);
        assertThat(clean.text()).isEqualTo("我们坚持改革开放，完成五年计划，以后更好。乾隆年间，著名。");
        assertThat(TraditionalOnlyFolding.foldedIn(clean, text)).isEqualTo(4);
        int at = clean.text().indexOf("改革开放");
        int[] span = clean.originalSpan(at, at + 4);
        assertThat(text.substring(span[0], span[1])).isEqualTo("改革開放");
    }

    @Test
    void charactersValidInBothScriptsAreNotOnTheList() {
        for (char c : "乾著於徵夥干后发".toCharArray()) assertThat(TraditionalOnlyFolding.pairs()).doesNotContainKey(c);
        assertThat(TraditionalOnlyFolding.fold('後')).isEqualTo('后');
        assertThat(TraditionalOnlyFolding.fold('髮')).isEqualTo('发');
    }
}
