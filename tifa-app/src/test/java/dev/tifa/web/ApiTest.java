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
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API and the pages over HTTP, against a server on a free loopback port over invented documents. */
class ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WebFixture fx;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        fx = WebFixture.start();
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void listsDocumentsWithFiltersAndCountsPerSeries() throws Exception {
        JsonNode all = fx.json("/api/docs");
        assertThat(all.get("total").asInt()).isEqualTo(8);
        assertThat(all.get("perSeries").get("gov-work-report").asInt()).isEqualTo(4);
        assertThat(all.get("perSeries").get("lakeland-plenum").asInt()).isEqualTo(2);
        assertThat(all.get("perSeries").get("(none)").asInt()).isEqualTo(2);

        JsonNode en = fx.json("/api/docs?lang=en&series=gov-work-report");
        assertThat(en.get("documents")).hasSize(1);
        JsonNode d = en.get("documents").get(0);
        assertThat(d.get("key").asText()).isEqualTo("gwr-2024-en");
        assertThat(d.get("attributes").get("translation").asText()).isEqualTo("official");
        assertThat(d.get("language").asText()).isEqualTo("en");

        assertThat(fx.json("/api/docs?from=2023&to=2023&kind=official").get("documents")).hasSize(1);
        assertThat(fx.json("/api/docs?title=" + WebFixture.enc("2024年")).get("documents")).hasSize(1);
    }

    @Test
    void oneDocumentAndItsCountsCarryTheirEvidence() throws Exception {
        JsonNode doc = fx.json("/api/docs/gwr-2024-final");
        assertThat(doc.get("text").asText()).contains("新质生产力加快形成");
        assertThat(doc.get("attributes").get("edition").asText()).isEqualTo("final");

        JsonNode counts = fx.json("/api/docs/gwr-2024-final/counts");
        assertThat(counts.get("source").get("key").asText()).isEqualTo("gwr-2024-final");
        JsonNode first = counts.get("counts").get(0);
        assertThat(first.get("concept").asText()).isIn("new-quality-productive-forces", "security", "high-quality-development");
        JsonNode nqpf = find(counts.get("counts"), "concept", "new-quality-productive-forces");
        assertThat(nqpf.get("count").asInt()).isEqualTo(2);
        assertThat(nqpf.get("evidence").asText()).isEqualTo("/passages?q=new-quality-productive-forces&doc=gwr-2024-final");
        assertThat(nqpf.get("language").asText()).isEqualTo("zh");
        assertThat(nqpf.get("attributes").get("edition").asText()).isEqualTo("final");

        // the evidence link opens a readable page; its data (the same query on the API) has exactly as many passages as the count
        assertThat(fx.get(nqpf.get("evidence").asText()).body()).contains("id=\"kwic-table\"");
        JsonNode kwic = fx.json(nqpf.get("evidence").asText().replace("/passages?", "/api/kwic?"));
        assertThat(kwic.get("total").asInt()).isEqualTo(2);
        assertThat(kwic.get("contexts").get(0).get("match").asText()).isEqualTo("新质生产力");
        assertThat(kwic.get("contexts").get(0).get("document").asText()).isEqualTo("gwr-2024-final");
    }

    @Test
    void nestedOccurrencesAreReported() throws Exception {
        JsonNode counts = fx.json("/api/docs/gwr-2023/counts");
        JsonNode opening = find(counts.get("counts"), "concept", "opening-up");
        assertThat(opening.get("count").asInt()).isEqualTo(1);
        assertThat(opening.get("nested").asInt()).isEqualTo(1);
        JsonNode kwic = fx.json("/api/kwic?q=opening-up&doc=gwr-2023");
        assertThat(kwic.get("contexts").get(0).get("nestedIn").asText()).isEqualTo("高水平对外开放");
    }

    @Test
    void themeProfileOfADocument() throws Exception {
        JsonNode themes = fx.json("/api/docs/gwr-2024-final/themes");
        JsonNode tech = find(themes.get("themes"), "theme", "technology");
        assertThat(tech.get("hits").asInt()).isEqualTo(2);
        assertThat(tech.get("colour").asText()).startsWith("#");
        assertThat(themes.get("standaloneHits").asInt()).isGreaterThan(0);
    }

    @Test
    void termTrendAndFirstAppearance() throws Exception {
        JsonNode term = fx.json("/api/term?q=" + WebFixture.enc("新质生产力"));
        assertThat(term.get("concept").get("id").asText()).isEqualTo("new-quality-productive-forces");
        assertThat(term.get("concept").get("en").get(0).asText()).isEqualTo("new quality productive forces");
        assertThat(term.get("first").get("source").get("key").asText()).isEqualTo("gwr-2023");
        assertThat(term.get("total").asInt()).isEqualTo(4); // 1 (2023) + 2 (2024) + 1 (2024 en); the commentary is not official

        JsonNode trend = fx.json("/api/trend?q=new-quality-productive-forces&series=gov-work-report&lang=zh");
        List<Integer> counts = new ArrayList<>();
        trend.get("points").forEach(p -> counts.add(p.get("count").asInt()));
        assertThat(counts).containsExactly(0, 1, 2);
        JsonNode p = trend.get("points").get(2);
        assertThat(p.get("source").get("key").asText()).isEqualTo("gwr-2024-final");
        assertThat(p.get("evidence").asText()).startsWith("/passages?q=new-quality-productive-forces&doc=gwr-2024-final");
        assertThat(p.get("per10k").asDouble()).isPositive();
    }

    @Test
    void countOfAPhraseInChosenDocuments() throws Exception {
        JsonNode c = fx.json("/api/count?q=" + WebFixture.enc("发展") + "&docs=gwr-2022,gwr-2023&phrase=1");
        assertThat(c.get("rows")).hasSize(2);
        assertThat(c.get("rows").get(0).get("source").get("key").asText()).isEqualTo("gwr-2022");
        assertThat(c.get("rows").get(0).get("count").asInt()).isEqualTo(2);
        assertThat(c.get("rows").get(0).get("evidence").asText()).endsWith("&phrase=1");
    }

    @Test
    void countComesInPagesOfDocumentsWithTotalsOverTheWholeSelection() throws Exception {
        String q = "/api/count?q=" + WebFixture.enc("发展") + "," + WebFixture.enc("安全") + "&phrase=1";
        JsonNode whole = fx.json(q + "&limit=10000");
        int documents = whole.get("rows").size() / 2;
        assertThat(documents).isGreaterThan(2);
        assertThat(whole.get("next").isNull()).isTrue();
        int sum = 0;
        for (JsonNode r : whole.get("rows")) if (r.get("concept").asText().equals("发展")) sum += r.get("count").asInt();
        JsonNode first = fx.json(q + "&limit=2");
        assertThat(first.get("rows")).hasSize(4); // two documents × two terms
        assertThat(first.get("returned").asInt()).isEqualTo(2);
        assertThat(first.get("next").asInt()).isEqualTo(2);
        assertThat(find(first.get("totals"), "concept", "发展").get("count").asInt()).as("totals cover every page").isEqualTo(sum);
        JsonNode second = fx.json(q + "&limit=2&offset=2");
        assertThat(second.get("rows").get(0).get("source").get("key").asText())
                .isEqualTo(whole.get("rows").get(4).get("source").get("key").asText());
        // the export has every row, whatever the page
        String csv = fx.get(q + "&limit=2&format=csv").body();
        assertThat(csv.lines().count() - 1).isEqualTo(whole.get("rows").size());
    }

    @Test
    void glossaryWithThemesAndConcepts() throws Exception {
        JsonNode g = fx.json("/api/glossary");
        assertThat(g.get("themes").size()).isGreaterThan(5);
        assertThat(find(g.get("concepts"), "id", "high-standard-opening-up").get("zh").get(0).asText()).isEqualTo("高水平对外开放");
    }

    @Test
    void tablesDownloadAsCsvWithAFileName() throws Exception {
        HttpResponse<String> r = fx.get("/api/trend?q=" + WebFixture.enc("新质生产力") + "&series=gov-work-report&format=csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(r.headers().firstValue("Content-Disposition")).get().asString()
                .startsWith("attachment; filename=\"tifa-trend-new-quality-productive-forces.csv\"");
        String[] lines = r.body().split("\r\n");
        assertThat(lines[0]).startsWith("source_key,source_title,source_date,source_year,source_series,source_kind,source_language")
                .contains("count,standalone,nested,per_10k,size,unit,evidence");
        assertThat(lines).hasSize(1 + 4);

        HttpResponse<String> kwic = fx.get("/api/kwic?q=" + WebFixture.enc("高水平") + "&phrase=1&format=csv");
        assertThat(kwic.headers().firstValue("Content-Disposition")).get().asString()
                .contains("filename*=UTF-8''tifa-kwic-%E9%AB%98%E6%B0%B4%E5%B9%B3.csv");
        assertThat(kwic.body()).startsWith("document,language,");
        assertThat(fx.get("/api/docs?format=csv").body().split("\r\n")).hasSize(9);
    }

    @Test
    void csvCellsThatLookLikeFormulasAreDefused() {
        assertThat(dev.tifa.web.support.CsvAccess.cell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        assertThat(dev.tifa.web.support.CsvAccess.cell("a,b \"c\"")).isEqualTo("\"a,b \"\"c\"\"\"");
        assertThat(dev.tifa.web.support.CsvAccess.cell(-1.5)).isEqualTo("-1.5");
    }

    @Test
    void badParametersAreA400InJson() throws Exception {
        for (String path : List.of("/api/docs?from=abc", "/api/docs?from=2024&to=2020", "/api/trend?q=x&to=99999",
                "/api/docs?kind=speech", "/api/docs?lang=fr", "/api/term", "/api/kwic?q=x&window=-1", "/api/docs?format=xml")) {
            HttpResponse<String> r = fx.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            JsonNode body = JSON.readTree(r.body());
            assertThat(body.get("status").asInt()).isEqualTo(400);
            assertThat(body.get("error").asText()).as(path).isNotBlank();
        }
    }

    @Test
    void unknownThingsAreA404() throws Exception {
        HttpResponse<String> api = fx.get("/api/docs/no-such-doc");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(api.body()).get("error").asText()).contains("no-such-doc");
        assertThat(fx.get("/api/kwic?q=x&doc=nope").statusCode()).isEqualTo(404);
        assertThat(fx.get("/api/nothing-here").statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(fx.get("/api/nothing-here").body()).get("status").asInt()).isEqualTo(404);

        HttpResponse<String> page = fx.get("/doc/no-such-doc");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(page.body()).contains("Not found").contains("no-such-doc").doesNotContain("Exception").doesNotContain("at dev.tifa");
        HttpResponse<String> bad = fx.get("/term?q=x&from=19");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("must be a year");
    }

    @Test
    void readOnly() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(fx.url("/api/docs")))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isIn(404, 405);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(fx.url("/api/events/" + WebFixture.EVENT)))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isIn(404, 405);
        assertThat(fx.workspace.store().count()).isEqualTo(8);
    }

    @Test
    void documentTextIsEscapedAndScriptsAreNotAllowedToRun() throws Exception {
        String key = fx.json("/api/docs?kind=commentary").get("documents").get(0).get("key").asText();
        HttpResponse<String> page = fx.get("/doc/" + key);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)")
                .doesNotContain("<img src=x")
                .doesNotContain("<b>某</b>");
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString().contains("script-src 'self'");
        assertThat(fx.get("/").body()).contains("评论&lt;script&gt;").doesNotContain("评论<script>");
        assertThat(fx.get("/query?q=" + WebFixture.enc("新质生产力") + "&kind=all").body()).doesNotContain("<script>alert(1)");
    }

    @Test
    void pagesRender() throws Exception {
        assertThat(fx.get("/").body()).contains("gwr-2024-en").contains("Download CSV");
        String reader = fx.get("/doc/gwr-2024-final").body();
        assertThat(reader).contains("data-concept=\"new-quality-productive-forces\"").contains("class=\"f nested\"").contains("data-chart-type=\"themes\"");
        assertThat(fx.get("/term?q=" + WebFixture.enc("新质生产力")).body()).contains("new quality productive forces").contains("first appearance");
        assertThat(fx.get("/term").body()).contains("高水平对外开放");
        assertThat(fx.get("/query?q=" + WebFixture.enc("发展")).body()).contains("id=\"count-table\"");
        assertThat(fx.get("/webjars/echarts/5.5.0/echarts.min.js").statusCode()).isEqualTo(200);
        assertThat(fx.get("/static/tifa.js").statusCode()).isEqualTo(200);
    }

    @Test
    void compareTwoDocuments() throws Exception {
        JsonNode c = fx.json("/api/compare?a=gwr-2022&b=gwr-2023");
        assertThat(c.get("a").get("key").asText()).isEqualTo("gwr-2022");
        JsonNode nqpf = find(c.get("concepts"), "concept", "new-quality-productive-forces");
        assertThat(nqpf.get("status").asText()).isEqualTo("new");
        assertThat(nqpf.get("countB").asInt()).isEqualTo(1);
        assertThat(nqpf.get("evidenceB").asText()).isEqualTo("/passages?q=new-quality-productive-forces&doc=gwr-2023");
        assertThat(c.get("themes").size()).isPositive();
        HttpResponse<String> csv = fx.get("/api/compare?a=gwr-2022&b=gwr-2023&format=csv&table=themes");
        assertThat(csv.body()).startsWith("theme,zh,en,hits_a,hits_b,share_a,share_b,share_change");
        assertThat(csv.headers().firstValue("Content-Disposition")).get().asString().contains("tifa-compare-gwr-2022-gwr-2023-themes.csv");
        assertThat(fx.get("/api/compare?a=gwr-2022&b=gwr-2024-en").statusCode()).isEqualTo(400);
        assertThat(fx.get("/api/compare?a=gwr-2022&b=nope").statusCode()).isEqualTo(404);
        assertThat(fx.get("/api/compare?a=gwr-2022").statusCode()).isEqualTo(400);
        assertThat(fx.get("/api/compare?a=gwr-2022&b=gwr-2023&format=csv&table=x").statusCode()).isEqualTo(400);
        assertThat(fx.get("/compare?a=gwr-2022&b=gwr-2023").body()).contains("id=\"themes-shift-chart\"").contains("New in B");
        assertThat(fx.get("/compare").statusCode()).isEqualTo(200);
    }

    @Test
    void diffTwoEditions() throws Exception {
        JsonNode d = fx.json("/api/diff?a=gwr-2022&b=gwr-2023");
        assertThat(d.get("counts").get("kept").asInt()).isEqualTo(1);
        assertThat(d.get("changes").size()).isPositive();
        assertThat(d.get("continuity").get("exact").asDouble()).isBetween(0.0, 1.0);
        String page = fx.get("/diff?a=gwr-2022&b=gwr-2023").body();
        assertThat(page).contains("id=\"diff-table\"").contains("<ins>").contains("unchanged");
        assertThat(fx.get("/diff?a=gwr-2022&b=gwr-2023&format=csv").statusCode()).isEqualTo(200);
        assertThat(fx.get("/api/diff?a=gwr-2022&b=gwr-2023&format=csv").body()).startsWith("type,a_index,b_index,similarity,a_text,b_text");
    }

    private static String commentaryKey() throws Exception {
        for (JsonNode m : fx.json("/api/events/" + WebFixture.EVENT).get("members")) {
            if (m.get("role").asText().equals("commentary")) return m.get("key").asText();
        }
        throw new AssertionError("the event has no commentary");
    }

    @Test
    void eventsAreListedWithTheirDocumentsByRole() throws Exception {
        JsonNode list = fx.json("/api/events");
        assertThat(list.get("total").asInt()).isEqualTo(1);
        JsonNode e = list.get("events").get(0);
        assertThat(e.get("key").asText()).isEqualTo(WebFixture.EVENT);
        assertThat(e.get("date").asText()).isEqualTo("2041-10-20");
        assertThat(e.get("documents").asInt()).isEqualTo(3);
        assertThat(e.get("official").asInt()).isEqualTo(2);
        assertThat(e.get("commentary").asInt()).isEqualTo(1);
        assertThat(e.get("preview").asInt()).isZero();
        assertThat(e.get("page").asText()).isEqualTo("/event/" + WebFixture.EVENT);

        JsonNode one = fx.json("/api/events/" + WebFixture.EVENT);
        assertThat(one.get("title").asText()).contains("Lakeland");
        assertThat(one.get("members")).hasSize(3);
        JsonNode official = find(one.get("members"), "key", "lakeland-plenum-2041-communique-en");
        assertThat(official.get("role").asText()).isEqualTo("official");
        assertThat(official.get("attributes").get("translation").asText()).isEqualTo("Harbour Wire");
        assertThat(one.get("claims").asText()).isEqualTo("/api/events/" + WebFixture.EVENT + "/claims");

        HttpResponse<String> csv = fx.get("/api/events?format=csv");
        assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(csv.body()).startsWith("key,title,date,documents,official,commentary,preview,page,api\r\n");
        assertThat(fx.get("/api/events/" + WebFixture.EVENT + "?format=csv").body()).startsWith("role,key,title,").contains("\r\nofficial,");
    }

    @Test
    void claimsOfTheEventsCommentaryAreChecked() throws Exception {
        String commentary = commentaryKey();
        JsonNode c = fx.json("/api/events/" + WebFixture.EVENT + "/claims");
        assertThat(c.get("documents")).hasSize(1);
        JsonNode doc = c.get("documents").get(0);
        assertThat(doc.get("commentary").get("key").asText()).isEqualTo(commentary);
        assertThat(doc.get("summary").get("confirmed").asInt()).isEqualTo(1);
        assertThat(doc.get("summary").get("off").asInt()).isEqualTo(1);
        assertThat(doc.get("summary").get("not_found").asInt()).isEqualTo(1);
        JsonNode claims = doc.get("claims");
        assertThat(claims).hasSize(3);

        JsonNode security = find(claims, "phrase", "security");
        assertThat(security.get("verdict").asText()).isEqualTo("CONFIRMED");
        assertThat(security.get("counted").asInt()).isEqualTo(2);
        assertThat(security.get("text").asText()).isEqualTo("lakeland-plenum-2041-communique-en");
        assertThat(security.get("translation").asText()).isEqualTo("Harbour Wire");
        assertThat(security.get("passages")).hasSize(2);

        JsonNode opening = find(claims, "phrase", "opening up");
        assertThat(opening.get("verdict").asText()).isEqualTo("OFF");
        assertThat(opening.get("number").asInt()).isEqualTo(2);
        assertThat(opening.get("counted").asInt()).isEqualTo(3);
        assertThat(opening.get("standalone").asInt()).isEqualTo(2);
        assertThat(opening.get("offBy").asInt()).isEqualTo(1);
        assertThat(opening.get("reasons").get(0).asText()).contains("standalone");
        assertThat(opening.get("sentence").asText()).contains(WebFixture.SCRIPT_EN);
        JsonNode passages = opening.get("passages");
        assertThat(passages).hasSize(3);
        assertThat(passages.get(1).get("match").asText()).isEqualTo("opening up");
        assertThat(passages.get(1).get("nestedIn").asText()).isEqualTo("reform and opening up");
        assertThat(passages.get(0).get("page").asText()).startsWith("/doc/lakeland-plenum-2041-communique-en#h-");
        int start = opening.get("sentenceStart").asInt();
        assertThat(opening.get("sentencePage").asText())
                .isEqualTo("/doc/" + commentary + "?passage=" + start + "-" + opening.get("sentenceEnd").asInt() + "#passage");

        JsonNode missing = find(claims, "phrase", "river prosperity dividend");
        assertThat(missing.get("verdict").asText()).isEqualTo("NOT_FOUND");
        assertThat(missing.get("counted").asInt()).isZero();
        assertThat(missing.get("passages")).isEmpty();

        assertThat(fx.json("/api/events/" + WebFixture.EVENT + "/claims?doc=" + WebFixture.enc(commentary)).get("documents")).hasSize(1);
        HttpResponse<String> csv = fx.get("/api/events/" + WebFixture.EVENT + "/claims?doc=" + WebFixture.enc(commentary) + "&format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).get().asString().contains("tifa-claims-" + commentary + ".csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).startsWith("commentary,n,phrase,claimed,number,operator,year,verdict,counted,standalone,literal,off_by,concept,text,translation,");
        assertThat(lines).hasSize(1 + 3);
        assertThat(csv.body()).contains(",OFF,3,2,");
        assertThat(lines[0]).doesNotContain("passages"); // the passages themselves are not flattened into the CSV

        // the reader marks the claim's sentence it links to
        String reader = fx.get(opening.get("sentencePage").asText().replace("#passage", "")).body();
        assertThat(reader).contains("<span class=\"passage\" id=\"passage\">").contains("&lt;script&gt;alert(");
    }

    @Test
    void scorecardOfTheEventsExpectations() throws Exception {
        JsonNode s = fx.json("/api/events/" + WebFixture.EVENT + "/scorecard");
        assertThat(s.get("summary").get("met").asInt()).isEqualTo(1);
        assertThat(s.get("summary").get("total").asInt()).isEqualTo(2);
        assertThat(s.get("summary").get("text").asText()).isEqualTo("met 1 of 2");
        JsonNode met = s.get("rules").get(0);
        assertThat(met.get("rule").asText()).isEqualTo("at-least 3 \"opening up\"");
        assertThat(met.get("status").asText()).isEqualTo("MET");
        assertThat(met.get("count").asInt()).isEqualTo(3);
        assertThat(met.get("outcome").asText()).isEqualTo("lakeland-plenum-2041-communique-en");
        assertThat(met.get("passages")).hasSize(3);
        JsonNode notMet = s.get("rules").get(1);
        assertThat(notMet.get("status").asText()).isEqualTo("NOT_MET");
        assertThat(notMet.get("count").asInt()).isZero();

        HttpResponse<String> csv = fx.get("/api/events/" + WebFixture.EVENT + "/scorecard?format=csv");
        assertThat(csv.headers().firstValue("Content-Disposition")).get().asString().contains("tifa-scorecard-" + WebFixture.EVENT + ".csv");
        assertThat(csv.body()).startsWith("n,rule,kind,term,min,concept,status,outcome,outcome_translation,count,per_10k,share,predecessor,")
                .contains(",MET,").contains(",NOT_MET,");
        assertThat(csv.body().split("\r\n")).hasSize(3);

        JsonNode themes = fx.json("/api/events/" + WebFixture.EVENT + "/themes");
        JsonNode opening = find(themes.get("themes"), "theme", "opening-up");
        assertThat(opening.get("official").asText()).isEqualTo("lakeland-plenum-2041-communique-en");
        assertThat(opening.get("officialHits").asInt()).isEqualTo(2);
        assertThat(fx.get("/api/events/" + WebFixture.EVENT + "/themes?format=csv").body()).startsWith("commentary,official,theme,zh,en,hits,share,");
    }

    @Test
    void eventErrorsAre404And400() throws Exception {
        for (String path : List.of("/api/events/no-such-event", "/api/events/no-such-event/claims", "/api/events/no-such-event/scorecard",
                "/api/events/no-such-event/themes")) {
            HttpResponse<String> r = fx.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
            assertThat(JSON.readTree(r.body()).get("error").asText()).contains("no-such-event");
        }
        for (String path : List.of("/api/events?format=xml", "/api/events/" + WebFixture.EVENT + "/claims?doc=gwr-2022",
                "/api/events/" + WebFixture.EVENT + "/scorecard?format=pdf", "/doc/gwr-2022?passage=5-2", "/doc/gwr-2022?passage=0-99999")) {
            HttpResponse<String> r = fx.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
        }
        assertThat(JSON.readTree(fx.get("/api/events/" + WebFixture.EVENT + "/claims?doc=gwr-2022").body()).get("error").asText())
                .contains("not a commentary of event " + WebFixture.EVENT);
        HttpResponse<String> page = fx.get("/event/no-such-event");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Not found").contains("no-such-event");
    }

    @Test
    void eventPagesRenderAndEscapeTheCommentary() throws Exception {
        assertThat(fx.get("/events").body()).contains("id=\"events-table\"").contains("href=\"/event/" + WebFixture.EVENT + "\"")
                .contains(">Events</a>");
        HttpResponse<String> r = fx.get("/event/" + WebFixture.EVENT);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("data-verdict=\"CONFIRMED\"", "data-verdict=\"OFF\"", "data-verdict=\"NOT_FOUND\"")
                .contains("met 1 of 2")
                .contains("data-chart-type=\"themeShift\"")
                .contains("/api/events/" + WebFixture.EVENT + "/scorecard?format=csv")
                .contains("&lt;script&gt;alert('lakeland')&lt;/script&gt;")
                .doesNotContain(WebFixture.SCRIPT_EN);
    }

    @Test
    void bindsToLoopback() {
        assertThat(fx.server.url()).startsWith("http://127.0.0.1:");
        assertThat(fx.server.port()).isPositive();
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) if (n.get(field).asText().equals(value)) return n;
        throw new AssertionError("no " + field + "=" + value + " in " + array);
    }

    @Test
    void documentsPageInSqlTrendsGoByPeriodAndWindowsCompareBeforeWithAfter() throws Exception {
        JsonNode page = fx.json("/api/docs?limit=2&offset=1");
        assertThat(page.get("selected").asInt()).isEqualTo(8);
        assertThat(page.get("returned").asInt()).isEqualTo(2);
        assertThat(page.get("next").asInt()).isEqualTo(3);
        assertThat(fx.json("/api/docs?from=2024-03-06&to=2024-03-31").get("documents")).extracting(d -> d.get("date").asText()).containsExactly("2024-03-08");

        JsonNode years = fx.json("/api/trend?q=" + WebFixture.enc("新质生产力") + "&also=security&by=year&lang=zh&series=gov-work-report");
        assertThat(years.get("by").asText()).isEqualTo("year");
        List<String> rows = new java.util.ArrayList<>();
        years.get("points").forEach(p -> rows.add(p.get("concept").asText() + " " + p.get("period").asText() + " " + p.get("count").asInt()));
        assertThat(rows).containsExactly("new-quality-productive-forces 2022 0", "new-quality-productive-forces 2023 1",
                "new-quality-productive-forces 2024 2", "security 2022 1", "security 2023 2", "security 2024 1");
        assertThat(fx.get("/api/trend?q=x&by=fortnight").statusCode()).isEqualTo(400);

        JsonNode w = fx.json("/api/window?around=2023-06-01&days=500&series=gov-work-report&minFreq=1");
        assertThat(w.get("before").get("documents").asInt()).isEqualTo(2);
        assertThat(w.get("after").get("documents").asInt()).isEqualTo(1);
        JsonNode nqpf = null;
        for (JsonNode t : w.get("terms")) if (t.get("concept").asText().equals("new-quality-productive-forces")) nqpf = t;
        assertThat(nqpf).isNotNull();
        assertThat(nqpf.get("count_before").asInt()).isEqualTo(1);
        assertThat(nqpf.get("count_after").asInt()).isEqualTo(2);
        assertThat(nqpf.get("more").asText()).isEqualTo("after");
        assertThat(fx.get("/api/window?around=someday").statusCode()).isEqualTo(400);
    }
}
