package dev.tifa.analysis.diff;

/**
 * Changed characters in one side of a changed passage: deleted from A's text or inserted into B's.
 *
 * @param side  A (offsets in aText: deleted) or B (offsets in bText: inserted)
 * @param start offset in that side's text
 * @param end   end offset (exclusive)
 */
public record Span(Side side, int start, int end) {
    public enum Side { A, B }
}
