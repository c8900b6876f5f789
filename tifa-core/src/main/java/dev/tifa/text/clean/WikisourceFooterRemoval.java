package dev.tifa.text.clean;

import dev.tifa.text.CleanText;
import dev.tifa.text.CleaningStage;
import dev.tifa.text.TextEdit;

import java.util.List;

/**
 * Cuts Wikisource's licence notice ("本作品是中华人民共和国的法律…属于公有领域", "Public domain …") off the end of a text.
 * Only the tail is searched, so a report that itself mentions 公有领域 keeps its words.
 */
public final class WikisourceFooterRemoval implements CleaningStage {
    private static final int TAIL = 4000;
    private static final List<String> STARTS = List.of("本作品", "这部作品", "本作品在", "Public domain", "此作品");
    private static final List<String> SIGNS = List.of("公有领域", "公有領域", "Public domain", "public domain");

    @Override
    public CleanText apply(CleanText input) {
        String s = input.text();
        int cut = footerStart(s);
        if (cut < 0) return input;
        while (cut > 0 && Character.isWhitespace(s.charAt(cut - 1))) cut--;
        return new TextEdit(cut).copy(s, 0, cut).applyTo(input);
    }

    /** Start of the earliest line in the tail that opens a licence notice, or -1. */
    static int footerStart(String s) {
        int from = Math.max(0, s.length() - TAIL);
        if (SIGNS.stream().noneMatch(sign -> s.indexOf(sign, from) >= 0)) return -1;
        int best = -1;
        for (String start : STARTS) {
            int i = s.indexOf(start, from);
            while (i >= 0 && i > 0 && s.charAt(i - 1) != '\n') i = s.indexOf(start, i + 1);
            if (i >= 0 && (best < 0 || i < best)) best = i;
        }
        return best;
    }
}
