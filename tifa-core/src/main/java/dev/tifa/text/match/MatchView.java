package dev.tifa.text.match;

/**
 * The text as the matcher sees it: lower case, hyphens as spaces, curly apostrophes straight, one space for any run
 * of spaces. Chinese is untouched by all of this; English renderings that differ only in case or hyphenation
 * ("Opening-up", "opening up") become the same string. Offsets map back to the text it was made from.
 *
 * <p>Built in one pass over the text, through a fold table: when folding changes nothing (most Chinese texts) the
 * view is the text itself, and the offset map is only made once a run of spaces has been shortened.
 */
final class MatchView {
    private static final char[] FOLD = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) FOLD[c] = fold((char) c);
    }

    private final String text;
    private final int[] toSource; // null: offsets are the same in the view and in its source

    private MatchView(String text, int[] toSource) {
        this.text = text;
        this.toSource = toSource;
    }

    static MatchView of(String s) {
        int n = s.length();
        char[] out = null;   // null while the view equals s so far (then len == i)
        int[] from = null;   // null while no char has been dropped (then view offset == source offset)
        int len = 0;
        char last = '\0';
        for (int i = 0; i < n; i++) {
            char original = s.charAt(i);
            char c = FOLD[original];
            if (c == ' ' && last == ' ') {
                if (out == null) {
                    out = new char[n];
                    s.getChars(0, i, out, 0);
                    len = i;
                }
                if (from == null) {
                    from = new int[n];
                    for (int j = 0; j < len; j++) from[j] = j;
                }
                continue;
            }
            last = c;
            if (out == null) {
                if (c == original) continue;
                out = new char[n];
                s.getChars(0, i, out, 0);
                len = i;
            }
            out[len] = c;
            if (from != null) from[len] = i;
            len++;
        }
        return out == null ? new MatchView(s, null) : new MatchView(new String(out, 0, len), from);
    }

    String text() {
        return text;
    }

    /** The offset in the source text of view offset {@code i} (a char of the view). */
    int toSource(int i) {
        return toSource == null ? i : toSource[i];
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
