package dev.tifa.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.tifa.app.ImportService;
import dev.tifa.app.Workspace;
import dev.tifa.ingest.ImportOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The aligned-pairs parts of the web app in Chromium: the parallel page, and the block on the concept page with
 * translation drift (table and chart) and the pairs side by side. Two invented editions of aligned pairs (written for
 * this test) render 新质生产力 two ways, and one sentence carries a script that must show as text.
 */
class ParallelBrowserTest {
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final String SCRIPT = "<script>alert('pairs')</script>";

    @TempDir
    static Path dir;
    private static Workspace ws;
    private static WebServer server;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "browser tests skipped: " + CHROMIUM + " is missing (apt-get install -y chromium)");
        Path tsv2030 = write("2030_invented_report_zh_en_pairs.tsv",
                "1\t1\t发展新质生产力。\tWe will develop new quality productive forces.",
                "2\t1\t新质生产力加快形成。\tNew quality productive forces took shape faster.",
                "3\t2\t扩大对外开放。\tWe will expand opening up.");
        Path tsv2031 = write("2031_invented_report_zh_en_pairs.tsv",
                "1\t1\t培育新质生产力。\tWe will foster new productive forces.",
                "2\t2\t因地制宜发展新质生产力。" + SCRIPT + "\tWe will develop fresh productive strength " + SCRIPT + ".",
                "4\t3\t推进高水平对外开放。\tWe will pursue high-standard opening up.");
        ws = Workspace.open(dir.resolve("data"));
        var report = new ImportService(ws).importPaths(List.of(tsv2030, tsv2031),
                new ImportOptions(null, null, null, null, null, Map.of(ImportOptions.TSV_SIDE, "both")),
                ImportService.OnError.ABORT, ImportService.Simplify.NEVER, item -> { });
        assertThat(report.problems()).isEmpty();
        server = WebServer.start(ws, "127.0.0.1", 0);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")));
    }

    private static Path write(String name, String... rows) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, "pair_id\tsource_line\tzh\ten\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        if (server != null) server.close();
        if (ws != null) ws.close();
    }

    private final List<String> dialogs = new java.util.ArrayList<>();

    private Page open(String path) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000)).newPage();
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        page.navigate("http://127.0.0.1:" + server.port() + path);
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
        Page page = open("/term?q=" + java.net.URLEncoder.encode("数字经济", StandardCharsets.UTF_8));
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        assertThat(page.locator("#parallel-block").isHidden()).isTrue();
        page.close();
    }
}
