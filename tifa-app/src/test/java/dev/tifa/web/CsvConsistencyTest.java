package dev.tifa.web;

import dev.tifa.cli.CliRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 9 item 16: CSV from the command line and the web API agree on names and precision; no empty column names. */
class CsvConsistencyTest {
    private static WebFixture fx;
    private static CliRunner tifa;

    @BeforeAll
    static void start() {
        fx = WebFixture.start();
        tifa = new CliRunner(fx.dir);
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    private static String web(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fx.url(path))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    /** Column → value of the row whose {@code keyColumn} is {@code key}. */
    private static Map<String, String> row(String csv, String keyColumn, String key) {
        String[] lines = csv.replace("\uFEFF", "").split("\r\n");
        List<String> header = Arrays.asList(lines[0].split(","));
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",");
            if (cells[header.indexOf(keyColumn)].equals(key)) {
                Map<String, String> m = new HashMap<>();
                for (int j = 0; j < header.size() && j < cells.length; j++) m.put(header.get(j), cells[j]);
                return m;
            }
        }
        throw new AssertionError("no row " + key + " in\n" + csv);
    }

    @Test
    void countCsvHasTheSameNamesAndFullPrecisionInCliAndWeb() throws Exception {
        var cli = tifa.run("count", "高水平对外开放", "--docs", "gwr-2023", "--format", "csv");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        String api = web("/api/count?q=" + URLEncoder.encode("高水平对外开放", StandardCharsets.UTF_8) + "&docs=gwr-2023&format=csv");
        Map<String, String> a = row(cli.out(), "document", "gwr-2023");
        Map<String, String> b = row(api, "document", "gwr-2023");
        assertThat(api.split("\r\n")[0]).isEqualTo(cli.out().split("\r\n")[0]);
        for (String column : List.of("document", "year", "lang", "term", "concept", "count", "standalone", "nested", "per_10k", "size")) {
            assertThat(b.get(column)).as(column).isEqualTo(a.get(column));
        }
        assertThat(a.get("per_10k").length()).as("full precision, not 2 decimals").isGreaterThan(6);
    }

    @Test
    void noEmptyColumnNamesAndThemesAreLong() {
        String commentary = tifa.run("docs", "--kind", "commentary", "--lang", "en", "--format", "csv").out().split("\r\n")[1].split(",")[0];
        for (String[] args : List.of(new String[]{"discover", "gwr-2023"}, new String[]{"claims", commentary},
                new String[]{"themes", "gwr-2023", "--vs", "gwr-2022"})) {
            var r = tifa.run(concat(args, "--format", "csv"));
            assertThat(r.exitCode()).as(String.join(" ", args) + ": " + r.err()).isZero();
            String header = r.out().split("\r\n")[0];
            assertThat(header).as(String.join(" ", args)).doesNotStartWith(",").doesNotContain(",,").doesNotEndWith(",");
        }
        var themes = tifa.run("themes", "gwr-2023", "--vs", "gwr-2022", "--format", "csv");
        assertThat(themes.exitCode()).as(themes.err()).isZero();
        assertThat(themes.out()).startsWith("document,theme,name,hits,share_percent\r\n").contains("\r\ngwr-2022,");
    }

    @Test
    void trendCsvHasNoBarCharacters() {
        var r = tifa.run("trend", "高水平对外开放", "--series", "gov-work-report", "--format", "csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("term,lang,period,document,count,standalone,per_10k,items_with,items,lead_share,note\r\n").doesNotContain("█");
        assertThat(tifa.run("trend", "高水平对外开放", "--series", "gov-work-report").out()).contains("█");
    }

    @Test
    void bomForExcelOnlyWhenAsked() throws Exception {
        assertThat(tifa.run("docs", "--format", "csv", "--bom").out()).startsWith("\uFEFFkey,");
        assertThat(tifa.run("docs", "--format", "csv").out()).startsWith("key,");
        assertThat(tifa.run("docs", "--bom").out()).doesNotStartWith("\uFEFF");
        assertThat(web("/api/docs?format=csv&bom=1")).startsWith("\uFEFF");
    }

    @Test
    void englishRowsOfAConceptCountAreLabelledInEnglish() {
        var r = tifa.run("count", "对外开放", "--docs", "gwr-2024-final,gwr-2024-en", "--format", "csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(row(r.out(), "document", "gwr-2024-en").get("term")).isEqualTo("opening up");
        assertThat(row(r.out(), "document", "gwr-2024-final").get("term")).isEqualTo("对外开放");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
