package dev.tifa.analysis.claims;

/**
 * How a claimed number relates to the count: "23 times" is {@link #EXACTLY}, "more than 20" {@link #MORE_THAN},
 * "nearly 25" {@link #NEARLY}; "dozens of times" is {@link #VAGUE} and cannot be checked.
 */
public enum Operator {
    EXACTLY("="), MORE_THAN(">"), AT_LEAST("≥"), FEWER_THAN("<"), AT_MOST("≤"), NEARLY("≈<"), ABOUT("≈"), VAGUE("?");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether a count of {@code counted} bears out a claim of {@code claimed} with this operator. */
    public boolean accepts(int counted, int claimed) {
        return switch (this) {
            case EXACTLY -> counted == claimed;
            case MORE_THAN -> counted > claimed;
            case AT_LEAST -> counted >= claimed;
            case FEWER_THAN -> counted < claimed;
            case AT_MOST -> counted <= claimed;
            // "nearly 25": a little short of it (within a fifth, at least one), or the number itself
            case NEARLY -> counted <= claimed && counted >= claimed - tolerance(claimed);
            case ABOUT -> Math.abs(counted - claimed) <= tolerance(claimed);
            case VAGUE -> false;
        };
    }

    /** How far "nearly N" or "about N" may be from N: a fifth of N, at least 1. */
    static int tolerance(int claimed) {
        return Math.max(1, Math.round(claimed / 5f));
    }

    /** "more than 20", "at least 3", "23": how the claim reads. */
    public String describe(Integer n) {
        if (this == VAGUE || n == null) return "an unspecified number";
        return switch (this) {
            case EXACTLY -> Integer.toString(n);
            case MORE_THAN -> "more than " + n;
            case AT_LEAST -> "at least " + n;
            case FEWER_THAN -> "fewer than " + n;
            case AT_MOST -> "at most " + n;
            case NEARLY -> "nearly " + n;
            case ABOUT -> "about " + n;
            case VAGUE -> "an unspecified number";
        };
    }
}
