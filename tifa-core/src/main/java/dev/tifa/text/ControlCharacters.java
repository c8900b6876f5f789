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

    /** Select Graphic Rendition: colour and weight only, which cannot move the cursor or clear the screen. */
    private static final Pattern COLOUR = Pattern.compile("\u001B\\[[0-9;]*m");

    private ControlCharacters() {
    }

    /**
     * Like {@link #keepLines} but colour sequences ({@code ESC[…m}) stay: for text that Tifa has highlighted itself.
     * Everything else that a terminal would act on (clearing, cursor moves, titles, hyperlinks) goes.
     */
    public static String keepColour(String s) {
        if (s == null || !hasControl(s)) return s;
        java.util.regex.Matcher m = COLOUR.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        int last = 0;
        while (m.find()) {
            out.append(keepLines(s.substring(last, m.start()))).append(m.group());
            last = m.end();
        }
        return out.append(keepLines(s.substring(last))).toString();
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
