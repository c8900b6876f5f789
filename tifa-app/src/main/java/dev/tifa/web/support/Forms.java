package dev.tifa.web.support;

import io.javalin.http.Context;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a page's filter form shows as chosen, and links that keep the page's parameters. */
public final class Forms {
    private Forms() {
    }

    /** The value of a parameter as typed, or "" (for re-filling a form; escaped by the template). */
    public static String value(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null ? "" : v;
    }

    /** {@code path} with this request's parameters (except {@code format}) and {@code format=csv}. */
    public static String csvLink(Context ctx, String path) {
        String q = query(ctx, Map.of("format", "csv"));
        return path + "?" + q;
    }

    /** This request's parameters, without format and with {@code replace}d ones, as a query string. */
    public static String query(Context ctx, Map<String, String> replace) {
        String kept = ctx.queryParamMap().entrySet().stream()
                .filter(e -> !e.getKey().equals("format") && !replace.containsKey(e.getKey()))
                .flatMap(e -> e.getValue().stream().map(v -> Links.enc(e.getKey()) + "=" + Links.enc(v)))
                .collect(Collectors.joining("&"));
        String added = replace.entrySet().stream().map(e -> Links.enc(e.getKey()) + "=" + Links.enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return List.of(kept, added).stream().filter(s -> !s.isEmpty()).collect(Collectors.joining("&"));
    }
}
