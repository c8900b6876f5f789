package dev.tifa.analysis.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a cleaned text into paragraphs (separated by line breaks) and these into sentences.
 *
 * <p>A sentence ends at 。！？； or at ! ? followed by a space or the end, and at a full stop followed by a space and
 * a capital (or an opening quote), unless the word before it is a known abbreviation ("No. 1", "Mr. Li") or a single
 * capital (an initial). Closing quotes and brackets right after the end stay with their sentence. A full stop
 * between digits (3.5) never ends one.
 */
public final class Sentences {
    private static final String CLOSERS = "”’\"'）)】」』》〉]";
    private static final Set<String> ABBREVIATIONS = Set.of("no", "nos", "mr", "mrs", "ms", "dr", "prof", "st", "art",
            "arts", "vol", "p", "pp", "fig", "e.g", "i.e", "etc", "vs", "gen", "gov", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "u.s", "u.k", "para", "sec");

    private Sentences() {
    }

    public static List<Passage> of(String text) {
        List<Passage> out = new ArrayList<>();
        int paragraph = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0) lineEnd = n;
            if (!text.substring(i, lineEnd).isBlank()) {
                split(text, i, lineEnd, paragraph, out);
                paragraph++;
            }
            i = lineEnd + 1;
        }
        return out;
    }

    /** Just the sentences' texts, for callers that need no positions. */
    public static List<String> texts(String text) {
        return of(text).stream().map(Passage::text).toList();
    }

    private static void split(String t, int from, int to, int paragraph, List<Passage> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            if (!endsSentence(t, i, to)) continue;
            int end = i + 1;
            while (end < to && (isTerminator(t.charAt(end)) || CLOSERS.indexOf(t.charAt(end)) >= 0)) end++;
            add(t, start, end, paragraph, out);
            start = end;
            i = end - 1;
        }
        add(t, start, to, paragraph, out);
    }

    private static void add(String t, int start, int end, int paragraph, List<Passage> out) {
        while (start < end && Character.isWhitespace(t.charAt(start))) start++;
        while (end > start && Character.isWhitespace(t.charAt(end - 1))) end--;
        if (start < end) out.add(new Passage(out.size(), paragraph, start, end, t.substring(start, end)));
    }

    private static boolean isTerminator(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?';
    }

    private static boolean endsSentence(String t, int i, int to) {
        char c = t.charAt(i);
        if (c == '。' || c == '！' || c == '？' || c == '；') return true;
        if (c == '!' || c == '?') return i + 1 >= to || !isLatinLetterOrDigit(t.charAt(i + 1));
        if (c != '.') return false;
        int j = i + 1;
        while (j < to && CLOSERS.indexOf(t.charAt(j)) >= 0) j++;
        if (j >= to) return true;
        if (!Character.isWhitespace(t.charAt(j))) return false; // 3.5, e.g., U.S.
        while (j < to && Character.isWhitespace(t.charAt(j))) j++;
        if (j >= to) return true;
        char next = t.charAt(j);
        if (next == '“' || next == '"' || next == '‘' || next == '(' || next == '（') {
            if (j + 1 < to) next = t.charAt(j + 1);
        }
        if (!Character.isUpperCase(next) && !isCjk(next)) return false;
        String word = wordBefore(t, i);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return false; // an initial
        return !ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static String wordBefore(String t, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(t.charAt(s - 1)) || t.charAt(s - 1) == '.')) s--;
        return t.substring(s, dot);
    }

    private static boolean isLatinLetterOrDigit(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }

    private static boolean isCjk(char c) {
        return c >= 0x2E80;
    }

    static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) b.append(c);
        }
        return b.toString();
    }
}
