package dev.tifa.analysis.pattern;

import java.util.List;
import java.util.Map;

/**
 * One combination of slot fillers and where it occurs.
 *
 * @param fillers   what filled each slot (slot name → text)
 * @param count     occurrences
 * @param documents keys of the documents it occurs in, in the order they were given
 */
public record SlotFill(Map<String, String> fillers, int count, List<String> documents) {
    /** The fillers as one label, e.g. {@code X=发展 Y=安全}. */
    public String label() {
        return PatternHit.label(fillers);
    }

    /** Number of documents it occurs in. */
    public int range() {
        return documents.size();
    }
}
