package dev.tifa.web;

import dev.tifa.app.Workspace;
import dev.tifa.web.support.RequestStops;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A web request stops working when its client has gone (issue 11 item 2), and when it passes the server's time
 * limit. The store holds {@value #DOCS} invented documents, each holding a phrase no glossary knows, so a count or
 * passages of it walk every text; the server tells a watcher each time the walk asks whether to stop (once per
 * text). Latches, not timings: the walk is held at its first text until the client has closed its connection.
 */
class ClientGoneTest {
    private static final int DOCS = 300;
    private static final String PHRASE = "虚构慢速提法";

    private Path dir;
    private Workspace ws;
    private WebServer server;
    private final AtomicInteger checked = new AtomicInteger();
    private final CountDownLatch walking = new CountDownLatch(1);
    private final CountDownLatch clientClosed = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicReference<String> reason = new AtomicReference<>();
    private volatile boolean holdFirst = true;

    @BeforeEach
    void start() throws Exception {
        dir = Files.createTempDirectory("tifa-gone-test");
        ws = Workspace.open(dir);
        ws.store().saveAll(StoreDocs.holding("慢系列", PHRASE, DOCS));
    }

    private void serve(Duration limit) {
        RequestStops.Watcher watcher = new RequestStops.Watcher() {
            @Override
            public void checked(String path) {
                if (checked.incrementAndGet() == 1 && holdFirst) {
                    walking.countDown();
                    await(clientClosed);
                }
            }

            @Override
            public void stopped(String path, String why) {
                reason.set(why);
                stopped.countDown();
            }
        };
        server = WebServer.start(ws, "127.0.0.1", 0, new WebServer.Options(0, limit, watcher));
    }

    @AfterEach
    void stop() {
        clientClosed.countDown();
        if (server != null) server.stop();
        ws.close();
        StoreDocs.delete(dir);
    }

    @Test
    void aPatternQueryStopsWhenItsClientHasGone() throws Exception {
        stopsWhenTheClientGoes("/api/patterns?mode=pattern&q=" + enc("这里说到…提法"));
    }

    @Test
    void aKwicStopsWhenItsClientHasGone() throws Exception {
        stopsWhenTheClientGoes("/api/kwic?limit=0&q=" + enc(PHRASE));
    }

    @Test
    void aCountStopsWhenItsClientHasGone() throws Exception {
        stopsWhenTheClientGoes("/api/count?q=" + enc(PHRASE));
    }

    /** One long document against another: the sentence pairing asks as it goes, not only between documents. */
    @Test
    void aDiffOfTwoLongEditionsStopsWhenItsClientHasGone() throws Exception {
        String[] keys = editions();
        stopsWhenTheClientGoes("/api/diff?a=" + enc(keys[0]) + "&b=" + enc(keys[1]));
    }

    @Test
    void aComparisonOfTwoLongEditionsStopsWhenItsClientHasGone() throws Exception {
        String[] keys = editions();
        stopsWhenTheClientGoes("/api/compare?a=" + enc(keys[0]) + "&b=" + enc(keys[1]));
    }

    /** The keys of two long invented editions, stored for the diff and compare tests. */
    private String[] editions() {
        ws.store().saveAll(StoreDocs.editions("长系列", 1500));
        return ws.store().documents(dev.tifa.store.DocumentFilter.all()).stream()
                .filter(d -> d.meta().title().startsWith("长系列")).sorted(java.util.Comparator.comparing(d -> d.meta().date()))
                .map(d -> d.key()).toArray(String[]::new);
    }

    /** The client asks, waits until the walk is at its first text, and goes away: the walk stops before its end. */
    private void stopsWhenTheClientGoes(String path) throws Exception {
        serve(RequestStops.DEFAULT_LIMIT);
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            send(s, path);
            assertTrue(walking.await(60, TimeUnit.SECONDS), "the walk over the texts never started");
        } // the client goes away while the server is held at its first text
        clientClosed.countDown();
        assertTrue(stopped.await(60, TimeUnit.SECONDS), "the walk was not stopped (" + checked.get() + " texts visited)");
        assertEquals("the client has gone", reason.get());
        assertTrue(checked.get() < DOCS, "stopped, but only after all " + DOCS + " texts: " + checked.get());
    }

    @Test
    void aClientThatStaysGetsTheWholeAnswer() throws Exception {
        holdFirst = false;
        serve(RequestStops.DEFAULT_LIMIT);
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            send(s, "/api/kwic?limit=0&q=" + enc(PHRASE));
            String answer = read(s);
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer.lines().findFirst().orElse(""));
            assertTrue(answer.contains("\"total\":" + DOCS), "every text's passage is there");
        }
        assertEquals(DOCS, checked.get(), "the walk asked once per text");
        assertNull(reason.get());
    }

    @Test
    void aRequestPastTheTimeLimitIsStoppedWith503() throws Exception {
        holdFirst = false;
        serve(Duration.ofNanos(1)); // over before the first text
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            send(s, "/api/count?q=" + enc(PHRASE));
            String answer = read(s);
            assertTrue(answer.startsWith("HTTP/1.1 503"), answer.lines().findFirst().orElse(""));
            assertTrue(answer.contains("longer than the server's limit"), answer);
        }
        assertEquals(1, checked.get(), "stopped at the first text");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void send(Socket s, String path) throws Exception {
        OutputStream out = s.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static String read(Socket s) throws Exception {
        s.setSoTimeout(120_000);
        InputStream in = s.getInputStream();
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
