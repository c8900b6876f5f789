package dev.tifa.web;

import dev.tifa.app.ImportService;
import dev.tifa.app.Workspace;
import dev.tifa.model.CleaningProfile;
import dev.tifa.model.DocumentMeta;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import dev.tifa.model.RawDocument;
import dev.tifa.store.NewDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A workspace in a temporary directory with five short invented documents, and a web server over it on a free
 * loopback port. The texts are made up for the tests; one commentary carries a script tag in its title and text.
 */
final class WebFixture implements AutoCloseable {
    static final String SCRIPT = "<script>alert(1)</script>";

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
                        "一篇虚构的评论。" + SCRIPT + "\n评论说新质生产力很重要。<img src=x onerror=alert(2)>"))
                .map(raw -> ImportService.prepare(raw, ImportService.Simplify.NEVER)).toList();
    }

    private static RawDocument zh(String title, LocalDate date, String series, Kind kind, Map<String, String> attrs, String text) {
        return new RawDocument(new DocumentMeta(title, date, date.getYear(), series, kind, Language.ZH, "test:" + title, attrs),
                text, CleaningProfile.PLAIN);
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
