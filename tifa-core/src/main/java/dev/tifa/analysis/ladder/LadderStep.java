package dev.tifa.analysis.ladder;

import java.util.List;
import java.util.Map;

/**
 * A formulation's governing words in one document: a step of the ladder.
 *
 * @param documentKey the document
 * @param occurrences every occurrence with its governors
 * @param modifiers   how often each lexicon word governs it, most frequent first
 * @param intensity   mean intensity over the occurrences that have a lexicon word, or null when none has
 * @param change      compared with the previous step: "warmer", "cooler", "same", or "" (first step, or no intensity)
 */
public record LadderStep(String documentKey, List<Governed> occurrences, Map<String, Integer> modifiers, Double intensity, String change) {
    public LadderStep withChange(String c) {
        return new LadderStep(documentKey, occurrences, modifiers, intensity, c);
    }

    /** The modifiers as one cell: {@code 加快×2 因地制宜×1}. */
    public String modifierLabel() {
        StringBuilder b = new StringBuilder();
        modifiers.forEach((w, n) -> b.append(b.length() == 0 ? "" : " ").append(w).append('×').append(n));
        return b.length() == 0 ? "-" : b.toString();
    }
}
