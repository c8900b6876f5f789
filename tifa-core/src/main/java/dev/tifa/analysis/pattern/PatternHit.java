package dev.tifa.analysis.pattern;

import dev.tifa.model.Hit;

import java.util.Map;

/**
 * One match of a pattern in a cleaned text.
 *
 * @param start offset in the cleaned text (inclusive), like a glossary hit's
 * @param end   end offset in the cleaned text (exclusive)
 * @param text  the matched text as it stands in the cleaned text
 * @param slots what filled each named slot, in the pattern's order (empty when it has none)
 */
public record PatternHit(int start, int end, String text, Map<String, String> slots) {
    /** As a hit of the pseudo-concept {@code id}, so that KWIC, position and the ladder treat it like any hit. */
    public Hit asHit(String id) {
        return new Hit(id, text, start, end, null);
    }

    /** The slot fillers as one label, e.g. {@code X=发展 Y=安全}. */
    public String slotLabel() {
        return label(slots);
    }

    /** Slot fillers as one label, e.g. {@code X=发展 Y=安全}. */
    public static String label(Map<String, String> slots) {
        StringBuilder b = new StringBuilder();
        slots.forEach((k, v) -> b.append(b.length() == 0 ? "" : " ").append(k).append('=').append(v));
        return b.toString();
    }
}
