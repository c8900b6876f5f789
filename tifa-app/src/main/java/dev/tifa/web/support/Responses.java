package dev.tifa.web.support;

import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Writes API answers: JSON, or CSV as a download with a proper file name. */
public final class Responses {
    private final Json json;

    public Responses(Json json) {
        this.json = json;
    }

    public void json(Context ctx, Object body) {
        ctx.contentType("application/json; charset=utf-8").result(json.write(body));
    }

    /** {@code rows} as CSV when the request asked for {@code format=csv}, else {@code body} as JSON. */
    public void table(Context ctx, String fileName, List<? extends Map<String, ?>> rows, Object body) {
        if (Params.csv(ctx)) csv(ctx, fileName, rows);
        else json(ctx, body);
    }

    public void csv(Context ctx, String fileName, List<? extends Map<String, ?>> rows) {
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", contentDisposition(fileName + ".csv"));
        String bom = Params.flag(ctx, "bom") ? dev.tifa.app.CsvCells.BOM : "";
        ctx.result((bom + Csv.of(rows)).getBytes(StandardCharsets.UTF_8));
    }

    /** An ASCII file name for every browser, and the exact (possibly Chinese) one for those that read RFC 6266. */
    static String contentDisposition(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + Links.enc(name);
    }

    /** A file name part made of a term or key. */
    public static String part(String s) {
        return s.strip().replaceAll("[\\s/\\\\:*?\"<>|]+", "-");
    }
}
