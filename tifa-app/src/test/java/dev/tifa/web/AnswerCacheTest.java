package dev.tifa.web;

import dev.tifa.app.Workspace;
import dev.tifa.web.support.RequestStops;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server keeps computed answers (issue 11 item 10): they are the answers computed afresh, and a write committed
 * to the store, by the server's own process or by another one (a second store session, as another {@code tifa import}
 * would be), is seen by the next request.
 */
class AnswerCacheTest {
    private static final String PHRASE = "虚构测试提法";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Path dir;
    private Workspace ws;
    private WebServer kept;
    private WebServer fresh;

    @BeforeEach
    void start() throws Exception {
        dir = Files.createTempDirectory("tifa-cache-test");
        ws = Workspace.open(dir);
        ws.store().saveAll(StoreDocs.holding("甲系列", PHRASE, 3));
        kept = WebServer.start(ws, "127.0.0.1", 0);
        fresh = WebServer.start(ws, "127.0.0.1", 0, new WebServer.Options(0, RequestStops.DEFAULT_LIMIT, RequestStops.Watcher.NONE));
    }

    @AfterEach
    void stop() {
        kept.stop();
        fresh.stop();
        ws.close();
        StoreDocs.delete(dir);
    }

    @Test
    void keptAnswersAreTheAnswersComputedAfresh() throws Exception {
        String q = enc(PHRASE);
        for (String path : List.of("/", "/api/docs", "/api/count?q=" + q, "/api/kwic?q=" + q, "/api/term?q=" + q,
                "/term?q=" + q, "/query?q=" + q, "/api/count?q=" + q + "&format=csv", "/api/docs?kind=official")) {
            String first = get(kept, path).body();
            assertEquals(first, get(kept, path).body(), path + ": the second answer (kept) differs from the first");
            assertEquals(get(fresh, path).body(), get(kept, path).body(), path + ": kept differs from computed afresh");
        }
        HttpResponse<String> csv = get(kept, "/api/count?q=" + q + "&format=csv");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), "a kept CSV stays CSV");
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains(".csv"), "and keeps its file name");
        assertTrue(csv.headers().firstValue("Content-Security-Policy").isPresent(), "and the security headers");
    }

    @Test
    void errorsAreNotKept() throws Exception {
        assertEquals(400, get(kept, "/api/count").statusCode());
        assertEquals(400, get(kept, "/api/count").statusCode());
        assertEquals(404, get(kept, "/doc/no-such-document").statusCode());
    }

    @Test
    void aWriteFromAnotherStoreSessionIsSeenByTheNextRequest() throws Exception {
        String count = "/api/count?q=" + enc(PHRASE);
        String before = get(kept, count).body();
        assertTrue(before.contains("\"documents\":3"), before);
        assertEquals(before, get(kept, count).body());
        try (Workspace other = Workspace.open(dir)) { // its own connections, as another process importing would have
            other.store().saveAll(StoreDocs.holding("乙系列", PHRASE, 2));
        }
        String after = get(kept, count).body();
        assertTrue(after.contains("\"documents\":5"), after);
        assertEquals(get(fresh, count).body(), after);
        assertTrue(get(kept, "/api/docs").body().contains("\"total\":5"));
    }

    @Test
    void aWriteByTheServersOwnStoreIsSeenByTheNextRequest() throws Exception {
        String docs = "/api/docs";
        String before = get(kept, docs).body();
        ws.store().saveAll(StoreDocs.holding("丙系列", PHRASE, 1));
        String after = get(kept, docs).body();
        assertNotEquals(before, after);
        assertTrue(after.contains("\"total\":4"), after);
    }

    @Test
    void theGenerationChangesWithEveryCommitOnly() {
        Workspace.Generation g = ws.generation();
        assertEquals(g, ws.generation(), "no write: same generation");
        ws.store().saveAll(StoreDocs.holding("丁系列", PHRASE, 1));
        Workspace.Generation h = ws.generation();
        assertNotEquals(g, h);
        try (Workspace other = Workspace.open(dir)) {
            other.store().saveAll(StoreDocs.holding("戊系列", PHRASE, 1));
        }
        assertNotEquals(h, ws.generation());
    }

    private static HttpResponse<String> get(WebServer server, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
