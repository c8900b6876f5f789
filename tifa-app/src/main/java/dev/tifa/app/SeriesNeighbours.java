package dev.tifa.app;

import dev.tifa.analysis.Trend;
import dev.tifa.model.Document;
import dev.tifa.store.DocumentFilter;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A document's neighbours in its series: the texts it is compared with when an analyst says "up from last time".
 * Neighbours share the series, language and kind; one of the same {@code doc-type} (communiqué, decision) is preferred.
 */
public final class SeriesNeighbours {
    private final Workspace workspace;

    public SeriesNeighbours(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The latest earlier document of the series (of the same doc-type when there is one). */
    public Optional<Document> predecessor(Document d) {
        if (d.meta().series() == null || d.meta().sortDate() == null) return Optional.empty();
        return sameSeries(d).stream()
                .filter(x -> x.meta().sortDate() != null && x.meta().sortDate().isBefore(d.meta().sortDate()))
                .max(Comparator.comparing((Document x) -> sameType(x, d)).thenComparing(x -> x.meta().sortDate()));
    }

    /** The document of the series from a given year (for "up from 15 in 2019"): same doc-type first, then the longest. */
    public Optional<Document> ofYear(Document d, int year) {
        if (d.meta().series() == null) return Optional.empty();
        return sameSeries(d).stream().filter(x -> x.meta().year() != null && x.meta().year() == year)
                .max(Comparator.comparing((Document x) -> sameType(x, d)).thenComparingInt(Document::size));
    }

    private List<Document> sameSeries(Document d) {
        DocumentFilter f = new DocumentFilter(null, List.of(d.meta().series()), List.of(d.meta().kind()), d.meta().language(), null, null, null);
        return workspace.store().documents(f).stream().filter(x -> x.id() != d.id()).sorted(Trend.CHRONOLOGICAL).toList();
    }

    private static boolean sameType(Document a, Document b) {
        return a.meta().attributes().getOrDefault("doc-type", "").equals(b.meta().attributes().getOrDefault("doc-type", ""));
    }
}
