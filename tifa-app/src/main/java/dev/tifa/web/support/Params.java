package dev.tifa.web.support;

import dev.tifa.analysis.time.DayBound;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import dev.tifa.store.DocumentFilter;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads and checks query parameters; anything malformed is a 400 with a message saying what was expected. */
public final class Params {
    public static final int MAX_TERM = 200;
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    private Params() {
    }

    /** A parameter that must be present and not blank. */
    public static String required(Context ctx, String name) {
        String v = optional(ctx, name);
        if (v == null) throw WebError.badRequest("missing parameter '" + name + "'");
        return v;
    }

    /** A parameter, stripped; null when absent or blank. Longer than {@link #MAX_TERM} characters is refused. */
    public static String optional(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        v = v.strip();
        if (v.length() > MAX_TERM) throw WebError.badRequest("parameter '" + name + "' is longer than " + MAX_TERM + " characters");
        return v;
    }

    /** All values of a parameter, repeated or comma-separated, blank ones dropped. */
    public static List<String> list(Context ctx, String name) {
        List<String> out = new ArrayList<>();
        for (String v : ctx.queryParams(name)) {
            Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        if (out.stream().anyMatch(s -> s.length() > MAX_TERM)) throw WebError.badRequest("a value of '" + name + "' is too long");
        return out;
    }

    public static Integer year(Context ctx, String name) {
        String v = optional(ctx, name);
        if (v == null) return null;
        try {
            int y = Integer.parseInt(v);
            if (y >= MIN_YEAR && y <= MAX_YEAR) return y;
        } catch (NumberFormatException e) {
            // fall through
        }
        throw WebError.badRequest("parameter '" + name + "' must be a year between " + MIN_YEAR + " and " + MAX_YEAR + ", not '" + v + "'");
    }

    public static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = optional(ctx, name);
        if (v == null) return fallback;
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // fall through
        }
        throw WebError.badRequest("parameter '" + name + "' must be a number from " + min + " to " + max);
    }

    public static boolean flag(Context ctx, String name) {
        String v = optional(ctx, name);
        return v != null && (v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on") || v.equalsIgnoreCase("yes"));
    }

    /** {@code format=json|csv}; json when absent. */
    public static boolean csv(Context ctx) {
        String f = optional(ctx, "format");
        if (f == null || f.equals("json")) return false;
        if (f.equals("csv")) return true;
        throw WebError.badRequest("parameter 'format' must be json or csv");
    }

    /**
     * The documents asked for: {@code docs, series, kind, lang, from, to, title}. Without {@code docs} and
     * {@code kind}, only official texts when {@code officialByDefault} (counts are about what the Party said);
     * {@code kind=all} selects every kind.
     */
    public static DocumentFilter filter(Context ctx, boolean officialByDefault) {
        List<String> docs = list(ctx, "docs");
        List<String> series = list(ctx, "series");
        List<String> kindNames = list(ctx, "kind");
        List<Kind> kinds;
        if (kindNames.contains("all")) kinds = List.of();
        else if (kindNames.isEmpty()) kinds = officialByDefault && docs.isEmpty() ? List.of(Kind.OFFICIAL) : List.of();
        else kinds = kindNames.stream().map(k -> parse(() -> Kind.parse(k))).toList();
        String lang = optional(ctx, "lang");
        Language language = lang == null || lang.equals("all") ? null : parse(() -> Language.parse(lang));
        String fromText = optional(ctx, "from"), toText = optional(ctx, "to");
        boolean days = isDay(fromText) || isDay(toText);
        Integer from = days ? null : year(ctx, "from");
        Integer to = days ? null : year(ctx, "to");
        if (from != null && to != null && from > to) throw WebError.badRequest("'from' (" + from + ") is after 'to' (" + to + ")");
        java.time.LocalDate fromDay = days ? parse(() -> DayBound.from(fromText)) : null;
        java.time.LocalDate toDay = days ? parse(() -> DayBound.to(toText)) : null;
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            throw WebError.badRequest("'from' (" + fromText + ") is after 'to' (" + toText + ")");
        }
        return new DocumentFilter(docs, series, kinds, language, from, to, optional(ctx, "title"), fromDay, toDay);
    }

    /** A bound given to the month or day (2024-03, 2024-03-05), not a bare year. */
    private static boolean isDay(String v) {
        return v != null && !v.matches("\\d{1,4}");
    }

    /** {@code by=day|week|month|quarter|year}, or {@code fallback} when absent. */
    public static dev.tifa.analysis.time.Period period(Context ctx, dev.tifa.analysis.time.Period fallback) {
        String v = optional(ctx, "by");
        return v == null ? fallback : parse(() -> dev.tifa.analysis.time.Period.parse(v));
    }

    private static <T> T parse(java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw WebError.badRequest(e.getMessage());
        }
    }
}
