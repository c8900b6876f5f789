package dev.tifa.analysis.compare;

/**
 * How much of a text's formulation vocabulary falls in one theme, in A and B. Each hit counts for its concept's
 * primary theme only, so the shares of a text add up to 1.
 *
 * @param themeId     the theme
 * @param hitsA       glossary hits in A whose concept has this primary theme
 * @param hitsB       the same in B
 * @param shareA      hitsA / all glossary hits in A
 * @param shareB      hitsB / all glossary hits in B
 * @param shareChange shareB − shareA (in share points: 0.05 is five percentage points)
 * @param rateA       hitsA per 10,000 characters or words of A
 * @param rateB       the same in B
 * @param rateChange  rateB − rateA
 */
public record ThemeChange(String themeId, int hitsA, int hitsB, double shareA, double shareB, double shareChange,
                          double rateA, double rateB, double rateChange) {
}
