package dev.tifa.ingest;

import dev.tifa.model.Language;

/** Tells Chinese from English text by the share of CJK ideographs among its letters. */
final class LanguageGuess {
    /** Chinese policy texts are full of Latin acronyms and numbers; 30% ideographs is already clearly Chinese. */
    private static final double ZH_SHARE = 0.30;
    /** Enough letters to decide; looking further changes nothing and costs time on long texts. */
    private static final int SAMPLE = 20_000;

    private LanguageGuess() {
    }

    static Language of(String text) {
        int letters = 0;
        int ideographs = 0;
        for (int i = 0; i < text.length() && letters < SAMPLE; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) continue;
            letters++;
            if (Character.isIdeographic(c)) ideographs++;
        }
        return letters > 0 && ideographs > ZH_SHARE * letters ? Language.ZH : Language.EN;
    }
}
