package dev.tifa.text.clean;

import dev.tifa.text.CleanText;
import dev.tifa.text.CleaningStage;
import dev.tifa.text.TextEdit;

/**
 * Folds spaces: none between two Chinese characters (习 近 平 → 习近平, as typeset names are spaced out), one for any
 * run elsewhere, none at the start or end of a paragraph.
 */
public final class SpaceFolding implements CleaningStage {
    @Override
    public CleanText apply(CleanText input) {
        String s = input.text();
        TextEdit e = new TextEdit(s.length());
        int n = s.length();
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
            if (!edge && !betweenCjk) e.append(' ', i);
            i = j;
        }
        return e.applyTo(input);
    }
}
