package dev.tifa.text.clean;

/**
 * Whether a text is written in Chinese script: more Han characters than Latin letters. Line breaks and spaces mean
 * different things there (a space is never part of the writing), so cleaning stages ask this once per text.
 */
public final class ChineseScript {
    private ChineseScript() {
    }

    public static boolean isChinese(CharSequence text) {
        int han = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) han++;
                else if (c < 0x250) latin++;
            }
        }
        return han > latin;
    }

    static boolean isAsciiLetter(char c) {
        return c < 0x80 && Character.isLetter(c);
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
