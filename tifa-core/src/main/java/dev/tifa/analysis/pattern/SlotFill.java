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
    /** Number of documents it occurs in. */
    public int range() {
        return documents.size();
    }
}
