package dev.tifa.cli;

import java.util.Locale;

/** Formatting of table cells: rates with two decimals, and display width that counts a Chinese character as two. */
final class Cells {
    private Cells() {
    }

    static String text(Object o) {
        if (o == null) return "";
        if (o instanceof Double d) {
            // p-values and other small numbers keep their significant digits instead of rounding to 0.00
            if (d != 0 && Math.abs(d) < 0.01 && Double.isFinite(d)) return String.format(Locale.ROOT, "%.2g", d);
            return String.format(Locale.ROOT, "%.2f", d);
        }
        if (o instanceof Float f) return String.format(Locale.ROOT, "%.2f", f);
        // a stored title or text must not drive the terminal; Tifa's own highlighting (colour only) stays
        return dev.tifa.text.ControlCharacters.keepColour(o.toString());
    }

    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += cp >= 0x1100 && (cp <= 0x115f || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3)
                    || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60)
                    || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x20000 && cp <= 0x3fffd)) ? 2 : 1;
            if (cp == 0x1b) w -= 1; // escape sequences are not printed
            i += Character.charCount(cp);
        }
        return w;
    }

    /** A text bar of up to {@code width} blocks for {@code value} against {@code max}; a thin mark for tiny non-zero values. */
    static String bar(double value, double max, int width) {
        int len = max <= 0 ? 0 : (int) Math.round(value / max * width);
        return "█".repeat(len) + (len == 0 && value > 0 ? "▏" : "");
    }

    /** Document text shown through picocli's markup must not be read as markup ({@code @|…|@}). */
    static String markupSafe(String s) {
        return s == null ? "" : s.replace("@|", "@ |");
    }
}
