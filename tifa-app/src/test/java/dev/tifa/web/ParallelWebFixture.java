package dev.tifa.web;

import dev.tifa.app.ImportService;
import dev.tifa.app.Workspace;
import dev.tifa.ingest.ImportOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workspace with two invented editions of aligned zh–en pairs (written for the tests), imported with both sides, and
 * a web server over it. 新质生产力 is rendered "new quality productive forces" twice in 2030, "new productive forces"
 * once in 2031 and paraphrased once (a one-sided pair that also carries a script, to be shown as text).
 */
final class ParallelWebFixture implements AutoCloseable {
    static final String SCRIPT = "<script>alert('pairs')</script>";

    final Workspace workspace;
    final WebServer server;

    private ParallelWebFixture(Workspace workspace, WebServer server) {
        this.workspace = workspace;
        this.server = server;
    }

    static ParallelWebFixture start(Path dir) throws IOException {
        Path tsv2030 = write(dir, "2030_invented_report_zh_en_pairs.tsv",
                "1\t1\t发展新质生产力。\tWe will develop new quality productive forces.",
                "2\t1\t新质生产力加快形成。\tNew quality productive forces took shape faster.",
                "3\t2\t扩大对外开放。\tWe will expand opening up.");
        Path tsv2031 = write(dir, "2031_invented_report_zh_en_pairs.tsv",
                "1\t1\t培育新质生产力。\tWe will foster new productive forces.",
                "2\t2\t因地制宜发展新质生产力。" + SCRIPT + "\tWe will develop fresh productive strength " + SCRIPT + ".",
                "4\t3\t推进高水平对外开放。\tWe will pursue high-standard opening up.");
        Workspace ws = Workspace.open(dir.resolve("data"));
        var report = new ImportService(ws).importPaths(List.of(tsv2030, tsv2031),
                new ImportOptions(null, null, null, null, null, Map.of(ImportOptions.TSV_SIDE, "both")),
                ImportService.OnError.ABORT, ImportService.Simplify.NEVER, item -> { });
        assertThat(report.problems()).isEmpty();
        return new ParallelWebFixture(ws, WebServer.start(ws, "127.0.0.1", 0));
    }

    private static Path write(Path dir, String name, String... rows) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, "pair_id\tsource_line\tzh\ten\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    @Override
    public void close() {
        server.close();
        workspace.close();
    }
}
