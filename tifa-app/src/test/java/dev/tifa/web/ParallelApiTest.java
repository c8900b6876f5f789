package dev.tifa.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tifa.app.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The parallel API over the invented aligned pairs of {@link ParallelWebFixture}, and over a store without any. */
class ParallelApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    private static ParallelWebFixture fx;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        fx = ParallelWebFixture.start(dir);
    }

    @AfterAll
    static void stop() {
        if (fx != null) fx.close();
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theCheckAsJsonAndCsv() throws Exception {
        JsonNode body = JSON.readTree(get(fx.url("/api/parallel")).body());
        assertThat(body.get("pairs").asInt()).isEqualTo(6);
        assertThat(body.get("partial").isArray()).isTrue();
        assertThat(body.get("partial")).isEmpty();              // too few pairs to tell a usual length ratio
        assertThat(body.get("counted").asInt()).isEqualTo(1);
        JsonNode row = body.get("concepts").get(0);
        assertThat(row.get("concept").asText()).isEqualTo("new-quality-productive-forces");
        assertThat(row.get("zh").asInt()).isEqualTo(4);
        assertThat(row.get("en").asInt()).isEqualTo(3);
        assertThat(row.get("zh_only_pairs").asInt()).isEqualTo(1);
        assertThat(row.get("verdict").asText()).isEqualTo("agrees");
        HttpResponse<String> csv = get(fx.url("/api/parallel?format=csv&all=1"));
        assertThat(csv.body().lines().findFirst().orElseThrow())
                .isEqualTo("concept,zh,en,pairs_both,zh_only_pairs,en_only_pairs,shifted_pairs,verdict,evidence,zh_linked,en_linked,zh_aside,en_aside,zh_shared,en_shared");
        assertThat(csv.body()).contains("opening-up,2,2,");
    }

    @Test
    void oneConceptWithDriftAndPairsAsSegments() throws Exception {
        JsonNode body = JSON.readTree(get(fx.url("/api/parallel/concept?q=%E6%96%B0%E8%B4%A8%E7%94%9F%E4%BA%A7%E5%8A%9B")).body());
        assertThat(body.get("concept").asText()).isEqualTo("new-quality-productive-forces");
        assertThat(body.get("drift")).hasSize(3);
        assertThat(body.get("pairsTotal").asInt()).isEqualTo(4);
        JsonNode first = body.get("pairs").get(0);
        assertThat(first.get("id").asText()).isEqualTo("2031:2");
        assertThat(first.get("oneSided").asBoolean()).isTrue();
        assertThat(first.get("zh").get(1).get("text").asText()).isEqualTo("新质生产力");
        assertThat(first.get("zh").get(1).get("hit").asBoolean()).isTrue();
        assertThat(get(fx.url("/api/parallel/concept?q=new-quality-productive-forces&format=csv")).body())
                .startsWith("edition,rendering,count,zh_hits").contains("2031,new productive forces,1,2");
    }

    @Test
    void withoutAlignedPairsTheCheckSaysSoAndTheConceptBlockIsEmpty(@TempDir Path empty) throws Exception {
        try (Workspace ws = Workspace.open(empty); WebServer server = WebServer.start(ws, "127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            HttpResponse<String> r = get(base + "/api/parallel");
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.body()).contains("no aligned-pairs documents stored");
            JsonNode c = JSON.readTree(get(base + "/api/parallel/concept?q=opening-up").body());
            assertThat(c.get("pairs")).isEmpty();
            assertThat(get(base + "/parallel").body()).contains("no aligned-pairs documents stored");
        }
    }
}
