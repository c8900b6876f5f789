package dev.tifa.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The aligned-pairs parts of the web app in Chromium ({@link ParallelWebFixture}): the parallel page, and the block on
 * the concept page with translation drift (table and chart) and the pairs side by side; a script in a sentence shows
 * as text.
 */
class ParallelBrowserTest {
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final String SCRIPT = ParallelWebFixture.SCRIPT;

    @TempDir
    static Path dir;
    private static ParallelWebFixture fx;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "browser tests skipped: " + CHROMIUM + " is missing (apt-get install -y chromium)");
        fx = ParallelWebFixture.start(dir);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        if (fx != null) fx.close();
    }

    private final List<String> dialogs = new java.util.ArrayList<>();

    private Page open(String path) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000)).newPage();
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        page.navigate(fx.url(path));
        page.waitForLoadState();
        return page;
    }

    @Test
    void theConceptPageShowsDriftByEditionWithAChartAndThePairsSideBySide() throws IOException {
        Page page = open("/term?q=new-quality-productive-forces");
        page.waitForSelector("#parallel-block:not([hidden]) .parallel-pairs tbody tr");
        List<String> drift = page.locator(".parallel-drift tbody tr").allInnerTexts();
        assertThat(drift).hasSize(3);
        assertThat(drift.get(0)).contains("2030", "new quality productive forces", "2");
        assertThat(drift.get(1)).contains("2031", "new productive forces", "1");
        assertThat(drift.get(2)).contains("2031", "(no glossary rendering)", "1");
        page.waitForSelector(".parallel-chart[data-drawn=true] canvas");
        assertThat(page.locator(".parallel-pairs tbody tr").count()).isEqualTo(4);
        // the one-sided pair comes first, with its Chinese hit marked and the script shown as text
        var first = page.locator(".parallel-pairs tbody tr").first();
        assertThat(first.getAttribute("class")).contains("one-sided");
        assertThat(first.locator("td[lang=zh] mark.hit").innerText()).isEqualTo("新质生产力");
        assertThat(first.locator("td[lang=en]").innerText()).contains(SCRIPT);
        assertThat(first.locator("td[lang=en] mark").count()).isZero();
        assertThat(page.locator(".parallel-summary").innerText()).contains("4 in Chinese, 3 in English");
        assertThat(dialogs).as("no script ran").isEmpty();
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "parallel-term.png")).setFullPage(true));
        page.close();
    }

    @Test
    void theParallelPageListsConceptsWithTheFigureAndOpensOne() {
        Page page = open("/parallel");
        assertThat(page.locator("#parallel-figure").innerText()).contains("bilingual concepts with ≥3 hits agree");
        assertThat(page.locator("#parallel-table").innerText()).contains("new-quality-productive-forces");
        page.locator("#parallel-table a.key", new Page.LocatorOptions().setHasText("new-quality-productive-forces")).click();
        page.waitForSelector("#parallel-block:not([hidden]) .parallel-pairs tbody tr");
        assertThat(page.url()).contains("/parallel?q=new-quality-productive-forces");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "parallel-page.png")).setFullPage(true));
        page.close();
    }

    @Test
    void aConceptWithoutAlignedPairsShowsNoBlock() {
        Page page = open("/term?q=" + java.net.URLEncoder.encode("数字经济", java.nio.charset.StandardCharsets.UTF_8));
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        assertThat(page.locator("#parallel-block").isHidden()).isTrue();
        page.close();
    }
}
