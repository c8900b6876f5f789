package dev.tifa.analysis.pattern;

/** A pattern stopped because it used up its step budget: typically a regex with nested repetition. */
public final class PatternTooSlow extends RuntimeException {
    public PatternTooSlow(String pattern, long steps) {
        super("pattern '" + pattern + "' stopped after " + steps + " steps: it backtracks too much "
                + "(nested repetition such as (a+)+ ?); bound its gaps or simplify it");
    }
}
