package dev.tifa.analysis.diff;

/**
 * A run of a passage change as any renderer shows it: equal text plainly, deleted text struck out, inserted text
 * highlighted. Concatenating the EQUAL and DELETED runs gives A's text, the EQUAL and INSERTED runs B's.
 */
public record Segment(Kind kind, String text) {
    public enum Kind { EQUAL, DELETED, INSERTED }
}
