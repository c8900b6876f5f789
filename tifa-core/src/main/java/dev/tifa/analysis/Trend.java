package dev.tifa.analysis;

import dev.tifa.model.Document;

import java.util.Comparator;
import java.util.List;

/** A concept's counts across documents in date order (documents without a date last, by title). */
public final class Trend {
    /**
     * Documents in time order: by date (a year alone counts as 1 July); on the same date Chinese before English (the
     * original before its translations), then by key, so that the order never depends on how the store returns them.
     */
    public static final Comparator<Document> CHRONOLOGICAL = Comparator
            .comparing((Document d) -> d.meta().sortDate(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(d -> d.meta().language())
            .thenComparing(Document::key);

    private Trend() {
    }

    public static List<TrendPoint> of(String conceptId, List<DocumentCounts> counts) {
        return counts.stream()
                .sorted(Comparator.comparing(DocumentCounts::document, CHRONOLOGICAL))
                .map(c -> new TrendPoint(c.document(), c.size(), c.count(conceptId)))
                .toList();
    }
}
