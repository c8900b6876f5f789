package dev.tifa.web.api;

import dev.tifa.analysis.parallel.ParallelReport;
import dev.tifa.app.ParallelRow;
import dev.tifa.app.ParallelService;
import dev.tifa.text.match.MatchOptions;
import dev.tifa.web.support.Params;
import dev.tifa.web.support.Responses;
import dev.tifa.web.support.WebError;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/parallel}: the parallel check over the stored aligned-pairs documents — the figure and one row per
 * concept with at least 3 hits ({@code all=1}: every concept found); {@code format=csv} for the rows. Pairs the
 * aligner damaged are left out and listed as {@code partial} ({@code with_partial=1} counts them). 404 (with the
 * reason) when no aligned-pairs documents are stored or their file is gone.
 */
public final class ParallelApi implements Handler {
    private final ParallelService service;
    private final Responses responses;

    public ParallelApi(ParallelService service, Responses responses) {
        this.service = service;
        this.responses = responses;
    }

    @Override
    public void handle(Context ctx) {
        ParallelService.Pairs pairs;
        try {
            pairs = service.read(List.of());
        } catch (IllegalArgumentException none) {
            throw WebError.notFound(none.getMessage());
        }
        ParallelReport r = service.check(pairs, MatchOptions.defaults(), Params.flag(ctx, "with_partial"));
        List<Map<String, Object>> rows = (Params.flag(ctx, "all") ? r.concepts() : r.counted()).stream()
                .map(a -> ParallelRow.of(a).cells()).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("figure", r.figure());
        body.put("agreeing", r.agreeing());
        body.put("counted", r.counted().size());
        body.put("pairs", r.pairs().size());
        body.put("partial", r.partial().stream().map(a -> a.id()).toList());
        body.put("files", pairs.files().stream().map(f -> f.getFileName().toString()).toList());
        body.put("concepts", rows);
        responses.table(ctx, "tifa-parallel", rows, body);
    }
}
