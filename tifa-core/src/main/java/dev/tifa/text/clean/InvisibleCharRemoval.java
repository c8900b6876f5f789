package dev.tifa.text.clean;

import dev.tifa.text.CleanText;
import dev.tifa.text.CleaningStage;
import dev.tifa.text.TextEdit;

/** Drops zero-width spaces and joiners, byte-order marks and soft hyphens, which split words invisibly. */
public final class InvisibleCharRemoval implements CleaningStage {
    @Override
    public CleanText apply(CleanText input) {
        String s = input.text();
        TextEdit e = new TextEdit(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (invisible(c)) {
                // alone on its line (as Wikisource leaves them): the line goes too, or it would read as a paragraph break
                if (i > 0 && s.charAt(i - 1) == '\n' && i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
                continue;
            }
            if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') continue;
                e.append('\n', i);
                continue;
            }
            e.append(c, i);
        }
        return e.applyTo(input);
    }

    private static boolean invisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }
}
