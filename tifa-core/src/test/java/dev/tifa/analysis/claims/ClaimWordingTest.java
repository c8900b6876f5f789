package dev.tifa.analysis.claims;

import dev.tifa.model.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Issue 9 item 14 (claims written with ASCII quotes, 一词) and item 12 (the text a claim names); invented sentences. */
class ClaimWordingTest {
    private final ClaimFinder finder = new ClaimFinder(List.of("安全", "改革", "全面深化改革", "进一步全面深化改革", "对外开放"));

    private List<Claim> zh(String text) {
        return finder.find(text, Language.ZH);
    }

    @Test
    void asciiQuotesInChineseFindTheClaim() {
        assertThat(zh("虚构评论指出，\"进一步全面深化改革\"共出现12次。")).extracting(Claim::phrase, Claim::number)
                .containsExactly(tuple("进一步全面深化改革", 12));
        assertThat(zh("文中'对外开放'出现了3次。")).extracting(Claim::phrase, Claim::number).containsExactly(tuple("对外开放", 3));
        assertThat(zh("公报提到\"改革\"53次，\"进一步全面深化改革\"共出现12次。")).extracting(Claim::phrase, Claim::number)
                .containsExactly(tuple("改革", 53), tuple("进一步全面深化改革", 12));
        assertThat(zh("“进一步全面深化改革\"共出现12次。")).extracting(Claim::phrase).containsExactly("进一步全面深化改革");
        assertThat(zh("\"安全\"一词在公报中出现了6次。")).extracting(Claim::phrase, Claim::number).containsExactly(tuple("安全", 6));
    }

    @Test
    void asciiQuoteAfterAFullStopOpensTheNextSentence() {
        assertThat(zh("全会召开。\"全面深化改革\"共出现3次。他说：\"改革。\"安全出现了2次。")).extracting(Claim::phrase, Claim::number)
                .containsExactly(tuple("全面深化改革", 3), tuple("安全", 2));
    }

    @Test
    void yiCiIsNeverThePhrase() {
        for (String s : List.of("这一词出现了5次。", "其中一词出现了5次。", "一词共出现5次。", "该词一词出现5次。")) {
            assertThat(zh(s)).as(s).extracting(Claim::phrase).noneMatch(p -> p.contains("一词") || p.equals("这") || p.equals("该词"));
        }
        assertThat(zh("虚构公报里安全一词出现了6次。")).extracting(Claim::phrase).containsExactly("安全");
    }

    @Test
    void theSessionAClaimNamesIsRead() {
        assertThat(NamedText.in("十八届三中全会公报中安全只出现了")).contains(NamedText.plenum(18, 3));
        assertThat(NamedText.in("中国共产党第十八届中央委员会第三次全体会议公报里")).contains(NamedText.plenum(18, 3));
        assertThat(NamedText.in("二十届三中全会的决定")).contains(NamedText.plenum(20, 3));
        assertThat(NamedText.in("党的十九大报告中")).contains(NamedText.congress(19));
        assertThat(NamedText.in("第二十次全国代表大会报告")).contains(NamedText.congress(20));
        assertThat(NamedText.in("The communiqué of the 18th Central Committee's third plenum used")).contains(NamedText.plenum(18, 3));
        assertThat(NamedText.in("the Third Plenum of the 20th CPC Central Committee")).contains(NamedText.plenum(20, 3));
        assertThat(NamedText.in("the 19th Party Congress report")).contains(NamedText.congress(19));
        assertThat(NamedText.in("公报中安全只出现了")).isEmpty();
        assertThat(NamedText.in("三中全会以来")).isEmpty();
        assertThat(NamedText.in("十九大报告里")).contains(NamedText.congress(19));
        assertThat(NamedText.in("三大攻坚战一词")).isEmpty();
        assertThat(NamedText.in("十大产业中")).isEmpty();
        assertThat(NamedText.in("the 14th National People's Congress")).isEmpty();
    }
}
