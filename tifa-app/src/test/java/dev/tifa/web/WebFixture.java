package dev.tifa.web;

import dev.tifa.app.ImportService;
import dev.tifa.app.Workspace;
import dev.tifa.commentary.EventService;
import dev.tifa.commentary.ExpectationService;
import dev.tifa.model.CleaningProfile;
import dev.tifa.model.DocumentMeta;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import dev.tifa.model.RawDocument;
import dev.tifa.store.NewDocument;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workspace in a temporary directory with eight short invented documents, and a web server over it on a free
 * loopback port. The texts are made up for the tests; both commentaries carry a script tag in their title and text.
 * Three of them form the event {@value #EVENT}: a fictional communiqué in two English translations ("opening up"
 * three times in the longer one, once inside "reform and opening up") and a commentary whose claims come out
 * confirmed, off (it left out the nested occurrence) and not found; with two expectations, one met.
 */
final class WebFixture implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String EVENT = "lakeland-5p";
    /** A script with no digits in it, so that the commentary's claim finder does not take it for a claim. */
    static final String SCRIPT_EN = "<script>alert('lakeland')</script>";
    static final String COMMENTARY = "Counting the Lakeland plenum " + SCRIPT_EN;

    final Path dir;
    final Workspace workspace;
    final WebServer server;

    private WebFixture(Path dir, Workspace workspace, WebServer server) {
        this.dir = dir;
        this.workspace = workspace;
        this.server = server;
    }

    static WebFixture start() {
        try {
            Path dir = Files.createTempDirectory("tifa-web-test");
            Workspace ws = Workspace.open(dir);
            ws.store().saveAll(documents());
            event(ws);
            return new WebFixture(dir, ws, WebServer.start(ws, "127.0.0.1", 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private static List<NewDocument> documents() {
        return Stream.of(
                zh("2022年虚构政府工作报告", LocalDate.of(2022, 3, 5), "gov-work-report", Kind.OFFICIAL, Map.of(),
                        "各位代表：\n过去一年，我们坚持推动高质量发展，扩大对外开放。\n今年要统筹发展和安全，继续推进高水平对外开放。"),
                zh("2023年虚构政府工作报告", LocalDate.of(2023, 3, 5), "gov-work-report", Kind.OFFICIAL, Map.of(),
                        "各位代表：\n我们推动高质量发展取得新成效。\n要加快发展新质生产力，坚持高水平对外开放，维护国家安全和社会稳定，守住安全底线。"),
                zh("2024年虚构政府工作报告", LocalDate.of(2024, 3, 5), "gov-work-report", Kind.OFFICIAL, Map.of("edition", "final"),
                        "各位代表：\n新质生产力加快形成，高质量发展扎实推进。\n新质生产力是本文的重点，高水平对外开放继续扩大，安全是发展的前提。"),
                new RawDocument(new DocumentMeta("Invented Government Work Report 2024", LocalDate.of(2024, 3, 5), 2024, "gov-work-report",
                        Kind.OFFICIAL, Language.EN, "test:gwr-2024-en", Map.of("translation", "official")),
                        "Fellow deputies,\nWe will develop new quality productive forces and pursue high-quality development.\n"
                                + "We will promote high-standard opening up and safeguard security.", CleaningProfile.PLAIN),
                zh("评论" + SCRIPT + "虚构", LocalDate.of(2024, 3, 8), null, Kind.COMMENTARY, Map.of("byline", "作者<b>某</b>"),
                        "一篇虚构的评论。" + SCRIPT + "\n评论说新质生产力很重要。<img src=x onerror=alert(2)>"),
                en("Communiqué of the Fifth Plenary Session of the Lakeland Assembly", LocalDate.of(2041, 10, 20), "lakeland-plenum",
                        Kind.OFFICIAL, Map.of("doc-type", "communique", "translation", "Harbour Wire"),
                        "The fifth plenary session of the Lakeland Assembly closed on Saturday after four days of talks.\n"
                                + "The session resolved to widen opening up across the river provinces and to keep markets steady.\n"
                                + "Delegates praised reform and opening up as the road that carried the province this far.\n"
                                + "The session called for opening up in services and for security in water and grain supply.\n"
                                + "It said security must be weighed at every level of planning."),
                en("Communiqué of the Fifth Plenary Session of the Lakeland Assembly (second translation)", LocalDate.of(2041, 10, 20),
                        "lakeland-plenum", Kind.OFFICIAL, Map.of("doc-type", "communique", "translation", "Riverside Daily"),
                        "The fifth plenum of the Lakeland Assembly ended on Saturday.\n"
                                + "It decided to broaden opening up in the river provinces.\n"
                                + "It hailed reform and opening up and urged security of water and grain."),
                en(COMMENTARY, LocalDate.of(2041, 10, 22), null, Kind.COMMENTARY, Map.of("byline", "A. Reader"),
                        "The Lakeland communiqué is short, and worth counting.\n"
                                + "By our count the communiqué mentions security twice.\n"
                                + "The phrase \"opening up\" appears only twice, a sign of caution " + SCRIPT_EN + ".\n"
                                + "The document mentions \"river prosperity dividend\" three times.\n"
                                + "Readers should make up their own minds."))
                .map(raw -> ImportService.prepare(raw, ImportService.Simplify.NEVER)).toList();
    }

    /** The invented event, made through the services as {@code tifa event} and {@code tifa expect} make it. */
    private static void event(Workspace ws) {
        List<String> keys = ws.store().documents(dev.tifa.store.DocumentFilter.all()).stream()
                .filter(d -> d.meta().date() != null && d.meta().date().getYear() == 2041).map(d -> d.key()).toList();
        EventService events = new EventService(ws);
        events.create(EVENT, "Fifth Plenum of the Lakeland Assembly (invented)", LocalDate.of(2041, 10, 20));
        events.add(EVENT, keys, null);
        new ExpectationService(ws).add(EVENT, List.of("at-least 3 \"opening up\"", "appears \"common prosperity\""), "test");
    }

    private static RawDocument en(String title, LocalDate date, String series, Kind kind, Map<String, String> attrs, String text) {
        return new RawDocument(new DocumentMeta(title, date, date.getYear(), series, kind, Language.EN, "test:" + title, attrs),
                text, CleaningProfile.PLAIN);
    }

    private static RawDocument zh(String title, LocalDate date, String series, Kind kind, Map<String, String> attrs, String text) {
        return new RawDocument(new DocumentMeta(title, date, date.getYear(), series, kind, Language.ZH, "test:" + title, attrs),
                text, CleaningProfile.PLAIN);
    }

    /** A query parameter's value, URL-encoded. */
    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** GET {@code path} on the fixture's server, the body read as UTF-8. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** GET {@code path}, which must answer 200 with JSON, parsed. */
    JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        return JSON.readTree(r.body());
    }

    @Override
    public void close() {
        server.stop();
        workspace.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
