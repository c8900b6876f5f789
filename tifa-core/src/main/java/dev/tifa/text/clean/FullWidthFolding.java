package dev.tifa.text.clean;

import dev.tifa.text.CleanText;
import dev.tifa.text.CleaningStage;
import dev.tifa.text.TextEdit;

import java.text.Normalizer;

/**
 * NFKC compatibility folding, code point by code point so that offsets survive: full-width letters, digits and
 * spaces become ASCII (１９９２ → 1992, ＰＭ２．５ → PM2.5, the ideographic space → a space).
 *
 * <p>Chinese sentence punctuation (，：；！？（）) is kept full-width on purpose: it is how the text is written and
 * read, and folding it would make every passage shown to the user look foreign.
 */
public final class FullWidthFolding implements CleaningStage {
    private static final String KEEP = "，：；！？（）";
    /** BMP chars that NFKC leaves alone by themselves: a table, as this runs on every character of every text. */
    private static final long[] STAYS = new long[1 << 10];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) continue;
            if (c < 0x80 || KEEP.indexOf(c) >= 0 || Normalizer.isNormalized(String.valueOf((char) c), Normalizer.Form.NFKC)) {
                STAYS[c >>> 6] |= 1L << c;
            }
        }
    }

    private static boolean stays(String s, int i, int cp, int n) {
        if (n == 1) return (STAYS[cp >>> 6] & (1L << cp)) != 0;
        return Normalizer.isNormalized(s.substring(i, i + n), Normalizer.Form.NFKC);
    }

    @Override
    public CleanText apply(CleanText input) {
        String s = input.text();
        TextEdit e = new TextEdit(s.length());
        int run = 0; // start of the run of characters that stay as they are
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (!stays(s, i, cp, n)) {
                e.copy(s, run, i);
                e.append(Normalizer.normalize(s.substring(i, i + n), Normalizer.Form.NFKC), i);
                run = i + n;
            }
            i += n;
        }
        e.copy(s, run, s.length());
        return e.applyTo(input);
    }

    /** The same folding for a glossary form or query, so that patterns and texts agree. */
    public static String fold(String text) {
        return new FullWidthFolding().apply(CleanText.identity(text)).text();
    }
}
