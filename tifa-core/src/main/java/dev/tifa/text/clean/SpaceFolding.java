package dev.tifa.text.clean;

import dev.tifa.text.CleanText;
import dev.tifa.text.CleaningStage;
import dev.tifa.text.TextEdit;

/**
 * Folds spaces: none between two Chinese characters (习 近 平 → 习近平, as typeset names are spaced out), one for any
 * run elsewhere, none at the start or end of a paragraph; in Chinese-script text none inside spaced-out numbers
 * (1 9 9 3 年 → 1993年).
 */
public final class SpaceFolding implements CleaningStage {
    @Override
    public CleanText apply(CleanText input) {
        String s = input.text();
        TextEdit e = new TextEdit(s.length());
        int n = s.length();
        boolean chinese = ChineseScript.isChinese(s);
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!LineBreakRepair.isBlank(c)) {
                e.append(c, i++);
                continue;
            }
            int j = i;
            while (j < n && LineBreakRepair.isBlank(s.charAt(j))) j++;
            boolean edge = e.length() == 0 || e.lastChar() == '\n' || j == n || s.charAt(j) == '\n';
            boolean betweenCjk = !edge && LineBreakRepair.isCjk(e.lastChar()) && LineBreakRepair.isCjk(s.charAt(j));
            boolean inNumber = !edge && chinese && spacedNumber(e.lastChar(), s.charAt(j));
            if (!edge && !betweenCjk && !inNumber) e.append(' ', i);
            i = j;
        }
        return e.applyTo(input);
    }

    /**
     * In Chinese-script text a space beside a digit is typesetting, not writing (gwr-1998 spaces every digit:
     * 1 9 9 3 年3 月, 8 ．8 ％): dropped when the other side is a digit, a Chinese character or number punctuation.
     * A space between a digit and a Latin letter stays.
     */
    static boolean spacedNumber(char before, char after) {
        boolean d1 = ChineseScript.isAsciiDigit(before);
        boolean d2 = ChineseScript.isAsciiDigit(after);
        if (!d1 && !d2) return false;
        char other = d1 ? after : before;
        if (d1 && d2) return true;
        return LineBreakRepair.isCjk(other) || ".,%".indexOf(other) >= 0;
    }
}
