package dev.tifa.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.tifa.model.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Fetching from a local server on 127.0.0.1: no test touches the internet. */
class PageFetcherTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final String ZH_PAGE = "<html><head>%s<title>评论</title></head><body><article><h1>全会观察</h1>"
            + "<p>公报中安全一词出现了三次，新质生产力出现两次，这是一段虚构的评论文字。</p><p>第二段同样是为测试而编写的内容。</p></article></body></html>";
    private static final String EN_PAGE = "<html><head><title>Plenum notes</title></head><body><article><h1>Plenum notes</h1>"
            + "<p>An invented note: the communiqué mentioned security three times in all.</p><p>A second invented paragraph.</p></article></body></html>";

    private HttpServer server;
    private String base;
    private final Map<String, Integer> hits = new ConcurrentHashMap<>();
    private volatile String userAgent;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        hits.merge(path, 1, Integer::sum);
        userAgent = x.getRequestHeaders().getFirst("User-Agent");
        switch (path) {
            case "/article" -> send(x, 200, "text/html; charset=utf-8", EN_PAGE.getBytes(StandardCharsets.UTF_8));
            case "/r1" -> redirect(x, "/r2");
            case "/r2" -> redirect(x, base + "/article");
            case "/loop" -> redirect(x, "/loop");
            case "/to-file" -> redirect(x, "file:///etc/passwd");
            case "/to-ftp" -> redirect(x, "ftp://example.org/x");
            case "/to-jar" -> redirect(x, "jar:file:/tmp/x.jar!/a");
            case "/to-metadata" -> redirect(x, "http://169.254.169.254/latest/meta-data/");
            case "/gzip" -> {
                java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
                try (var gz = new java.util.zip.GZIPOutputStream(zipped)) {
                    gz.write(EN_PAGE.getBytes(StandardCharsets.UTF_8));
                }
                x.getResponseHeaders().set("Content-Encoding", "gzip");
                send(x, 200, "text/html; charset=utf-8", zipped.toByteArray());
            }
            case "/gzip-bomb" -> {
                java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
                try (var gz = new java.util.zip.GZIPOutputStream(zipped)) {
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 64; i++) gz.write(spaces);
                }
                x.getResponseHeaders().set("Content-Encoding", "gzip");
                send(x, 200, "text/html; charset=utf-8", zipped.toByteArray());
            }
            case "/gbk-meta" -> send(x, 200, "text/html", String.format(ZH_PAGE, "<meta charset=\"gb2312\">").getBytes(GBK));
            case "/gbk-wrong-header" -> send(x, 200, "text/html; charset=utf-8", String.format(ZH_PAGE, "").getBytes(GBK));
            case "/gbk-latin1-header" -> send(x, 200, "text/html; charset=ISO-8859-1", String.format(ZH_PAGE, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\">").getBytes(GBK));
            case "/text" -> send(x, 200, "text/plain; charset=gb18030", "观察笔记\n\n这是虚构的纯文本评论，安全出现一次。".getBytes(Charset.forName("GB18030")));
            case "/image" -> send(x, 200, "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G'});
            case "/big" -> {
                x.sendResponseHeaders(200, 0); // chunked: no Content-Length to refuse early
                try (OutputStream o = x.getResponseBody()) {
                    byte[] chunk = "<p>padding padding padding</p>".repeat(100).getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < 200; i++) o.write(chunk);
                } catch (IOException ignored) {
                    // the client hung up, as it should
                }
            }
            case "/slow" -> {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(x, 200, "text/html", EN_PAGE.getBytes(StandardCharsets.UTF_8));
            }
            default -> send(x, 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, body.length);
        try (OutputStream o = x.getResponseBody()) {
            o.write(body);
        } catch (IOException ignored) {
            // client gone
        }
    }

    private static void redirect(HttpExchange x, String to) throws IOException {
        x.getResponseHeaders().set("Location", to);
        x.sendResponseHeaders(302, -1);
        x.close();
    }

    private PageFetcher fetcher() {
        // the test server is on 127.0.0.1: a private address, fetched only when allowed
        return new PageFetcher(new PageFetcher.Settings(Duration.ofSeconds(2), Duration.ofSeconds(1), 64 * 1024, 5, true));
    }

    @Test
    void followsRedirectsAndKeepsTheFinalAddress() {
        PageFetcher.Fetched f = fetcher().fetch(base + "/r1", ImportOptions.none());
        assertThat(f.finalUrl()).isEqualTo(base + "/article");
        assertThat(f.document().meta().source()).isEqualTo(base + "/article");
        assertThat(f.document().meta().kind()).isEqualTo(Kind.COMMENTARY);
        assertThat(f.document().original()).contains("mentioned security three times");
        assertThat(new String(f.body(), StandardCharsets.UTF_8)).contains("<article>");
        assertThat(userAgent).isEqualTo(PageFetcher.USER_AGENT);
    }

    @Test
    void tooManyRedirects() {
        assertThatThrownBy(() -> fetcher().fetch(base + "/loop", ImportOptions.none()))
                .isInstanceOf(FetchException.class).hasMessage(base + "/loop: too many redirects (more than 5)");
    }

    @Test
    void notFoundNamesTheAddress() {
        assertThatThrownBy(() -> fetcher().fetch(base + "/missing", ImportOptions.none()))
                .hasMessage(base + "/missing: HTTP 404 Not Found");
    }

    @Test
    void gbkPagesWithMetaWrongOrLatinHeaders() {
        for (String p : new String[]{"/gbk-meta", "/gbk-wrong-header", "/gbk-latin1-header"}) {
            PageFetcher.Fetched f = fetcher().fetch(base + p, ImportOptions.none());
            assertThat(f.document().original()).as(p).contains("公报中安全一词出现了三次");
            assertThat(f.charset()).as(p).isEqualTo("GB18030");
        }
    }

    @Test
    void plainTextWithItsCharset() {
        PageFetcher.Fetched f = fetcher().fetch(base + "/text", ImportOptions.none());
        assertThat(f.document().meta().title()).isEqualTo("观察笔记");
        assertThat(f.document().original()).contains("安全出现一次");
    }

    @Test
    void oversizeBodyIsCutOff() {
        assertThatThrownBy(() -> fetcher().fetch(base + "/big", ImportOptions.none()))
                .hasMessageStartingWith(base + "/big: too large");
    }

    @Test
    void slowServerTimesOut() {
        assertThatThrownBy(() -> fetcher().fetch(base + "/slow", ImportOptions.none()))
                .hasMessageStartingWith(base + "/slow: timed out after 1 s");
    }

    @Test
    void unsupportedTypeAndBadAddresses() {
        assertThatThrownBy(() -> fetcher().fetch(base + "/image", ImportOptions.none()))
                .hasMessage(base + "/image: unsupported content type image/png (supported: HTML, PDF, plain text)");
        assertThatThrownBy(() -> fetcher().fetch("ftp://example.org/x", ImportOptions.none()))
                .hasMessage("ftp://example.org/x: not an http(s) address");
    }

    @Test
    void aRedirectToFileFtpOrJarIsRefusedByName() {
        for (String p : new String[]{"/to-file", "/to-ftp", "/to-jar"}) {
            assertThatThrownBy(() -> fetcher().fetch(base + p, ImportOptions.none()))
                    .isInstanceOf(FetchException.class).hasMessageStartingWith(base + p + ": redirected to a ")
                    .hasMessageEndingWith("only http(s) is followed");
        }
    }

    @Test
    void aGzipBodyIsDecodedAndAGzipBombStopsAtTheSizeLimit() {
        PageFetcher.Fetched f = fetcher().fetch(base + "/gzip", ImportOptions.none());
        assertThat(f.document().original()).contains("An invented note");
        assertThatThrownBy(() -> fetcher().fetch(base + "/gzip-bomb", ImportOptions.none()))
                .isInstanceOf(FetchException.class).hasMessageContaining("too large");
    }

    @Test
    void privateAddressesAreRefusedUnlessAllowed() {
        PageFetcher strict = new PageFetcher(new PageFetcher.Settings(Duration.ofSeconds(2), Duration.ofSeconds(1), 64 * 1024, 5));
        assertThatThrownBy(() -> strict.fetch(base + "/article", ImportOptions.none()))
                .isInstanceOf(FetchException.class)
                .hasMessage(base + "/article: a non-public address (127.0.0.1): refused; fetch --allow-private reads your own network");
        assertThat(hits).doesNotContainKey("/article");
        // allowed to reach the local server, still not sent on to the metadata service by a redirect
        PageFetcher local = fetcher();
        assertThat(local.fetch(base + "/article", ImportOptions.none()).document()).isNotNull();
        assertThatThrownBy(() -> strict.fetch("http://169.254.169.254/latest/meta-data/", ImportOptions.none()))
                .hasMessageContaining("non-public address (169.254.169.254)");
    }

    @Test
    void publicAndNonPublicAddressesAreToldApart() throws Exception {
        for (String a : new String[]{"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0",
                "100.64.0.1", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "224.0.0.1"}) {
            assertThat(PublicAddress.isPublic(java.net.InetAddress.getByName(a))).as(a).isFalse();
        }
        for (String a : new String[]{"8.8.8.8", "1.1.1.1", "2001:4860:4860::8888", "93.184.216.34"}) {
            assertThat(PublicAddress.isPublic(java.net.InetAddress.getByName(a))).as(a).isTrue();
        }
    }

    @Test
    void aRefusedRedirectCostsItsAddressOnlyInABatch(@org.junit.jupiter.api.io.TempDir java.nio.file.Path data) {
        dev.tifa.cli.CliRunner.Result r = new dev.tifa.cli.CliRunner(data)
                .run("fetch", base + "/to-file", base + "/missing", base + "/article", "--allow-private");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).contains(base + "/to-file: redirected to a file: address (file:///etc/passwd)", base + "/missing: HTTP 404");
        assertThat(r.out()).contains("1 fetched, 2 failed");
    }
}
