package dev.tifa.web.instruments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tifa.app.ImportService;
import dev.tifa.app.Workspace;
import dev.tifa.ingest.ImportOptions;
import dev.tifa.web.support.Json;
import dev.tifa.web.support.Responses;
import io.javalin.Javalin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over a selection larger than the Patterns page counts at once, the first request answers with the first page of
 * passages and no counts ("not counted yet" and the way to count), the second (count=all) with the counts.
 * The invented reports of fixtures/instruments, with a limit of 2 documents so that their 3 are "large".
 */
class PatternFirstPageWebTest {
    @TempDir
    Path tmp;

    @Test
    void aLargeSelectionGetsItsPassagesFirstAndItsCountsOnASecondRequest() throws Exception {
        try (Workspace ws = Workspace.open(tmp.resolve("data"))) {
            ws.onNotice(m -> { });
            Path dir = Path.of(PatternFirstPageWebTest.class.getResource("/fixtures/instruments").toURI());
            var report = new ImportService(ws).importPaths(List.of(dir), ImportOptions.none(), ImportService.OnError.ABORT,
                    ImportService.Simplify.AUTO, item -> { });
            assertThat(report.problems()).isEmpty();
            Javalin app = Javalin.create(c -> {
                c.startup.showJavalinBanner = false;
                c.routes.get("/api/patterns", new InstrumentApi(new PatternInstrument(ws, 2), new Responses(new Json())));
            });
            app.start("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + app.port() + "/api/patterns?mode=pattern&format=json&q="
                        + URLEncoder.encode("坚持…不动摇", StandardCharsets.UTF_8);
                JsonNode first = get(base);
                assertThat(first.get("counts")).hasSize(1);
                assertThat(first.get("counts").get(0).get("counts").asText()).isEqualTo("not counted yet: 3 documents selected");
                assertThat(first.get("notes").get(0).asText()).contains("count=all");
                assertThat(first.get("passages")).hasSize(3);
                assertThat(first.get("passages").get(0).toString()).contains("坚持改革开放不动摇");

                JsonNode counted = get(base + "&count=all");
                assertThat(counted.get("counts")).hasSize(3);
                int total = 0;
                for (JsonNode row : counted.get("counts")) total += row.get("count").asInt();
                assertThat(total).isEqualTo(3);
                assertThat(counted.get("passages")).isEqualTo(first.get("passages"));
            } finally {
                app.stop();
            }
        }
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return new ObjectMapper().readTree(r.body());
    }
}
