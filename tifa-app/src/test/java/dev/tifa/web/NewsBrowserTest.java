package dev.tifa.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.tifa.app.ImportService;
import dev.tifa.app.Workspace;
import dev.tifa.model.CleaningProfile;
import dev.tifa.model.DocumentMeta;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import dev.tifa.model.RawDocument;
import dev.tifa.store.NewDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages at news scale, in Chromium: the corpus pages through news items in SQL pages, and the term page draws
 * the reports per document and the news per month side by side, several terms overlaid, a month without items a
 * break in the line. Invented items; skipped (with a message) where /usr/bin/chromium is missing.
 */
class NewsBrowserTest {
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

    @TempDir
    static Path dir;
    private static Workspace ws;
    private static WebServer server;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "browser tests skipped: " + CHROMIUM + " is missing (apt-get install -y chromium)");
        ws = Workspace.open(dir);
        ws.onNotice(m -> { });
        List<NewDocument> docs = new ArrayList<>();
        docs.add(doc("2030年虚构政府工作报告", LocalDate.of(2030, 3, 5), "gov-work-report", Kind.OFFICIAL, Map.of(),
                "各位代表：要加快发展新质生产力，推动高质量发展。"));
        // January and March 2031 have items, February none: a break in the news line, not a zero
        for (int i = 1; i <= 130; i++) {
            LocalDate day = i <= 70 ? LocalDate.of(2031, 1, 1 + i % 28) : LocalDate.of(2031, 3, 1 + i % 28);
            String text = i % 5 == 0 ? "今天的新闻说，要发展新质生产力。" : i % 7 == 0 ? "推动高质量发展取得新成效。" : "今天天气晴朗，农民忙于春耕。";
            docs.add(doc("[视频]第" + i + "条虚构新闻", day, "xwlb", Kind.NEWS, Map.of("num", Integer.toString(1 + i % 12)), text));
        }
        ws.store().saveAll(docs);
        server = WebServer.start(ws, "127.0.0.1", 0);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        if (server != null) server.stop();
        if (ws != null) ws.close();
    }

    private static NewDocument doc(String title, LocalDate date, String series, Kind kind, Map<String, String> attrs, String text) {
        var raw = new RawDocument(new DocumentMeta(title, date, null, series, kind, Language.ZH,
                "https://example.cn/" + Math.abs((title + date).hashCode()), attrs), text, CleaningProfile.PLAIN);
        return ImportService.prepare(raw, ImportService.Simplify.NEVER);
    }

    private Page open(String path) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000)).newPage();
        page.navigate("http://127.0.0.1:" + server.port() + path);
        page.waitForLoadState();
        return page;
    }

    @Test
    void theCorpusPagesThroughNewsItems() {
        Page page = open("/?kind=news");
        assertThat(page.locator("#selected-count").textContent()).isEqualTo("130");
        assertThat(page.locator("#docs-table tbody tr").count()).isEqualTo(100);
        assertThat(page.locator("#page-range").textContent()).isEqualTo("1–100 of 130");
        page.locator("#next-page").click();
        page.waitForLoadState();
        assertThat(page.locator("#docs-table tbody tr").count()).isEqualTo(30);
        assertThat(page.locator("#page-range").textContent()).isEqualTo("101–130 of 130");
        assertThat(page.locator("#docs-table tbody tr").first().textContent()).contains("2031-03");
        Page filtered = open("/?kind=news&from=2031-03-10&to=2031-03-12&title=" + URLEncoder.encode("虚构新闻", StandardCharsets.UTF_8));
        assertThat(filtered.locator("#docs-table tbody tr").allTextContents()).allSatisfy(row -> assertThat(row).contains("2031-03-1"));
        assertThat(filtered.locator("#previous-page").count()).isZero();
        filtered.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "news-corpus.png")));
    }

    @Test
    void theTermPageDrawsReportsAndNewsSideBySideWithSeveralTerms() {
        Page page = open("/term?q=" + URLEncoder.encode("新质生产力", StandardCharsets.UTF_8) + "&also=high-quality-development");
        page.waitForFunction("() => window.echarts && echarts.getInstanceByDom(document.getElementById('news-chart'))"
                + " && echarts.getInstanceByDom(document.getElementById('trend-chart'))");
        Object news = page.evaluate("() => echarts.getInstanceByDom(document.getElementById('news-chart')).getOption().series"
                + ".map(s => s.name + ':' + s.data.map(d => d.value[0] + '=' + d.p.count).join(','))");
        assertThat(((List<?>) news).stream().map(String::valueOf).toList()).containsExactly(
                "新质生产力 · news zh:2031-01-01=14,2031-02-01=null,2031-03-01=12",
                "高质量发展 · news zh:2031-01-01=8,2031-02-01=null,2031-03-01=7");
        Object reports = page.evaluate("() => echarts.getInstanceByDom(document.getElementById('trend-chart')).getOption().series.map(s => s.name)");
        assertThat(((List<?>) reports).stream().map(String::valueOf).toList())
                .containsExactly("新质生产力 · gov-work-report zh", "高质量发展 · gov-work-report zh");
        assertThat(page.locator("#news-total").textContent()).isEqualTo("26");
        assertThat(page.locator("#news-first").textContent()).isEqualTo("2031-01-03");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "news-term.png")).setFullPage(true));
    }

    @Test
    void aPeriodPointOfTheNewsChartOpensThePassagesOfThatPeriodAndADocumentPointItsDocument() {
        Page page = open("/term?q=" + URLEncoder.encode("新质生产力", StandardCharsets.UTF_8));
        page.waitForFunction("() => window.echarts && echarts.getInstanceByDom(document.getElementById('news-chart'))"
                + " && echarts.getInstanceByDom(document.getElementById('trend-chart'))");
        Object report = page.evaluate("() => echarts.getInstanceByDom(document.getElementById('trend-chart')).getOption().series[0].data[0].p.evidence");
        assertThat(String.valueOf(report)).startsWith("/passages?q=new-quality-productive-forces&doc=");
        // click the March point where the chart draws it (in view, once the chart's animation is over)
        page.evaluate("() => document.getElementById('news-chart').scrollIntoView({block: 'center'})");
        page.waitForTimeout(1500);
        Object xy = page.evaluate("() => { const el = document.getElementById('news-chart'); const c = echarts.getInstanceByDom(el);"
                + " const s = c.getOption().series[0]; const i = s.data.findIndex(d => d.p.key === '2031-03');"
                + " const px = c.convertToPixel({seriesIndex: 0}, s.data[i].value); const r = el.getBoundingClientRect();"
                + " return [r.left + px[0], r.top + px[1]]; }");
        List<?> at = (List<?>) xy;
        page.mouse().click(((Number) at.get(0)).doubleValue(), ((Number) at.get(1)).doubleValue());
        page.waitForURL("**/passages?**");
        assertThat(page.url()).contains("from=2031-03-01").contains("to=2031-03-31").contains("kind=news");
        assertThat(page.locator("#span-lead").textContent()).startsWith("12 occurrences");
        assertThat(page.locator("#kwic-table tbody tr").count()).isEqualTo(12);
        assertThat(page.locator("#span-items a").count()).isEqualTo(12);
        assertThat(page.locator("#span-items a").first().getAttribute("href")).startsWith("/doc/xwlb-2031-03-");
        assertThat(page.locator("#next-page").count()).isZero();
    }

    @Test
    void theWindowPageRanksFormulationsAroundADayAndEveryCountOpensItsPassages() {
        Page page = open("/window?around=2031-03-01&days=60&series=xwlb");
        assertThat(page.locator("nav a.on").textContent()).isEqualTo("Before/after");
        var row = page.locator("#window-table tr[data-concept=new-quality-productive-forces]");
        assertThat(row.locator("a.before").textContent()).isEqualTo("14");
        assertThat(row.locator("a.after").textContent()).isEqualTo("12");
        page.waitForFunction("() => window.echarts && echarts.getInstanceByDom(document.getElementById('window-chart'))");
        Object bars = page.evaluate("() => echarts.getInstanceByDom(document.getElementById('window-chart')).getOption().series[0].data.length");
        assertThat(((Number) bars).intValue()).isPositive();
        row.locator("a.before").click();
        page.waitForLoadState();
        assertThat(page.locator("#span-lead").textContent()).startsWith("14 occurrences");
        assertThat(page.locator("#kwic-table tbody tr").allTextContents()).allSatisfy(r -> assertThat(r).contains("xwlb-2031-01-"));
        Page compare = open("/compare");
        assertThat(compare.locator("#window-link").getAttribute("href")).isEqualTo("/window");
    }
}
