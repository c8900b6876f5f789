package dev.tifa.text.clean;

import dev.tifa.text.CleanText;
import dev.tifa.text.CleaningStage;
import dev.tifa.text.TextEdit;

/**
 * Decides what a line break means and leaves only paragraph breaks, as one blank line each.
 *
 * <p>In wrapped sources (Wikisource, where every link sits on its own line, and text extracted from HTML or PDF) a
 * single line break is inside a paragraph: between Chinese characters it is dropped so that a term split over lines
 * (所作的\n政府工作报告\n。) is whole again; between Latin words it becomes a space; in Chinese-script text nothing
 * is inserted around digits (PM\n2.5 → PM2.5). Only a blank line ends a
 * paragraph. In plain sources every line break ends a paragraph.
 */
public final class LineBreakRepair implements CleaningStage {
    private final boolean wrapped;

    public LineBreakRepair(boolean wrapped) {
        this.wrapped = wrapped;
    }

    @Override
    public CleanText apply(CleanText input) {
        String s = input.text();
        TextEdit e = new TextEdit(s.length());
        int n = s.length();
        boolean chinese = ChineseScript.isChinese(s);
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c != '\n') {
                e.append(c, i++);
                continue;
            }
            int j = i; // the whole run of line breaks and the blanks around them
            int breaks = 0;
            while (j < n && (s.charAt(j) == '\n' || isBlank(s.charAt(j)))) {
                if (s.charAt(j) == '\n') breaks++;
                j++;
            }
            trimTrailingBlanks(e);
            if (e.length() > 0 && j < n) { // breaks at the very start or end just vanish
                if (breaks >= 2 || !wrapped) {
                    e.append("\n\n", i);
                } else if (joinWithSpace(chinese, e.lastChar(), s.charAt(j))) {
                    e.append(' ', i);
                }
            }
            i = j;
        }
        trimTrailingBlanks(e);
        return e.applyTo(input);
    }

    /**
     * Whether a line break inside a paragraph stands for a space. In Chinese-script text only between two Latin
     * letters (an English phrase split over lines): Wikisource's link lines split PM\n2.5\n） and M\n2, which are
     * written without spaces. Elsewhere a space unless a Chinese character is on either side.
     */
    static boolean joinWithSpace(boolean chinese, char before, char after) {
        if (chinese) return ChineseScript.isAsciiLetter(before) && ChineseScript.isAsciiLetter(after);
        return !isCjk(before) && !isCjk(after);
    }

    private static void trimTrailingBlanks(TextEdit e) {
        while (e.length() > 0 && isBlank(e.lastChar())) e.truncate(e.length() - 1);
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
    }

    /** CJK ideographs and CJK/full-width punctuation: no space is wanted on either side of them. */
    static boolean isCjk(char c) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || b == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
                || b == Character.UnicodeBlock.GENERAL_PUNCTUATION && (c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…');
    }
}
