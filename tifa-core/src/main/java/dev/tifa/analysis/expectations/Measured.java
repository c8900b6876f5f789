package dev.tifa.analysis.expectations;

/**
 * The numbers a rule is judged by. Predecessor fields are null when there is no predecessor.
 *
 * @param outcomeCount     occurrences of the term in the outcome (or the theme's hits)
 * @param outcomeRate      per 10,000 characters/words
 * @param predecessorCount the same in the predecessor, or null
 * @param predecessorRate  the same in the predecessor, or null
 * @param outcomeShare     theme rules: the theme's share of the outcome's glossary hits (0–1), else null
 * @param predecessorShare theme rules: the same in the predecessor, else null
 */
public record Measured(int outcomeCount, double outcomeRate, Integer predecessorCount, Double predecessorRate,
                       Double outcomeShare, Double predecessorShare) {
}
