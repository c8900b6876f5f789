package dev.tifa.text.match;

import dev.tifa.model.Hit;

import java.util.ArrayList;
import java.util.List;

/**
 * An abbreviation or translation in parentheses right after a form of the same concept is one mention, not two:
 * 区域全面经济伙伴关系协定（RCEP） counts once for the concept. Only a parenthesis that holds nothing but the form
 * is dropped; （RCEP，2020年签署） is a second mention.
 */
final class Parentheticals {
    private static final int REACH = 200;

    private Parentheticals() {
    }

    /** {@code hits} in text order, offsets in {@code text}. */
    static List<Hit> drop(List<Hit> hits, String text) {
        List<Hit> out = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if (!isRepeatOfPrevious(h, out, text)) out.add(h);
        }
        return out;
    }

    private static boolean isRepeatOfPrevious(Hit h, List<Hit> kept, String text) {
        int open = skipBlanksBack(text, h.start());
        if (open == 0 || !isOpen(text.charAt(open - 1))) return false;
        int close = skipBlanks(text, h.end());
        if (close >= text.length() || !isClose(text.charAt(close))) return false;
        int before = skipBlanksBack(text, open - 1);
        // hits are in start order, so look back over every hit that starts within reach of the longest form
        for (int i = kept.size() - 1; i >= 0 && kept.get(i).start() >= before - REACH; i--) {
            Hit k = kept.get(i);
            if (k.end() == before && k.conceptId().equals(h.conceptId())) return true;
        }
        return false;
    }

    private static int skipBlanks(String t, int i) {
        while (i < t.length() && t.charAt(i) == ' ') i++;
        return i;
    }

    private static int skipBlanksBack(String t, int i) {
        while (i > 0 && t.charAt(i - 1) == ' ') i--;
        return i;
    }

    private static boolean isOpen(char c) {
        return c == '（' || c == '(';
    }

    private static boolean isClose(char c) {
        return c == '）' || c == ')';
    }
}
