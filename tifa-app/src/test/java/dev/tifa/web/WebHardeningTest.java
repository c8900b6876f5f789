package dev.tifa.web;

import dev.tifa.app.ImportService;
import dev.tifa.app.Workspace;
import dev.tifa.model.CleaningProfile;
import dev.tifa.model.DocumentMeta;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import dev.tifa.model.RawDocument;
import dev.tifa.web.support.HostCheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a hostile client or page can send: malformed requests, a foreign Host, and what pages give away. */
class WebHardeningTest {
    @org.junit.jupiter.api.io.TempDir
    static Path dir;
    private static Workspace ws;
    private static WebServer server;

    @BeforeAll
    static void start() throws IOException {
        ws = Workspace.open(dir);
        DocumentMeta meta = new DocumentMeta("Harbour plan", null, 2031, null, Kind.OFFICIAL, Language.EN,
                "/home/analyst/clients/secret-client/harbour-plan.txt", Map.of());
        ws.store().saveAll(List.of(ImportService.prepare(new RawDocument(meta, "The invented harbour will grow.", CleaningProfile.PLAIN),
                ImportService.Simplify.NEVER)));
        server = WebServer.start(ws, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        ws.close();
    }

    /** A raw HTTP/1.1 exchange, since Java's HTTP client will not send a forged Host or a broken request line. */
    private static String raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String get(String target, String host, String extraHeaders) throws IOException {
        return raw("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n" + extraHeaders + "Connection: close\r\n\r\n");
    }

    private static void assertSecurityHeaders(String response) {
        assertThat(response).containsIgnoringCase("Content-Security-Policy: default-src 'self'")
                .containsIgnoringCase("X-Content-Type-Options: nosniff").containsIgnoringCase("Referrer-Policy: no-referrer");
    }

    @Test
    void jettysOwnErrorPagesCarryTheSecurityHeaders() throws IOException {
        String local = "127.0.0.1:" + server.port();
        String tooLong = get("/?" + "q".repeat(20_000), local, "");
        assertThat(tooLong).startsWith("HTTP/1.1 414");
        assertSecurityHeaders(tooLong);

        String bigHeaders = get("/", local, "X-Padding: " + "p".repeat(20_000) + "\r\n");
        assertThat(bigHeaders).startsWith("HTTP/1.1 431");
        assertSecurityHeaders(bigHeaders);

        String garbage = raw("GET /\u0001bad HTTP/1.1\r\nHost: " + local + "\r\n\r\n");
        assertThat(garbage).startsWith("HTTP/1.1 400");
        assertSecurityHeaders(garbage);
    }

    @Test
    void onlyLoopbackNamesAreAnsweredOnALoopbackServer() throws IOException {
        String ok = get("/api/docs", "localhost:" + server.port(), "");
        assertThat(ok).startsWith("HTTP/1.1 200");

        String rebound = get("/api/docs", "attacker.example:" + server.port(), "");
        assertThat(rebound).startsWith("HTTP/1.1 403").doesNotContain("Harbour plan");
        assertSecurityHeaders(rebound);
    }

    @Test
    void hostNamesAreCheckedByTheBinding() {
        HostCheck loopback = HostCheck.forBinding("127.0.0.1");
        assertThat(loopback.allows("localhost:8080")).isTrue();
        assertThat(loopback.allows("127.0.0.1")).isTrue();
        assertThat(loopback.allows("[::1]:8080")).isTrue();
        assertThat(loopback.allows("evil.example")).isFalse();
        assertThat(loopback.allows("localhost.evil.example:8080")).isFalse();
        assertThat(loopback.allows(null)).isFalse();
        assertThat(HostCheck.forBinding("tifa.lan").allows("tifa.lan:8080")).isTrue();
        assertThat(HostCheck.forBinding("0.0.0.0").allows("anything.example")).isTrue();
    }

    @Test
    void pagesShowALocalSourceByItsFileNameOnly() throws IOException {
        String local = "127.0.0.1:" + server.port();
        String docs = get("/api/docs", local, "");
        assertThat(docs).contains("harbour-plan.txt").doesNotContain("/home/analyst", "secret-client");
        String key = ws.store().documents(dev.tifa.store.DocumentFilter.all()).get(0).key();
        String page = get("/doc/" + key, local, "");
        assertThat(page).startsWith("HTTP/1.1 200").contains("harbour-plan.txt").doesNotContain("/home/analyst", "secret-client");
    }
}
