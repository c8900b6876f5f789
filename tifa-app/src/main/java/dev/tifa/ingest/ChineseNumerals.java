package dev.tifa.ingest;

/** Chinese numerals as they appear in session names: 三, 十四, 二十, 二十一 … up to 九十九, or Arabic digits. */
final class ChineseNumerals {
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value, or -1 when the text is not such a numeral. */
    static int parse(String text) {
        if (text == null || text.isEmpty()) return -1;
        if (text.chars().allMatch(Character::isDigit)) return Integer.parseInt(text);
        int ten = text.indexOf('十');
        if (ten < 0) return text.length() == 1 ? digit(text.charAt(0)) : -1;
        int tens = ten == 0 ? 1 : ten == 1 ? digit(text.charAt(0)) : -1;
        int units = ten == text.length() - 1 ? 0 : ten == text.length() - 2 ? digit(text.charAt(ten + 1)) : -1;
        return tens < 1 || units < 0 ? -1 : tens * 10 + units;
    }

    private static int digit(char c) {
        if (c == '零') return 0;
        if (c == '两') return 2;
        return DIGITS.indexOf(c);
    }
}
