package dev.tifa.analysis.claims;

import java.util.Locale;

/**
 * Counts a phrase exactly as spelled: case-insensitive and on whole words, but with hyphen and space kept apart
 * (the matcher folds them). Shows when a commentary counted one spelling only ("opening-up" but not "opening up").
 */
public final class VerbatimCount {
    private VerbatimCount() {
    }

    public static int of(String text, String phrase) {
        String t = fold(text);
        String p = fold(phrase.strip());
        if (p.isEmpty()) return 0;
        boolean latin = p.chars().noneMatch(c -> c >= 0x2E80);
        int n = 0;
        for (int i = t.indexOf(p); i >= 0; i = t.indexOf(p, i + 1)) {
            if (latin && (i > 0 && wordChar(t.charAt(i - 1)) || i + p.length() < t.length() && wordChar(t.charAt(i + p.length())))) continue;
            n++;
        }
        return n;
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replaceAll("[ \\t\\u00A0]+", " ");
    }

    private static boolean wordChar(char c) {
        return c < 0x2E80 && (Character.isLetterOrDigit(c) || c == '-');
    }
}
