package dev.tifa.web.instruments;

import dev.tifa.analysis.pattern.QueryPattern;
import dev.tifa.app.Query;
import dev.tifa.app.Workspace;
import dev.tifa.text.match.MatchOptions;
import dev.tifa.web.support.Params;
import dev.tifa.web.support.WebError;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;

/** Reads the instruments' common inputs: {@code q} (one or more lines) and {@code mode} (term, pattern, regex). */
final class Inputs {
    /**
     * Steps the regex engine may take per character of text in the web: a tenth of the command line's, so that a
     * runaway pattern on a shared server is stopped within a second or two.
     */
    static final long WEB_STEPS_PER_CHAR = 100;

    private Inputs() {
    }

    static Query.Mode mode(Context ctx) {
        String m = Params.optional(ctx, "mode");
        if (m == null || m.equals("term")) return Query.Mode.TERM;
        if (m.equals("pattern")) return Query.Mode.PATTERN;
        if (m.equals("regex")) return Query.Mode.REGEX;
        throw WebError.badRequest("mode is term, pattern or regex, not " + m);
    }

    /** The queries of the lines of {@code q}; null when q is absent (the empty form). */
    static List<Query> queries(Context ctx, Workspace ws) {
        String q = Params.optional(ctx, "q");
        if (q == null) return null;
        List<Query> out = new ArrayList<>();
        for (String line : q.split("\\R")) {
            if (!line.isBlank()) out.add(query(ws, line.strip(), mode(ctx)));
        }
        if (out.isEmpty()) throw WebError.badRequest("q is empty");
        if (out.size() > 8) throw WebError.badRequest("at most 8 terms or patterns at once");
        return out;
    }

    /** The one query of an instrument that takes one; null when q is absent. */
    static Query single(Context ctx, Workspace ws) {
        List<Query> qs = queries(ctx, ws);
        if (qs != null && qs.size() > 1) throw WebError.badRequest("one term or pattern at a time here");
        return qs == null ? null : qs.get(0);
    }

    static Query query(Workspace ws, String text, Query.Mode mode) {
        try {
            if (mode == Query.Mode.TERM) return Query.of(ws, text, mode, false, MatchOptions.defaults());
            QueryPattern p = QueryPattern.compile(text, mode == Query.Mode.REGEX ? QueryPattern.Mode.REGEX : QueryPattern.Mode.PATTERN);
            return Query.of(p.withStepsPerChar(WEB_STEPS_PER_CHAR));
        } catch (IllegalArgumentException e) {
            throw WebError.badRequest(e.getMessage());
        }
    }

    /** Runs {@code work}, turning a pattern stopped for its budget into a 400 that says why. */
    static <T> T guarded(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException e) { // a runaway pattern, or a selection too large to count a pattern in
            throw WebError.badRequest(e.getMessage());
        }
    }
}
