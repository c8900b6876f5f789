package dev.tifa.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The instrument pages in Chromium (skipped, with a message, where /usr/bin/chromium is missing): charts drawn from
 * the same numbers as the tables, a bad pattern explained, and a discovery decision taken by clicking.
 */
class InstrumentsBrowserTest {
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SHOTS = Paths.get("target", "screenshots");

    private static WebFixture fx;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void launch() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) System.err.println("InstrumentsBrowserTest SKIPPED: " + CHROMIUM + " is missing");
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "browser tests skipped: " + CHROMIUM + " is missing (apt-get install -y chromium)");
        Files.createDirectories(SHOTS);
        fx = InstrumentsFixture.start();
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")));
    }

    @AfterAll
    static void close() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        if (fx != null) fx.close();
    }

    private static Page page() {
        BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000));
        return c.newPage();
    }

    private static void go(Page page, String path) {
        page.navigate(fx.url(path));
        page.waitForLoadState();
    }

    private static int chartNumber(Page page, String expression) {
        page.waitForFunction("() => window.echarts && echarts.getInstanceByDom(document.getElementById('instrument-chart'))");
        return ((Number) page.evaluate("() => { const o = echarts.getInstanceByDom(document.getElementById('instrument-chart')).getOption(); return "
                + expression + "; }")).intValue();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void severalPatternsInOneChartWithTheirSlots() {
        Page page = page();
        go(page, "/patterns?mode=pattern&series=test-report&q=" + enc("坚持…不动摇\n统筹{X}和{Y}"));
        assertThat(chartNumber(page, "o.series.length")).isEqualTo(2);
        assertThat(chartNumber(page, "o.series[0].data.length")).isEqualTo(3);
        assertThat(page.locator("#grid-slots tbody tr").count()).isEqualTo(2);
        assertThat(page.locator("#grid-slots tbody tr").first().innerText()).contains("X=发展 Y=安全");
        assertThat(page.locator("#kwic-table tbody tr").count()).isEqualTo(3);
        page.waitForTimeout(600);   // let the chart's animation finish before the screenshot
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("instrument-patterns.png")));
        page.context().close();
    }

    @Test
    void passagesSortByTheRightContextWithinTheSentence() {
        Page page = page();
        go(page, "/patterns?mode=term&series=test-report&sort=right&context=sentence&q=" + enc("新质生产力"));
        // right contexts cut at the sentence end: 。 (2031), ，大力发展新质生产力。 (2032), 。 (2032): 。 (U+3002) sorts before ，
        var rights = page.locator("#kwic-table td.right").allInnerTexts();
        assertThat(rights).containsExactly("。", "。", "，大力发展新质生产力。");
        assertThat(page.locator("select[name=sort]").inputValue()).isEqualTo("right");
        page.context().close();
    }

    @Test
    void aMalformedPatternIsExplained() {
        Page page = page();
        go(page, "/patterns?mode=pattern&q=" + enc("加快(建设"));
        assertThat(page.locator("main").innerText()).contains("position 3").contains("never closed");
        page.context().close();
    }

    @Test
    void positionDrawsDispersionAndMoves() {
        Page page = page();
        go(page, "/position?series=test-report&q=" + enc("科技"));
        // 科技: 2 + 1 + 2 occurrences → 5 dots
        assertThat(chartNumber(page, "o.series[0].data.length")).isEqualTo(5);
        assertThat(page.locator("#grid-positions .strip .tick").count()).isEqualTo(5);
        assertThat(page.locator("#grid-moves").innerText()).contains("from task 2 to task 1 (up)");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("instrument-position.png")));
        go(page, "/ladder?series=test-report&q=" + enc("新质生产力"));
        assertThat(chartNumber(page, "o.series[0].data.length")).isEqualTo(2);
        assertThat(page.locator("#grid-ladder").innerText()).contains("warmer");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("instrument-ladder.png")));
        page.context().close();
    }

    @Test
    void aCandidateIsDismissedByClickingAndStaysDismissed() {
        Page page = page();
        go(page, "/discover?doc=test-report-2033");
        assertThat(page.locator("#candidates tr[data-candidate='蓝色粮仓']").count()).isEqualTo(1);
        page.locator("#candidates tr[data-candidate='蓝色粮仓'] form.dismiss button").click();
        page.waitForLoadState();
        assertThat(page.locator("h1").innerText()).startsWith("Discover");   // not refused: the browser's Origin is this server
        assertThat(page.locator("#candidates tr[data-candidate='蓝色粮仓']").count()).isZero();
        go(page, "/discover?doc=test-report-2033&dismissed=1");
        assertThat(page.locator("#candidates tr[data-candidate='蓝色粮仓'] .decision").innerText()).isEqualTo("dismissed");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("instrument-discover.png")));
        page.context().close();
    }
}
