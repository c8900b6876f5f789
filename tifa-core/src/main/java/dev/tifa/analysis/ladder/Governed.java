package dev.tifa.analysis.ladder;

import java.util.List;

/**
 * One occurrence of a formulation with the words that govern it.
 *
 * @param start     offset of the occurrence in the cleaned text
 * @param end       end offset
 * @param governors the words just before it in its clause, in text order (at most {@value ModifierLadder#GOVERNORS})
 * @param modifiers the lexicon words among them, with their intensity
 * @param intensity mean intensity of the modifiers, or null when none is in the lexicon
 * @param clause    the clause up to the occurrence, and the occurrence (the evidence, a few characters)
 */
public record Governed(int start, int end, List<String> governors, List<Modifier> modifiers, Double intensity, String clause) {
    public record Modifier(String word, int intensity) {
    }

    public String governorLabel() {
        return governors.isEmpty() ? "-" : String.join(" ", governors);
    }
}
