package dev.tifa.analysis.pattern;

/** A pattern that cannot be compiled; the message names the position (1-based, in characters) and the problem. */
public final class PatternSyntaxError extends IllegalArgumentException {
    private final String pattern;
    private final int position;

    public PatternSyntaxError(String pattern, int position, String problem) {
        super("bad pattern '" + pattern + "' at position " + (position + 1) + ": " + problem);
        this.pattern = pattern;
        this.position = position;
    }

    public String pattern() {
        return pattern;
    }

    /** 0-based index of the offending character. */
    public int position() {
        return position;
    }
}
