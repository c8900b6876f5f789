package dev.tifa.model;

/** How long a text is in the unit its rates are given per: characters for Chinese, words for English. */
public final class TextSize {
    private TextSize() {
    }

    public static int of(String text, Language language) {
        return language == Language.ZH ? countCharacters(text) : countWords(text);
    }

    /** Non-white-space code points; punctuation counts, as it does in the usual 字数. */
    static int countCharacters(String text) {
        int count = 0;
        for (int i = 0, n = text.length(); i < n; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!isSpace(c)) count++;
        }
        return count;
    }

    /** White space or a space char; a table for the BMP (built from the same test), as this runs on every count. */
    private static boolean isSpace(int c) {
        if (c > Character.MAX_VALUE) return Character.isWhitespace(c) || Character.isSpaceChar(c);
        return (SPACE[c >>> 6] & (1L << c)) != 0;
    }

    private static boolean isLetterOrDigit(char c) {
        return (LETTER_OR_DIGIT[c >>> 6] & (1L << c)) != 0;
    }

    private static final long[] SPACE = new long[1 << 10];
    private static final long[] LETTER_OR_DIGIT = new long[1 << 10];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) SPACE[c >>> 6] |= 1L << c;
            if (Character.isLetterOrDigit((char) c)) LETTER_OR_DIGIT[c >>> 6] |= 1L << c;
        }
    }

    /** Runs of letters or digits (apostrophes and inner hyphens kept inside a word). */
    static int countWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean part = isLetterOrDigit(c)
                    || (inWord && (c == '\'' || c == '’' || c == '-') && i + 1 < text.length() && isLetterOrDigit(text.charAt(i + 1)));
            if (part && !inWord) words++;
            inWord = part;
        }
        return words;
    }
}
