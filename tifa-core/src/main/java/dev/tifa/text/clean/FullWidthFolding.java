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

    @Override
    public CleanText apply(CleanText input) {
        String s = input.text();
        TextEdit e = new TextEdit(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            String one = s.substring(i, i + n);
            if (cp < 0x80 || KEEP.indexOf(cp) >= 0 || Normalizer.isNormalized(one, Normalizer.Form.NFKC)) {
                e.copy(s, i, i + n);
            } else {
                e.append(Normalizer.normalize(one, Normalizer.Form.NFKC), i);
            }
            i += n;
        }
        return e.applyTo(input);
    }

    /** The same folding for a glossary form or query, so that patterns and texts agree. */
    public static String fold(String text) {
        return new FullWidthFolding().apply(CleanText.identity(text)).text();
    }
}
