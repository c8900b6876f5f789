package dev.tifa.ingest;

import dev.tifa.model.CleaningProfile;
import dev.tifa.model.DocumentMeta;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import dev.tifa.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlArticleReaderTest {

    private static RawDocument read(String fixture) {
        SourceItem item = Fixtures.read(fixture).get(0);
        assertThat(item.problem()).isNull();
        return item.document();
    }

    @Test
    void analysisPageKeepsTheArticleAndDropsEveryKindOfClutter() {
        RawDocument doc = read("html/analysis-plenum.html");
        String text = doc.original();

        assertThat(text).startsWith("The communiqué released on Friday night")
                .contains("A new emphasis on fisheries cooperatives")
                .contains("\"We will not measure progress by the size of the harbour alone,\"")
                .contains("What the document leaves out is as telling.")
                .contains("Cheaper credit for cooperatives on the northern shore")
                .endsWith("when the standing committee next meets.");
        assertThat(text).doesNotContain("cookies", "Accept all", "Politics", "Subscribe", "Already a subscriber", "Log in",
                "Advertisement", "Loading", "min read", "Fact-checked", "comments", "Share", "Twitter", "Copy link",
                "Photo:", "Tomas Reyes", "Xinhua/Jonas Pell", "Mira Okafor covers", "Related", "Eighth Plenum", "Most popular",
                "Ferry fares", "You may also like", "How the lake provinces vote", "newsletter", "Leave a comment",
                "All rights reserved", "What the Ninth Plenum", "Analysis");
        assertThat(text.split("\n\n")).hasSize(9);
    }

    @Test
    void analysisPageMetadata() {
        RawDocument doc = read("html/analysis-plenum.html");
        DocumentMeta meta = doc.meta();

        assertThat(meta.title()).isEqualTo("What the Ninth Plenum of the Lakeland Workers' Party really changed");
        assertThat(meta.date()).isEqualTo(LocalDate.of(2031, 4, 12));
        assertThat(meta.kind()).isEqualTo(Kind.COMMENTARY);
        assertThat(meta.language()).isEqualTo(Language.EN);
        assertThat(meta.attributes()).containsEntry("byline", "Mira Okafor").containsEntry("section", "Analysis")
                .containsEntry("site", "Lakeside Review").containsEntry("extracted-by", "tifa-html")
                .containsEntry("url", "https://review.example.org/analysis/ninth-plenum-lakeland");
        assertThat(meta.source()).endsWith("analysis-plenum.html");
        assertThat(doc.profile()).isEqualTo(CleaningProfile.EXTRACTED);
    }

    @Test
    void wirePageWithoutArticleTagIsFoundByParagraphDensity() {
        RawDocument doc = read("html/wire-report.html");

        assertThat(doc.meta().title()).isEqualTo("Harbour province sets 5 percent growth target for 2030");
        assertThat(doc.meta().attributes()).containsEntry("byline", "Chen Lan");
        assertThat(doc.meta().date()).isEqualTo(LocalDate.of(2030, 2, 14));
        assertThat(doc.original()).startsWith("PORT HARBOUR, Feb. 14 --")
                .contains("twelve new vocational schools")
                .endsWith("The assembly is expected to approve the report on Feb. 20.");
        assertThat(doc.original()).doesNotContain("Xinhua/Zhang Wei", "Governor Ada Linde addresses", "Loading", "Read more",
                "Harbour unveils budget", "Illustration", "Editor", "Most read", "Snow closes", "ADVERTISEMENT", "Home",
                "Copyright", "Share");
    }

    @Test
    void chineseCommentaryPage() {
        RawDocument doc = read("html/commentary-zh.html");

        assertThat(doc.meta().title()).isEqualTo("评论：湖滨省“三项行动”的新提法");
        assertThat(doc.meta().date()).isEqualTo(LocalDate.of(2031, 5, 3));
        assertThat(doc.meta().language()).isEqualTo(Language.ZH);
        assertThat(doc.meta().attributes()).containsEntry("byline", "林晓").containsEntry("site", "湖滨观察网")
                .containsEntry("section", "评论");
        assertThat(doc.original()).isEqualTo("湖滨省昨天公布的工作要点中，“三项行动”第一次被写进了标题。这个提法去年只在一份内部通知里出现过一次。\n\n"
                + "从文字上看，新提法把“稳步推进”改成了“全面推进”，把“试点”改成了“推广”，语气明显加强。\n\n"
                + "不过，要点对资金来源只字未提。没有配套的财政安排，“全面推进”能走多远，还要看下半年的预算调整。");
    }

    @Test
    void governmentPageWrappedInAFormWithLineBreaks() {
        ImportOptions official = new ImportOptions(null, Kind.OFFICIAL, null, null, null, Map.of());
        SourceItem item = Fixtures.read(Fixtures.path("html/notice-form-wrapped.htm"), official).get(0);
        RawDocument doc = item.document();

        assertThat(doc.meta().kind()).isEqualTo(Kind.OFFICIAL);
        assertThat(doc.meta().title()).isEqualTo("湖滨省人民政府关于开展“清水行动”的通知");
        assertThat(doc.meta().date()).isEqualTo(LocalDate.of(2031, 6, 1));
        assertThat(doc.original()).startsWith("湖滨省人民政府关于开展“清水行动”的通知\n\n各市、县人民政府")
                .contains("\n\n一、各地要在九月底前完成排污口排查。\n\n")
                .endsWith("2031年6月1日");
        assertThat(doc.original()).doesNotContain("网站首页", "打印本页", "关闭窗口");
    }

    @Test
    void gbkPageLabelledGb2312IsDecoded(@TempDir Path dir) throws IOException {
        // 镕 is in GBK but not in GB2312: pages labelled gb2312 use it all the same
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "<title>虚构新闻标题_湖滨网</title></head><body><div class=\"nav\"><a href=\"/\">首页</a></div>"
                + "<div id=\"article\"><p>记者李镕报道：湖滨省今天发布了虚构的测试消息，内容涉及高质量发展。</p>"
                + "<p>第二段虚构文字，用来检验编码。</p></div></body></html>";
        Path file = Files.write(dir.resolve("gbk-page.html"), html.getBytes(Charset.forName("GBK")));

        RawDocument doc = Fixtures.read(file).get(0).document();

        assertThat(doc.meta().title()).isEqualTo("虚构新闻标题");
        assertThat(doc.original()).isEqualTo("记者李镕报道：湖滨省今天发布了虚构的测试消息，内容涉及高质量发展。\n\n第二段虚构文字，用来检验编码。");
        assertThat(doc.meta().language()).isEqualTo(Language.ZH);
    }

    @Test
    void parsesDownloadedBytesWithACharsetHint() {
        String html = "<html><body><article><p>虚构的文字，用于测试字符集提示。</p></article></body></html>";

        RawDocument doc = HtmlArticleReader.parse(html.getBytes(Charset.forName("GB18030")), "GBK",
                "https://example.org/a.html", ImportOptions.none());

        assertThat(doc.original()).isEqualTo("虚构的文字，用于测试字符集提示。");
        assertThat(doc.meta().source()).isEqualTo("https://example.org/a.html");
        assertThat(doc.meta().title()).isEqualTo("https://example.org/a.html");
    }

    @Test
    void parsesAStringAndExplainsAPageWithoutText() {
        RawDocument doc = HtmlArticleReader.parse("<title>Short note | Example Times</title><p>One invented paragraph.</p>",
                "", ImportOptions.none());

        assertThat(doc.meta().title()).isEqualTo("Short note");
        assertThat(doc.meta().source()).isNull();
        assertThatThrownBy(() -> HtmlArticleReader.parse("<nav><a href='/'>Home</a></nav>", "", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no article text found in the page");
    }

    @Test
    void stockWordsInsideASentenceStay() {
        RawDocument doc = HtmlArticleReader.parse("<article><p>The <em>share</em> of exports fell, and <a href='/x'>Related</a>"
                + " parties objected.</p><p><strong>Advertisement</strong></p></article>", "", ImportOptions.none());

        assertThat(doc.original()).isEqualTo("The share of exports fell, and Related parties objected.");
    }

    @Test
    void siteNamesAreTrimmedOnlyWhenTheyLookLikeSites() {
        assertThat(PageMetadata.withoutSiteName("Reform plenum - Xinhua", null)).isEqualTo("Reform plenum");
        assertThat(PageMetadata.withoutSiteName("Reform plenum | China Daily", null)).isEqualTo("Reform plenum");
        assertThat(PageMetadata.withoutSiteName("Reform plenum - Opinion - Lakeside Review", "Lakeside Review"))
                .isEqualTo("Reform plenum - Opinion");
        assertThat(PageMetadata.withoutSiteName("Growth - and its limits", null)).isEqualTo("Growth - and its limits");
        assertThat(PageMetadata.withoutSiteName("虚构标题_新华网", null)).isEqualTo("虚构标题");
    }

    @Test
    void datesInTheBylineArea() {
        assertThat(PageMetadata.firstDate("By Li Wei | Updated: 2024-07-21 08:00")).isEqualTo(LocalDate.of(2024, 7, 21));
        assertThat(PageMetadata.firstDate("2024年7月21日 来源：某网")).isEqualTo(LocalDate.of(2024, 7, 21));
        assertThat(PageMetadata.firstDate("Published July 21, 2024")).isEqualTo(LocalDate.of(2024, 7, 21));
        assertThat(PageMetadata.firstDate("21 Sept 2024")).isEqualTo(LocalDate.of(2024, 9, 21));
        assertThat(PageMetadata.firstDate("no date here")).isNull();
    }

    @Test
    void anEmptyFileIsAProblem(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("empty.html"), "  \n", StandardCharsets.UTF_8);

        assertThat(Fixtures.read(file).get(0).problem()).isEqualTo("empty file");
    }
}
