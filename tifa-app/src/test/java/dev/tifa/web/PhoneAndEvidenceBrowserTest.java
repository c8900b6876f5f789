package dev.tifa.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.tifa.web.support.RequiresChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9 item 15, in Chromium: every count and chart point opens a readable passages page (never raw JSON), and at
 * a phone's width (390 px) the navigation, the search and the tables are usable. Screenshots in target/screenshots/.
 */
@ExtendWith(RequiresChromium.class)
class PhoneAndEvidenceBrowserTest {
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static WebFixture fx;
    private static dev.tifa.web.support.HeadlessChromium chromium;
    private static Browser browser;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void launch() throws Exception {
        if (!RequiresChromium.available()) return; // each test is counted as skipped
        Files.createDirectories(SHOTS);
        fx = WebFixture.start();
        chromium = dev.tifa.web.support.HeadlessChromium.launch();
        browser = chromium.browser();
    }

    @AfterAll
    static void close() {
        if (chromium != null) chromium.close();
        if (fx != null) fx.close();
    }

    @BeforeEach
    void open() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    private void go(String path) {
        page.navigate(fx.url(path));
        page.waitForLoadState();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private int pageWidth() {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
    }

    /** For the failure message: the outermost elements that stick out to the right. */
    private Object tooWide() {
        return page.evaluate("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 392"
                + " && !(e.parentElement && e.parentElement.getBoundingClientRect().right > 392)).slice(0, 5)"
                + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))");
    }

    @Test
    void compareCountsOpenAReadablePassagesPage() {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000));
        page = context.newPage();
        go("/compare?a=gwr-2022&b=gwr-2023");
        page.locator("td.num a[href^='/passages']:not(:text-is('0'))").first().click();
        page.waitForLoadState();
        assertThat(page.url()).contains("/passages?");
        assertThat(page.locator("#kwic-table").isVisible()).isTrue();
        assertThat(page.locator("#kwic-table mark.hit").count()).isPositive();
        assertThat(page.content()).doesNotContain("\"contexts\"");
        assertThat(page.locator("a.download").getAttribute("href")).startsWith("/api/kwic?").endsWith("&format=csv");
    }

    @Test
    void everyTrendPointLinksToItsPassages() {
        go("/term?q=" + enc("新质生产力") + "&series=gov-work-report");
        page.waitForFunction("() => window.echarts && echarts.getInstanceByDom(document.getElementById('trend-chart'))");
        Object links = page.evaluate("() => echarts.getInstanceByDom(document.getElementById('trend-chart')).getOption().series"
                + ".flatMap(s => s.data.map(d => d.p.evidence))");
        List<String> all = ((List<?>) links).stream().map(String::valueOf).toList();
        assertThat(all).isNotEmpty().allMatch(l -> l.startsWith("/passages?q="));
        go(all.get(all.size() - 1));
        assertThat(page.locator("#kwic-table").isVisible()).isTrue();
        assertThat(page.locator("#kwic-table a").first().isVisible()).isTrue(); // all of it fits at 390 px or scrolls inside its card
        assertThat(pageWidth()).as("too wide: " + tooWide()).isLessThanOrEqualTo(392);
    }

    @Test
    void atPhoneWidthNavigationSearchAndTablesAreUsable() {
        for (String path : List.of("/", "/term?q=" + enc("高水平对外开放"), "/compare?a=gwr-2022&b=gwr-2023", "/events",
                "/passages?q=opening-up&doc=gwr-2023")) {
            go(path);
            assertThat(pageWidth()).as(path + ": the page does not scroll sideways; too wide: " + tooWide()).isLessThanOrEqualTo(392);
            var nav = page.locator("nav a");
            assertThat(nav.count()).as(path).isPositive();
            for (int i = 0; i < nav.count(); i++) {
                var box = nav.nth(i).boundingBox();
                assertThat(box).as(path + " nav link " + i).isNotNull();
                assertThat(box.x + box.width).as(path + " nav link " + i + " on screen").isLessThanOrEqualTo(392);
            }
            var search = page.locator("input[name=q]").first();
            assertThat(search.isVisible()).as(path + ": a search box").isTrue();
            var tables = page.locator("table.data");
            for (int i = 0; i < tables.count(); i++) {
                Object scrolls = tables.nth(i).evaluate("t => { const p = t.parentElement; const s = getComputedStyle(p).overflowX;"
                        + " return t.scrollWidth <= p.clientWidth + 1 || s === 'auto' || s === 'scroll'; }");
                assertThat(scrolls).as(path + ": table " + i + " fits or scrolls inside its card").isEqualTo(true);
            }
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("phone" + path.replaceAll("[^a-z]+", "-") + ".png")));
        }
        go("/");
        page.locator("input[name=q]").first().fill("新质生产力");
        page.locator("input[name=q]").first().press("Enter");
        page.waitForLoadState();
        assertThat(page.url()).contains("q=");
    }
}
