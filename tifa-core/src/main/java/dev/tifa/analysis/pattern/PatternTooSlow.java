package dev.tifa.analysis.pattern;

/** A bad pattern found out while it runs: it used up its step budget, typically a regex with nested repetition. */
public final class PatternTooSlow extends IllegalArgumentException {
    public PatternTooSlow(String pattern, long steps) {
        super("pattern '" + pattern + "' stopped after " + steps + " steps: it backtracks too much "
                + "(nested repetition such as (a+)+ ?); bound its gaps or simplify it");
    }
}
