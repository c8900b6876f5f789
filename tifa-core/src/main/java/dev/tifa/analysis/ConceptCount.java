package dev.tifa.analysis;

import java.util.Map;

/**
 * How often one concept occurs in one document.
 *
 * @param conceptId  the concept (or ad-hoc phrase)
 * @param total      every occurrence, nested ones included
 * @param standalone occurrences not inside a longer form of another concept
 * @param byForm     total per glossary form
 * @param rate       total per 10,000 characters (Chinese) or words (English)
 */
public record ConceptCount(String conceptId, int total, int standalone, Map<String, Integer> byForm, double rate) {
    public int nested() {
        return total - standalone;
    }
}
