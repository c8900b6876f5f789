package dev.tifa.web.pages;

import dev.tifa.analysis.parallel.ParallelReport;
import dev.tifa.app.ParallelRow;
import dev.tifa.app.ParallelService;
import dev.tifa.text.match.MatchOptions;
import dev.tifa.web.support.Params;
import dev.tifa.web.support.Views;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /parallel}: the glossary checked on the stored aligned zh–en pairs — the agreement figure, every concept's
 * counts on both sides and verdict; {@code ?q=} adds one concept's drift, pairs and suggestions (the same block as
 * the concept page's).
 */
public final class ParallelPage implements Handler {
    /**
     * What the page shows; {@code message} instead when no aligned pairs are stored. {@code partial}: ids of the pairs
     * left out because the aligner damaged them.
     */
    public record View(String figure, int pairs, List<String> files, List<ParallelRow> rows, List<String> partial, String message) {
    }

    private final ParallelService service;
    private final Views views;

    public ParallelPage(ParallelService service, Views views) {
        this.service = service;
        this.views = views;
    }

    @Override
    public void handle(Context ctx) {
        View v;
        try {
            ParallelService.Pairs pairs = service.read(List.of());
            ParallelReport r = service.check(pairs, MatchOptions.defaults());
            v = new View(r.figure(), r.pairs().size(), pairs.files().stream().map(f -> f.getFileName().toString()).toList(),
                    r.counted().stream().map(ParallelRow::of).toList(), r.partial().stream().map(a -> a.id()).toList(), null);
        } catch (IllegalArgumentException none) {
            v = new View(null, 0, List.of(), List.of(), List.of(), none.getMessage());
        }
        Map<String, Object> p = new HashMap<>();
        p.put("v", v);
        p.put("q", Params.optional(ctx, "q"));
        views.render(ctx, "parallel.jte", p);
    }
}
