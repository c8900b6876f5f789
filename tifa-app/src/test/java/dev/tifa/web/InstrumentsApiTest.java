package dev.tifa.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The instruments' API and the discovery POST over HTTP, on three invented reports; numbers counted by hand. */
class InstrumentsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WebFixture fx;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        fx = InstrumentsFixture.start();
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void patternsCountGroupAndDownload() throws Exception {
        JsonNode body = fx.json("/api/patterns?mode=pattern&series=test-report&q=" + WebFixture.enc("统筹{X}和{Y}"));
        // 2031: 发展/安全, 城乡/区域; 2032: 发展/安全; 2033: none
        assertThat(body.get("slots")).hasSize(2);
        assertThat(body.get("slots").get(0).get("slots").asText()).isEqualTo("X=发展 Y=安全");
        assertThat(body.get("slots").get(0).get("count").asInt()).isEqualTo(2);
        assertThat(body.get("counts")).hasSize(3);
        HttpResponse<String> csv = fx.get("/api/patterns?mode=pattern&series=test-report&format=csv&table=counts&q=" + WebFixture.enc("坚持…不动摇"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(csv.body().lines().skip(1).map(l -> l.substring(l.lastIndexOf(',', l.lastIndexOf(',') - 1) + 1, l.lastIndexOf(',')))).containsExactly("2", "1", "0");
    }

    @Test
    void severalLinesAreSeveralSeries() throws Exception {
        JsonNode body = fx.json("/api/patterns?mode=term&series=test-report&q=" + WebFixture.enc("科技\n新质生产力"));
        // two lines × three documents; 科技 in 2031: 推动科技进步, 推进科技创新 → 2
        assertThat(body.get("counts")).hasSize(6);
        assertThat(body.get("counts").get(0).get("count").asInt()).isEqualTo(2);
    }

    @Test
    void badAndRunawayPatternsAre400WithTheReason() throws Exception {
        HttpResponse<String> bad = fx.get("/api/patterns?mode=pattern&q=" + WebFixture.enc("加快(建设"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("error").asText()).contains("position 3");
        HttpResponse<String> slow = fx.get("/api/patterns?mode=regex&q=" + WebFixture.enc("(.*.){14}x"));
        assertThat(slow.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(slow.body()).get("error").asText()).contains("stopped after");
        assertThat(fx.get("/api/patterns?mode=grep&q=x").statusCode()).isEqualTo(400);
    }

    @Test
    void positionLadderCollocatesNgrams() throws Exception {
        JsonNode pos = fx.json("/api/position?series=test-report&q=" + WebFixture.enc("科技"));
        assertThat(pos.get("positions").get(0).get("priority").asInt()).isEqualTo(2);
        assertThat(pos.get("positions").get(1).get("priority").asInt()).isEqualTo(1);
        assertThat(pos.get("positions").get(2).get("priority").asInt()).isEqualTo(2);
        assertThat(pos.get("moves").get(0).get("move").asText()).isEqualTo("from task 2 to task 1 (up)");
        JsonNode ladder = fx.json("/api/ladder?series=test-report&q=" + WebFixture.enc("新质生产力"));
        assertThat(ladder.get("ladder").get(0).get("intensity").asDouble()).isEqualTo(2.5);
        assertThat(ladder.get("ladder").get(1).get("change").asText()).isEqualTo("warmer");
        JsonNode col = fx.json("/api/collocates?series=test-report&left=1&right=0&min=2&q=" + WebFixture.enc("蓝色粮仓"));
        // left neighbours of 蓝色粮仓 in 2033: 建设, 支持, 推进, 共建, (none: start of clause 。蓝色粮仓要) → none twice
        assertThat(col.get("collocates")).isEmpty();
        JsonNode grams = fx.json("/api/ngrams?series=test-report&min_frequency=2&min_range=3");
        assertThat(grams.get("ngrams").findValuesAsText("n_gram")).contains("工作任务");
    }

    @Test
    void movesBetweenTwoReports() throws Exception {
        JsonNode moves = fx.json("/api/moves?a=test-report-2031&b=test-report-2032").get("moves");
        java.util.Map<String, String> byConcept = new java.util.HashMap<>();
        moves.forEach(m -> byConcept.put(m.get("concept").asText(), m.get("move").asText()));
        assertThat(byConcept).containsEntry("sci-tech-innovation", "from task 2 to task 1 (up)")
                .containsEntry("peoples-wellbeing", "leaves the task list (was task 3)");
        assertThat(fx.get("/moves?a=test-report-2031&b=test-report-2032").body()).contains("from task 2 to task 1 (up)");
        assertThat(fx.get("/api/moves?a=test-report-2031&b=nope").statusCode()).isEqualTo(404);
    }

    @Test
    void decisionsNeedThisServersPageAndToken() throws Exception {
        HttpResponse<String> page = fx.get("/discover?doc=test-report-2033");
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"").matcher(page.body());
        assertThat(m.find()).isTrue();
        String token = m.group(1);
        String form = "csrf=" + token + "&doc=test-report-2033&candidate=" + WebFixture.enc("蓝色粮仓") + "&action=accept&theme=economy";
        assertThat(post(form, null).statusCode()).isEqualTo(403);                        // no Origin, no Referer
        assertThat(post(form, "http://evil.example").statusCode()).isEqualTo(403);      // another site
        String stale = (token.charAt(0) == '0' ? "1" : "0") + token.substring(1);            // one hex digit off
        assertThat(post(form.replace(token, stale), fx.url("")).statusCode()).isEqualTo(403);
        assertThat(Files.exists(fx.workspace.userGlossaryFile())).isFalse();
        HttpResponse<String> ok = post(form, fx.url(""));
        assertThat(ok.statusCode()).isEqualTo(303);
        assertThat(Files.readString(fx.workspace.userGlossaryFile())).contains("蓝色粮仓", "economy");
        JsonNode rows = fx.json("/api/discover?doc=test-report-2033").get("candidates");
        // accepted: now a glossary formulation, so no longer a candidate
        assertThat(rows.findValuesAsText("candidate")).doesNotContain("蓝色粮仓");
    }

    private static HttpResponse<String> post(String form, String origin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fx.url("/discover/decide")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) b.header("Origin", origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
