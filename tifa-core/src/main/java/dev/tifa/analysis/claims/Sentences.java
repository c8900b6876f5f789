package dev.tifa.analysis.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a text into sentences, keeping offsets: at 。！？；, at . ! ? followed by a space and a capital, and at line breaks. */
final class Sentences {
    /** A sentence end: Chinese stops, or Latin stops (with a closing quote) before white space, or a line break. */
    private static final Pattern END = Pattern.compile("[。！？!?；]+[”」』’)）]*|(?<![A-Z]\\.[A-Z]|\\b(?:Mr|Ms|Mrs|Dr|No|St|vs|U\\.S|e\\.g|i\\.e))\\.[”\"’)]*(?=\\s+[\"“‘(]?[A-Z0-9])|\\n+");

    record Span(int start, int end) {
    }

    private Sentences() {
    }

    static List<Span> of(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = END.matcher(text).useTransparentBounds(true);
        int from = 0;
        while (m.find()) {
            int end = m.end();
            // after a Chinese stop an ASCII quote closes the sentence only when one is open in it: "…。" — else it
            // opens the next one ("改革"出现…)
            while (end < text.length() && text.charAt(end) == '"' && openAsciiQuote(text, from, end)) end++;
            add(out, text, from, end);
            from = end;
            if (end > m.end()) m.region(end, text.length());
        }
        add(out, text, from, text.length());
        return out;
    }

    private static boolean openAsciiQuote(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) if (text.charAt(i) == '"') n++;
        return n % 2 == 1;
    }

    private static void add(List<Span> out, String text, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e > s) out.add(new Span(s, e));
    }
}
