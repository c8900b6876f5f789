package dev.tifa.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person sees, in Debian's Chromium driven by Playwright: charts drawn, passages opening, CSV downloads, and
 * a script in a document shown as text and never run. Each test is skipped (and counted as skipped) where
 * /usr/bin/chromium is missing.
 * Screenshots go to target/screenshots/.
 */
@org.junit.jupiter.api.extension.ExtendWith(dev.tifa.web.support.RequiresChromium.class)
class BrowserTest {
    private static final Path CHROMIUM = dev.tifa.web.support.RequiresChromium.CHROMIUM;
    private static final Path SHOTS = Paths.get("target", "screenshots");

    private static WebFixture fx;
    private static dev.tifa.web.support.HeadlessChromium chromium;
    private static Browser browser;
    private BrowserContext context;
    private Page page;
    private final List<String> dialogs = new ArrayList<>();

    @BeforeAll
    static void launch() throws Exception {
        if (!dev.tifa.web.support.RequiresChromium.available()) {
            System.err.println("BrowserTest SKIPPED: " + CHROMIUM + " is missing (apt-get install -y chromium fonts-noto-cjk)");
            return; // each test is disabled by RequiresChromium and counted as skipped
        }
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
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000).setAcceptDownloads(true));
        page = context.newPage();
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    private void go(String path) {
        page.navigate(fx.url(path));
        page.waitForLoadState();
    }

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(false));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void trendChartIsDrawnAndTogglesBetweenRatesAndCounts() {
        go("/term?q=" + enc("新质生产力") + "&series=gov-work-report");
        page.waitForFunction("() => window.echarts && echarts.getInstanceByDom(document.getElementById('trend-chart'))");
        Object lengths = page.evaluate("() => echarts.getInstanceByDom(document.getElementById('trend-chart')).getOption().series"
                + ".map(s => s.name + ':' + s.data.length)");
        assertThat(((List<?>) lengths).stream().map(String::valueOf).toList()).containsExactly("新质生产力 · gov-work-report zh:3", "new quality productive forces · gov-work-report en:1");
        assertThat(page.locator("#trend-chart canvas").count()).isPositive();
        page.locator("button[data-measure=count]").click();
        Object raw = page.evaluate("() => echarts.getInstanceByDom(document.getElementById('trend-chart')).getOption().series[0]"
                + ".data.map(d => d.value[1])");
        assertThat(((List<?>) raw).stream().map(String::valueOf).toList()).containsExactly("0", "1", "2");
        assertThat(page.locator("#trend-table tbody tr").count()).isEqualTo(3);
        assertThat(page.locator("#per-language").textContent()).contains("zh: 3 occurrences in 2 of 3 documents", "en: 1 occurrences in 1 of 1 documents");
        shot("term");
    }

    @Test
    void clickingAHighlightedFormulationOpensItsPassages() {
        go("/doc/gwr-2024-final");
        assertThat(page.locator("mark.f").count()).isGreaterThan(4);
        assertThat(page.locator("mark.f mark.f.nested").count()).isPositive();
        assertThat(page.locator("#ctx-panel").isVisible()).isFalse();
        page.locator("mark.f[data-concept=new-quality-productive-forces]").first().click();
        page.locator("#ctx-panel").waitFor();
        assertThat(page.locator("#ctx-title").textContent()).contains("新质生产力");
        assertThat(page.locator("#ctx-list li").count()).isEqualTo(2);
        assertThat(page.locator("#ctx-list li mark").first().textContent()).isEqualTo("新质生产力");
        assertThat(page.locator("mark.f.selected").count()).isEqualTo(2);
        page.waitForFunction("() => echarts.getInstanceByDom(document.getElementById('themes-chart'))");
        shot("reader");
    }

    @Test
    void aNestedFormulationOpensItsOwnPassages() {
        go("/doc/gwr-2023");
        page.locator("mark.f.nested[data-concept=opening-up]").first().click();
        page.locator("#ctx-panel").waitFor();
        assertThat(page.locator("#ctx-list li .nested-note").first().textContent()).contains("高水平对外开放");
    }

    @Test
    void aTableDownloadsAsCsv() throws Exception {
        go("/term?q=" + enc("新质生产力") + "&series=gov-work-report");
        Download d = page.waitForDownload(() -> page.locator("a.download").first().click());
        assertThat(d.suggestedFilename()).isEqualTo("tifa-trend-new-quality-productive-forces.csv");
        List<String> lines = Files.readAllLines(d.path(), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("source_key,source_title,").contains(",count,standalone,nested,per_10k,");
        assertThat(lines).hasSize(5);
        assertThat(String.join("\n", lines)).contains("gwr-2024-final");
    }

    @Test
    void aScriptInADocumentIsShownAsTextAndNeverRuns() {
        go("/?kind=commentary");
        Locator link = page.locator("#docs-table td.title a").first();
        assertThat(link.textContent()).contains(WebFixture.SCRIPT);
        link.click();
        page.waitForLoadState();
        assertThat(page.locator("h1").textContent()).contains(WebFixture.SCRIPT);
        assertThat(page.locator(".doctext").innerText()).contains(WebFixture.SCRIPT).contains("<img src=x onerror=alert(2)>");
        assertThat(page.evaluate("() => document.querySelectorAll('main script, main img').length")).isEqualTo(0);
        page.locator("mark.f").first().click();
        page.locator("#ctx-panel").waitFor();
        page.waitForTimeout(300);
        assertThat(dialogs).isEmpty();
        shot("script-as-text");
    }

    @Test
    void eventPageShowsVerdictsPassagesScorecardAndThemeChart() {
        go("/events");
        page.locator("#events-table a.key").first().click();
        page.waitForLoadState();
        assertThat(page.locator("h1").textContent()).contains("Lakeland");
        assertThat(page.locator("nav a.on").textContent()).isEqualTo("Events");

        Locator claims = page.locator("tbody.claim");
        assertThat(claims.count()).isEqualTo(3);
        assertThat(page.locator("tbody.claim .badge").allTextContents()).containsExactly("CONFIRMED", "OFF", "NOT FOUND");
        assertThat(page.locator("tbody.claim[data-verdict=OFF] td").nth(1).innerText()).contains("opening up");
        assertThat(page.locator("tbody.claim[data-verdict=OFF] .badge").evaluate("e => getComputedStyle(e).backgroundColor"))
                .isNotEqualTo(page.locator("tbody.claim[data-verdict=CONFIRMED] .badge").evaluate("e => getComputedStyle(e).backgroundColor"));

        // the claim's sentence carries the commentary's script, shown as text
        assertThat(page.locator("tbody.claim[data-verdict=OFF] .sentence").innerText()).contains(WebFixture.SCRIPT_EN);
        assertThat(page.locator(".commentary-head h2").innerText()).contains(WebFixture.SCRIPT_EN);
        assertThat(page.evaluate("() => document.querySelectorAll('main script').length")).isEqualTo(0);

        Locator passages = page.locator("tbody.claim[data-verdict=OFF] tr.passages-row");
        assertThat(passages.isVisible()).isFalse();
        page.locator("tbody.claim[data-verdict=OFF] button.expand").click();
        assertThat(passages.isVisible()).isTrue();
        assertThat(passages.locator("li").count()).isEqualTo(3);
        assertThat(passages.locator("li mark.hit").allTextContents()).containsOnly("opening up");
        assertThat(passages.locator("li .nested-note").allTextContents()).containsExactly("inside \u201Creform and opening up\u201D");

        assertThat(page.locator("#score-summary").textContent()).isEqualTo("met 1 of 2");
        assertThat(page.locator("#scorecard-table .badge").allTextContents()).containsExactly("MET", "NOT MET");

        page.waitForFunction("() => window.echarts && echarts.getInstanceByDom(document.getElementById('themes-chart-1'))");
        Object series = page.evaluate("() => echarts.getInstanceByDom(document.getElementById('themes-chart-1')).getOption().series.length");
        assertThat(((Number) series).intValue()).isEqualTo(2);
        assertThat(page.locator("#themes-chart-1 canvas").count()).isPositive();
        page.waitForTimeout(500);
        assertThat(dialogs).isEmpty();
        page.evaluate("() => window.scrollTo(0, 0)");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("event.png")).setFullPage(true));

        // the link to the claim's sentence opens the commentary with the sentence marked
        page.locator("tbody.claim[data-verdict=OFF] a.sentence-link").click();
        page.waitForLoadState();
        assertThat(page.locator("#passage").isVisible()).isTrue();
        assertThat(page.evaluate("() => [...document.querySelectorAll('.doctext .passage')].map(e => e.textContent).join('')"))
                .isEqualTo("The phrase \"opening up\" appears only twice, a sign of caution " + WebFixture.SCRIPT_EN + ".");
        assertThat(page.locator(".doctext").innerText()).contains(WebFixture.SCRIPT_EN);
        assertThat(dialogs).isEmpty();
        shot("event-sentence");
    }

    @Test
    void corpusFiltersAndQueryChart() {
        go("/");
        assertThat(page.locator("#docs-table tbody tr").count()).isEqualTo(8);
        page.selectOption("select[name=lang]", "en");
        page.locator("form.filters button").click();
        page.waitForLoadState();
        assertThat(page.locator("#docs-table tbody tr").count()).isEqualTo(4);
        go("/");
        shot("corpus");

        go("/query?q=" + enc("发展"));
        page.waitForFunction("() => window.echarts && echarts.getInstanceByDom(document.getElementById('query-chart'))");
        Object bars = page.evaluate("() => echarts.getInstanceByDom(document.getElementById('query-chart')).getOption().series[0].data.length");
        assertThat(((Number) bars).intValue()).isEqualTo(page.locator("#count-table tbody tr").count());
        shot("query");
        go("/term");
        shot("glossary");
        go("/compare?a=gwr-2022&b=gwr-2023");
        page.waitForFunction("() => window.echarts && echarts.getInstanceByDom(document.getElementById('themes-shift-chart'))");
        Object themeSeries = page.evaluate("() => echarts.getInstanceByDom(document.getElementById('themes-shift-chart')).getOption().series.length");
        assertThat(((Number) themeSeries).intValue()).isEqualTo(2);
        assertThat(page.locator("#table-new tbody tr").count()).isPositive();
        shot("compare");
        go("/diff?a=gwr-2022&b=gwr-2023");
        assertThat(page.locator("#diff-table ins").count()).isPositive();
        shot("diff");
        go("/doc/nope");
        assertThat(page.locator("h1").textContent()).isEqualTo("Not found");
        shot("not-found");
    }
}
