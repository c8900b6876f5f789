package dev.tifa.analysis.firsts;

import dev.tifa.model.DocumentInfo;

import java.util.List;
import java.util.Map;

/**
 * When a concept appeared, disappeared and came back, over a list of documents in date order.
 *
 * @param conceptId     the concept (or ad-hoc phrase)
 * @param first         the earliest document that has it, or null if none does
 * @param firstInSeries per series, its earliest document that has it
 * @param last          the latest document that has it, or null
 * @param gaps          absences within a series followed by a return, in date order
 * @param documents     how many documents could have had it (those in a language the concept has forms in)
 * @param present       how many of them have it
 */
public record FirstAppearance(String conceptId, DocumentInfo first, Map<String, DocumentInfo> firstInSeries, DocumentInfo last,
                              List<Gap> gaps, int documents, int present) {
    public FirstAppearance {
        firstInSeries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(firstInSeries));
        gaps = List.copyOf(gaps);
    }

    public boolean found() {
        return first != null;
    }
}
