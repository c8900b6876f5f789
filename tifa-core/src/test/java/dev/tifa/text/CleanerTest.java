package dev.tifa.text;

import dev.tifa.model.CleaningProfile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CleanerTest {
    private final Cleaner wikisource = Cleaner.forProfile(CleaningProfile.WIKISOURCE, false);
    private final Cleaner plain = Cleaner.forProfile(CleaningProfile.PLAIN, false);

    @Test
    void removesWikisourceLicenceFooter() {
        String text = "各位代表：\n\n我们要加快建设。\n\n\n\n本作品是中华人民共和国的\n法律\n、\n法规\n，属于\n公有领域\n。\n\nPublic domain\nfalse\nfalse";
        assertThat(wikisource.clean(text).text()).isEqualTo("各位代表：\n\n我们要加快建设。");
    }

    @Test
    void keepsTextThatOnlyMentionsPublicDomainOutsideTheTail() {
        String body = "本作品讨论公有领域。\n\n" + "正文。".repeat(2000);
        assertThat(wikisource.clean(body).text()).startsWith("本作品讨论公有领域。");
    }

    @Test
    void rejoinsTermsSplitByLinkLineBreaks() {
        String text = "听取和审议了所作的\n政府工作报告\n。会议充分肯定\n\n下一段 with an English\nlink here.";
        assertThat(wikisource.clean(text).text()).isEqualTo("听取和审议了所作的政府工作报告。会议充分肯定\n\n下一段 with an English link here.");
    }

    @Test
    void plainTextLineBreaksArePargraphBreaks() {
        assertThat(plain.clean("第一段。\n第二段。\r\n\n\n第三段。\n").text()).isEqualTo("第一段。\n\n第二段。\n\n第三段。");
    }

    @Test
    void foldsFullWidthCharactersAndSpacedOutNames() {
        String text = "国务院总理\u3000\n李\u3000强\n\n增长１３.６％，ＰＭ２．５下降。\u3000\u3000现在，我代表";
        String clean = wikisource.clean(text).text();
        assertThat(clean).isEqualTo("国务院总理李强\n\n增长13.6%，PM2.5下降。现在，我代表");
    }

    @Test
    void keepsChineseSentencePunctuationFullWidth() {
        assertThat(plain.clean("一、（一）坚持；发展！").text()).isEqualTo("一、（一）坚持；发展！");
    }

    @Test
    void dropsZeroWidthSpacesThatSplitWords() {
        assertThat(wikisource.clean("交出一份人\n\u200b\n民满意").text()).isEqualTo("交出一份人民满意");
    }

    @Test
    void everyCleanPositionMapsBackToTheSameCharacterInTheOriginal() {
        String original = "  国务院总理\u3000\n李\u3000强\n\n推进高水平\n对外开放\n，ＧＤＰ增长。\n\n本作品是中华人民共和国的法律，属于公有领域。";
        CleanText clean = wikisource.clean(original);
        String t = clean.text();
        int at = t.indexOf("对外开放");
        int[] span = clean.originalSpan(at, at + 4);
        assertThat(original.substring(span[0], span[1])).isEqualTo("对外开放");
        int g = t.indexOf("GDP");
        assertThat(original.substring(clean.originalSpan(g, g + 3)[0], clean.originalSpan(g, g + 3)[1])).isEqualTo("ＧＤＰ");
        int li = t.indexOf("李强");
        int[] name = clean.originalSpan(li, li + 2);
        assertThat(original.substring(name[0], name[1])).isEqualTo("李\u3000强");
    }

    @Test
    void traditionalToSimplifiedKeepsOffsets() {
        Cleaner t2s = Cleaner.forProfile(CleaningProfile.PLAIN, true);
        CleanText c = t2s.clean("廣州共產黨報告\n經濟發展");
        assertThat(c.text()).isEqualTo("广州共产党报告\n\n经济发展");
        int at = c.text().indexOf("经济");
        assertThat("廣州共產黨報告\n經濟發展".substring(c.originalSpan(at, at + 2)[0], c.originalSpan(at, at + 2)[1])).isEqualTo("經濟");
    }
}
