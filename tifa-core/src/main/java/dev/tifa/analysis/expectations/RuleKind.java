package dev.tifa.analysis.expectations;

import java.util.Locale;

/** What an expectation says about the outcome document. */
public enum RuleKind {
    /** The term appears at least once. */
    APPEARS("appears"),
    /** The term appears at least n times. */
    AT_LEAST("at-least"),
    /** The term's rate per 10,000 is higher than in the predecessor of the same series. */
    RISES("rises"),
    /** The term's rate per 10,000 is lower than in the predecessor. */
    FALLS("falls"),
    /** The theme's share of all glossary hits is higher than in the predecessor. */
    THEME_SHARE_RISES("theme-rises"),
    /** The term does not appear. */
    ABSENT("absent");

    private final String code;

    RuleKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static RuleKind parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (t.equals("theme-share-rises") || t.equals("theme")) return THEME_SHARE_RISES;
        if (t.equals("atleast") || t.equals("at least")) return AT_LEAST;
        if (t.equals("appear") || t.equals("present")) return APPEARS;
        if (t.equals("rise")) return RISES;
        if (t.equals("fall")) return FALLS;
        for (RuleKind k : values()) if (k.code.equals(t)) return k;
        throw new IllegalArgumentException("unknown rule '" + text + "' (expected appears, at-least, rises, falls, theme-rises or absent)");
    }
}
