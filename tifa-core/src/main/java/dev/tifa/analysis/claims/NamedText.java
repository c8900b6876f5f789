package dev.tifa.analysis.claims;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The session a claim names: "十八届三中全会公报" is the communiqué of the 18th Central Committee's third plenum
 * (2013), whatever event the commentary belongs to; "十九大报告" is the 19th Party Congress report. Matched against
 * the {@code cc}/{@code plenum} and {@code congress} attributes documents are imported with.
 *
 * @param cc       the Central Committee (届), or null
 * @param plenum   the plenary session (中全会), or null
 * @param congress the Party Congress (大), or null
 */
public record NamedText(Integer cc, Integer plenum, Integer congress) {
    private static final String ZH_N = "([〇零一二两三四五六七八九十]{1,3}|\\d{1,2})";
    private static final Pattern ZH_PLENUM = Pattern.compile("第?" + ZH_N + "届(?:中央委员会|中央)?第?" + ZH_N + "(?:中全会|次全体会议|次全会)");
    /** 党的十九大, 中共二十大, 第二十次全国代表大会, 十九大报告 — never 三大攻坚战 or 十大产业. */
    private static final Pattern ZH_CONGRESS = Pattern.compile("(?:党的|中共)" + ZH_N + "大|第" + ZH_N + "次(?:全国代表大会|党代会)"
            + "|" + ZH_N + "大(?=报告|以来|精神|上的|期间|闭幕|开幕|召开)");
    private static final String EN_N = "(\\d{1,2})(?:st|nd|rd|th)";
    private static final String EN_ORD = "(\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)";
    private static final Pattern EN_PLENUM_OF = Pattern.compile("(?i)\\b" + EN_ORD + "\\s+plen(?:um|ary\\s+session)\\s+of\\s+the\\s+" + EN_N
            + "\\s+(?:CPC\\s+|Communist\\s+Party\\s+|Party\\s+)?Central\\s+Committee");
    private static final Pattern EN_CC_PLENUM = Pattern.compile("(?i)\\b" + EN_N + "\\s+(?:CPC\\s+|Party\\s+)?Central\\s+Committee(?:['’]s)?\\s+" + EN_ORD
            + "\\s+plen(?:um|ary\\s+session)");
    private static final Pattern EN_CONGRESS = Pattern.compile("(?i)\\b" + EN_N + "\\s+(?:CPC\\s+|Communist\\s+Party\\s+|Party\\s+|National\\s+)*Congress");

    public static NamedText plenum(int cc, int plenum) {
        return new NamedText(cc, plenum, null);
    }

    public static NamedText congress(int congress) {
        return new NamedText(null, null, congress);
    }

    /** The last session named in {@code text} (the words before a claim's number), if any. */
    public static Optional<NamedText> in(String text) {
        NamedText found = null;
        int at = -1;
        for (Pattern p : new Pattern[]{ZH_PLENUM, EN_PLENUM_OF, EN_CC_PLENUM}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                boolean ordFirst = p == EN_PLENUM_OF;
                OptionalInt a = number(m.group(ordFirst ? 2 : 1));
                OptionalInt b = number(m.group(ordFirst ? 1 : 2));
                if (a.isPresent() && b.isPresent() && m.start() > at) {
                    found = plenum(a.getAsInt(), b.getAsInt());
                    at = m.start();
                }
            }
        }
        for (Pattern p : new Pattern[]{ZH_CONGRESS, EN_CONGRESS}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String g = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                OptionalInt n = p == EN_CONGRESS ? number(m.group(1)) : number(g);
                if (n.isPresent() && n.getAsInt() > 0 && m.start() > at && !insidePlenum(text, m.start())) {
                    found = congress(n.getAsInt());
                    at = m.start();
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean insidePlenum(String text, int start) {
        Matcher m = ZH_PLENUM.matcher(text);
        while (m.find()) if (m.start() <= start && start < m.end()) return true;
        return false;
    }

    private static OptionalInt number(String s) {
        String t = s.toLowerCase(java.util.Locale.ROOT).replaceAll("(st|nd|rd|th)$", "");
        if (t.matches("\\d+")) return OptionalInt.of(Integer.parseInt(t));
        String[] words = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"};
        for (int i = 0; i < words.length; i++) if (s.equalsIgnoreCase(words[i])) return OptionalInt.of(i + 1);
        return NumberWords.chinese(s);
    }

    /** "十八届三中全会" / "十九大", for messages. */
    public String describe() {
        if (congress != null) return "the " + congress + ordinal(congress) + " Party Congress";
        return "the " + plenum + ordinal(plenum) + " plenum of the " + cc + ordinal(cc) + " Central Committee";
    }

    private static String ordinal(int n) {
        if (n % 100 >= 11 && n % 100 <= 13) return "th";
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
