package dev.tifa.analysis.diff;

/**
 * How passages are paired.
 *
 * @param threshold   smallest character-bigram Dice similarity for two passages to be one passage reworded (0.5)
 * @param window      how many sentences around its expected position a passage's counterpart is looked for (60)
 * @param splitMargin how much better a two-sentence pairing must fit than either sentence alone to count as a
 *                    split or merge rather than a change plus an addition (0.1)
 */
public record DiffOptions(double threshold, int window, double splitMargin) {
    public static DiffOptions defaults() {
        return new DiffOptions(0.5, 60, 0.1);
    }
}
