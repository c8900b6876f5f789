package dev.tifa.web;

import dev.tifa.app.ImportService;
import dev.tifa.ingest.ImportOptions;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The web fixture plus the three invented reports of fixtures/instruments (series test-report). */
final class InstrumentsFixture {
    private InstrumentsFixture() {
    }

    static WebFixture start() {
        WebFixture fx = WebFixture.start();
        try {
            Path dir = Path.of(InstrumentsFixture.class.getResource("/fixtures/instruments").toURI());
            var report = new ImportService(fx.workspace).importPaths(List.of(dir), ImportOptions.none(), ImportService.OnError.ABORT,
                    ImportService.Simplify.AUTO, item -> { });
            if (!report.problems().isEmpty()) throw new IllegalStateException(report.problems().toString());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return fx;
    }
}
