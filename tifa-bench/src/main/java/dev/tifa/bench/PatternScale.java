package dev.tifa.bench;

import dev.tifa.analysis.pattern.QueryPattern;
import dev.tifa.app.PatternService;
import dev.tifa.app.Workspace;
import dev.tifa.model.Kind;
import dev.tifa.store.DocumentFilter;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Patterns over the news items of a large store, as a server answers them (one process, the store open): the first
 * page of 20 passages (the first call, then the best of three), the total under it, and the whole count table.
 * Reads only: the store must have its phrase index up to date.
 *
 * <pre>java dev.tifa.bench.PatternScale DATA_DIR PATTERN...</pre>
 * Prints one line of {@code key=value} pairs per pattern.
 */
public final class PatternScale {
    private PatternScale() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: PatternScale DATA_DIR PATTERN...");
            System.exit(2);
        }
        DocumentFilter news = DocumentFilter.all().withKinds(List.of(Kind.NEWS));
        try (Workspace ws = Workspace.open(Path.of(args[0]))) {
            ws.onNotice(System.err::println);
            System.out.printf(Locale.ROOT, "items=%d%n", ws.store().count(news));
            PatternService service = new PatternService(ws);
            for (int i = 1; i < args.length; i++) {
                QueryPattern p = QueryPattern.compile(args[i], QueryPattern.Mode.PATTERN);
                long t = System.nanoTime();
                int page = service.contexts(p, news, 30, 20).size();
                double firstCold = ms(t);
                double firstWarm = Double.MAX_VALUE;
                for (int k = 0; k < 3; k++) {
                    t = System.nanoTime();
                    service.contexts(p, news, 30, 20);
                    firstWarm = Math.min(firstWarm, ms(t));
                }
                t = System.nanoTime();
                long total = service.total(p, news);
                double totalMs = ms(t);
                t = System.nanoTime();
                var table = service.count(p, news);
                double countMs = ms(t);
                System.out.printf(Locale.ROOT, "pattern=%s page=%d first_ms=%.0f first_warm_ms=%.0f total=%d total_ms=%.0f "
                                + "count_ms=%.0f documents=%d fillings=%d%n", args[i], page, firstCold, firstWarm, total, totalMs,
                        countMs, table.present(), table.fills().size());
            }
        }
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
