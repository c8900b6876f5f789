package dev.tifa.analysis.claims;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Numbers as commentary writes them: digits ("23", "1,024"), English words ("once", "twice", "thrice",
 * "three" … "ninety-nine", "a dozen") and Chinese numerals (一, 两, 十二, 二十三, 一百零五, 千). Vague quantities
 * ("dozens", "many", 多, 数十) have no value: {@link #isVague} recognises them.
 */
public final class NumberWords {
    private static final Map<String, Integer> EN = Map.ofEntries(
            Map.entry("once", 1), Map.entry("twice", 2), Map.entry("thrice", 3),
            Map.entry("zero", 0), Map.entry("no", 0), Map.entry("a single", 1), Map.entry("single", 1), Map.entry("one", 1),
            Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("a dozen", 12), Map.entry("dozen", 12), Map.entry("a hundred", 100), Map.entry("one hundred", 100));

    /** English number words, longest first, for regular expressions. */
    public static final String EN_WORDS = "a\\s+single|a\\s+dozen|a\\s+hundred|one\\s+hundred|once|twice|thrice|zero|"
            + "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?|"
            + "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
            + "one|two|three|four|five|six|seven|eight|nine|ten";
    /** English words for an unspecified number. */
    public static final String EN_VAGUE = "dozens|scores|hundreds|many|numerous|multiple|several|countless|a\\s+handful\\s+of|"
            + "a\\s+number\\s+of|a\\s+few|repeatedly|frequently|often|a\\s+lot\\s+of";
    /** Chinese numeral characters (and digits) that make a number. */
    public static final String ZH_CHARS = "〇零一二两三四五六七八九十百千0-9０-９";
    /** Chinese words for an unspecified number of times. */
    public static final String ZH_VAGUE = "多|数|数十|几十|几|无数|若干|屡|反复|频繁|多多";

    private static final String ZH_DIGITS = "〇一二三四五六七八九";

    private NumberWords() {
    }

    /** The value of an English number (digits or words), if it has one. */
    public static OptionalInt english(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (t.matches("\\d{1,3}(,\\d{3})+|\\d+")) return OptionalInt.of(Integer.parseInt(t.replace(",", "")));
        Integer v = EN.get(t);
        if (v != null) return OptionalInt.of(v);
        String[] parts = t.split("[- ]");
        if (parts.length == 2 && EN.containsKey(parts[0]) && EN.containsKey(parts[1])) {
            int tens = EN.get(parts[0]);
            int units = EN.get(parts[1]);
            if (tens >= 20 && tens % 10 == 0 && units < 10) return OptionalInt.of(tens + units);
        }
        return OptionalInt.empty();
    }

    /** The value of a Chinese numeral (一 … 九千九百九十九, 两, 十二, 二十三, 一百零五) or of digits, if it has one. */
    public static OptionalInt chinese(String text) {
        String t = text.strip();
        if (t.isEmpty()) return OptionalInt.empty();
        StringBuilder ascii = new StringBuilder();
        for (char c : t.toCharArray()) ascii.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        t = ascii.toString();
        if (t.matches("\\d+")) return OptionalInt.of(Integer.parseInt(t));
        int total = 0;
        int digit = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int d = c == '零' || c == '〇' ? 0 : c == '两' ? 2 : ZH_DIGITS.indexOf(c);
            if (d >= 0) {
                if (digit > 0) return OptionalInt.empty(); // 二三 is not a number
                digit = d;
                continue;
            }
            int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : -1;
            if (unit < 0) return OptionalInt.empty();
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        if (digit > 0) total += digit;
        return total == 0 && !t.matches("[零〇]") ? OptionalInt.empty() : OptionalInt.of(total);
    }

    public static boolean isVague(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.matches(EN_VAGUE) || t.matches("(?:" + ZH_VAGUE + ")");
    }
}
