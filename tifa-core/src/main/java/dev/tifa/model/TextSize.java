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
        return (int) text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).count();
    }

    /** Runs of letters or digits (apostrophes and inner hyphens kept inside a word). */
    static int countWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean part = Character.isLetterOrDigit(c)
                    || (inWord && (c == '\'' || c == '’' || c == '-') && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1)));
            if (part && !inWord) words++;
            inWord = part;
        }
        return words;
    }
}
