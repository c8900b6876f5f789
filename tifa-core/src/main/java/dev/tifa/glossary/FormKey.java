package dev.tifa.glossary;

import dev.tifa.text.clean.FullWidthFolding;

import java.util.Locale;

/** Two forms with the same key are the same form to the matcher (case, hyphens, width and spacing folded). */
public final class FormKey {
    private FormKey() {
    }

    public static String of(String form) {
        String s = FullWidthFolding.fold(form).toLowerCase(Locale.ROOT).replace('’', '\'');
        s = s.replaceAll("[-‐‑]", " ").replaceAll("\\s+", " ").trim();
        return s;
    }
}
