package dev.tifa.commentary;

import com.sun.net.httpserver.HttpServer;
import dev.tifa.cli.Tifa;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the command line: an invented English communiqué (two translations) and its predecessor imported, an
 * invented analysis page fetched from a local server into an event, its claims checked and expectations scored.
 */
class CommentaryEndToEndTest {
    @TempDir Path data;
    private HttpServer server;
    private String base;

    static Path fixture(String name) {
        try {
            return Path.of(CommentaryEndToEndTest.class.getResource("/fixtures/commentary/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void start() throws IOException {
        byte[] page = Files.readAllBytes(fixture("analysis-2031.html"));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/analysis/plenum-count", x -> {
            x.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            x.sendResponseHeaders(200, page.length);
            try (OutputStream o = x.getResponseBody()) {
                o.write(page);
            }
        });
        server.createContext("/old-link", x -> {
            x.getResponseHeaders().set("Location", "/analysis/plenum-count");
            x.sendResponseHeaders(301, -1);
            x.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private record Run(int code, String out, String err) {
    }

    private Run tifa(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.add("--data");
        all.add(data.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Tifa.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static String line(String out, String start) {
        return out.lines().map(String::strip).filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError("no line " + start + " in\n" + out));
    }

    @Test
    void importFetchEventClaimsAndScorecard() {
        assertThat(tifa("import", fixture("communique-2031-en.txt").toString()).code()).isZero();
        assertThat(tifa("import", fixture("communique-2031-en-alt.txt").toString()).code()).isZero();
        assertThat(tifa("import", fixture("communique-2026-en.txt").toString(), fixture("preview-2031.txt").toString()).code()).isZero();
        assertThat(tifa("event", "create", "3p-2031", "--title", "Third Plenum of the 21st Central Committee", "--date", "2031-07-18").code()).isZero();
        assertThat(tifa("event", "add", "3p-2031", "3p-2031-communique-en", "3p-2031-communique-en-2", "preview-2031-what-watch-the-2031").code()).isZero();

        Run refused = tifa("fetch", base + "/old-link", "--event", "3p-2031");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("non-public address (127.0.0.1): refused; fetch --allow-private");
        Run fetch = tifa("fetch", base + "/old-link", "--event", "3p-2031", "--allow-private");
        assertThat(fetch.code()).as(fetch.err()).isZero();
        assertThat(fetch.out()).contains("added", base + "/analysis/plenum-count", "text/html", "UTF-8");
        String key = fetch.out().lines().filter(l -> l.startsWith("added")).findFirst().orElseThrow().split("\\s+")[1];

        Run show = tifa("event", "show", "3p-2031");
        assertThat(show.out()).contains("official    en    3p-2031-communique-en ", "commentary  en    " + key, "preview", "Lakeside Press");

        Run claims = tifa("claims", key);
        assertThat(claims.code()).as(claims.err()).isZero();
        String out = claims.out();
        assertThat(line(out, "1  security")).contains("CONFIRMED", "3p-2031-communique-en");
        assertThat(line(out, "2  security")).contains("2026", "CONFIRMED", "3p-2026-communique-en");
        assertThat(line(out, "3  opening up")).contains("OFF", "counting only standalone occurrences");
        assertThat(line(out, "4  opening-up")).contains("OFF", "exact spelling");
        assertThat(line(out, "5  quality productive capacity")).contains("NOT_FOUND", "nearest glossary concept: new-quality-productive-forces");
        assertThat(line(out, "6  Reform")).contains("UNCHECKABLE", "vague");
        assertThat(line(out, "7  Common prosperity")).contains("OFF", "another translation", "Lakeside Press");
        assertThat(line(out, "8  planned economy")).contains("CONFIRMED");
        assertThat(out).contains("8 claims in " + key + ": 3 confirmed, 3 off, 1 not found, 1 uncheckable")
                .doesNotContain("99"); // the author bio's number was stripped with the bio
        assertThat(out).contains("(in high-level opening up)");

        Run load = tifa("expect", "load", "3p-2031", fixture("expectations.yaml").toString());
        assertThat(load.code()).as(load.err()).isZero();
        assertThat(tifa("expect", "add", "3p-2031", "--rule", "at-least 1 \"new quality productive forces\"").out()).contains("1 rule(s) added");
        Run score = tifa("expect", "score", "3p-2031");
        assertThat(score.code()).as(score.err()).isZero();
        String s = score.out();
        assertThat(line(s, "1  appears \"new quality productive forces\"")).contains("MET");
        assertThat(line(s, "2  at-least 3 \"common prosperity\"")).contains("NOT_MET");
        assertThat(line(s, "3  rises security")).contains(" MET ", "3p-2026-communique-en");
        assertThat(line(s, "4  falls \"common prosperity\"")).contains(" MET ");
        assertThat(line(s, "6  theme-rises security")).contains(" MET ");
        assertThat(line(s, "7  absent \"planned economy\"")).contains(" MET ");
        assertThat(line(s, "8  absent security")).contains("NOT_MET");
        assertThat(line(s, "9  falls security")).contains("NOT_MET");
        assertThat(line(s, "10  rises \"common prosperity\"")).contains("NOT_MET");
        assertThat(line(s, "11  theme-rises economy")).contains("NOT_MET");
        assertThat(line(s, "12  at-least 1")).contains(" MET ");
        assertThat(s).contains("Met 7 of 12 (5 not met, 0 undetermined)").contains("【security】");

        Run suggest = tifa("expect", "suggest", "preview-2031-what-watch-the-2031", "--accept", "2");
        assertThat(suggest.out()).contains("rises \"new quality productive forces\"", "at-least 3 \"opening up\"", "1 rule(s) added to 3p-2031");
        assertThat(tifa("expect", "list", "3p-2031").out()).contains("rises \"new quality productive forces\"", "preview-2031-what-watch-the-2031");

        Run themes = tifa("themes", key);
        assertThat(themes.out()).contains("3p-2031-communique-en share %", "difference (points)", "security");

        Run noEvent = tifa("claims", "3p-2026-communique-en");
        assertThat(noEvent.code()).isZero();
        Run bad = tifa("fetch", base + "/nothing-here", "--allow-private");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("tifa fetch: " + base + "/nothing-here: HTTP 404 Not Found");
    }
}
