package dev.tifa.analysis.diff;

/**
 * How much of B was carried over from A, in non-white-space characters of B.
 *
 * @param exact           share of B in passages kept word for word (KEPT or MOVED)
 * @param near            share of B carried over exactly or nearly: kept passages count fully, reworded ones
 *                        (CHANGED, SPLIT, MERGED) by their similarity
 * @param bCharacters     B's length in the characters counted
 * @param keptCharacters  characters of B in kept passages
 * @param changedCharacters characters of B in reworded passages
 */
public record Continuity(double exact, double near, int bCharacters, int keptCharacters, int changedCharacters) {
}
