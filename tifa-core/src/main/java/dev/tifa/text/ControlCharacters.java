package dev.tifa.text;

import java.util.regex.Pattern;

/**
 * Removes terminal escape sequences and control characters from text that is shown, not analysed: a title with
 * {@code ESC[2J} in it must not clear the analyst's screen, nor a carriage return overwrite a table row.
 */
public final class ControlCharacters {
    /** CSI (ESC [ … final byte), OSC (ESC ] … BEL or ESC \), and two-character ESC sequences. */
    private static final Pattern ESCAPE = Pattern.compile(
            "\u001B\\[[0-?]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)?|\u001B[@-_]?|\u009B[0-?]*[ -/]*[@-~]");

    private ControlCharacters() {
    }

    /** One line for display: escape sequences removed, line breaks and tabs as spaces, other controls removed. */
    public static String strip(String s) {
        if (s == null) return null;
        return keepLines(s).replace('\n', ' ').replace('\t', ' ');
    }

    /** Text for display: escape sequences and control characters removed, line breaks and tabs kept. */
    public static String keepLines(String s) {
        if (s == null || !hasControl(s)) return s;
        String noEscapes = ESCAPE.matcher(s).replaceAll("");
        StringBuilder out = new StringBuilder(noEscapes.length());
        for (int i = 0; i < noEscapes.length(); i++) {
            char c = noEscapes.charAt(i);
            if (c == '\n' || c == '\t' || !isControl(c)) out.append(c);
            else if (c == '\r' && (i + 1 >= noEscapes.length() || noEscapes.charAt(i + 1) != '\n')) out.append('\n');
        }
        return out.toString();
    }

    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\n' && c != '\t' && isControl(c)) return true;
        }
        return false;
    }

    private static boolean isControl(char c) {
        return c < 0x20 || c == 0x7F || c >= 0x80 && c < 0xA0;
    }
}
