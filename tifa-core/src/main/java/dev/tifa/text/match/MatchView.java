package dev.tifa.text.match;

import dev.tifa.text.CleanText;
import dev.tifa.text.TextEdit;

/**
 * The text as the matcher sees it: lower case, hyphens as spaces, curly apostrophes straight, one space for any run
 * of spaces. Chinese is untouched by all of this; English renderings that differ only in case or hyphenation
 * ("Opening-up", "opening up") become the same string. Offsets map back to the cleaned text.
 */
final class MatchView {
    private MatchView() {
    }

    static CleanText of(CleanText clean) {
        String s = clean.text();
        TextEdit e = new TextEdit(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = fold(s.charAt(i));
            if (c == ' ' && e.lastChar() == ' ') continue;
            e.append(c, i);
        }
        return e.applyTo(clean);
    }

    /** The same folding for a pattern, which has no offsets to keep. */
    static String ofPattern(String form) {
        StringBuilder b = new StringBuilder(form.length());
        for (int i = 0; i < form.length(); i++) {
            char c = fold(form.charAt(i));
            if (c == ' ' && (b.length() == 0 || b.charAt(b.length() - 1) == ' ')) continue;
            b.append(c);
        }
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') end--;
        return b.substring(0, end);
    }

    private static char fold(char c) {
        switch (c) {
            case '-': case '\u2010': case '\u2011': case '\t': case '\u00A0':
                return ' ';
            case '\u2019': case '\u2018':
                return '\'';
            default:
                return Character.toLowerCase(c);
        }
    }

    /** A Latin letter or digit: what must not touch an English form's ends for it to be a whole-word match. */
    static boolean isWordChar(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }

    static boolean hasCjk(String s) {
        return s.chars().anyMatch(c -> c >= 0x2E80);
    }
}
