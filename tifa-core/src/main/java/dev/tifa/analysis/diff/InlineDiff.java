package dev.tifa.analysis.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;

import java.util.ArrayList;
import java.util.List;

/**
 * Myers diff of two passages on tokens: each Chinese character is a token, each run of Latin letters or digits is a
 * word token, and each other character (space, punctuation) is its own token. So Chinese changes are marked by
 * character and English ones by whole word.
 */
final class InlineDiff {
    private InlineDiff() {
    }

    static List<Segment> segments(String a, String b) {
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        List<Segment> out = new ArrayList<>();
        int i = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(ta, tb).getDeltas()) {
            Chunk<String> src = d.getSource();
            Chunk<String> tgt = d.getTarget();
            add(out, Segment.Kind.EQUAL, ta.subList(i, src.getPosition()));
            add(out, Segment.Kind.DELETED, src.getLines());
            add(out, Segment.Kind.INSERTED, tgt.getLines());
            i = src.getPosition() + src.size();
        }
        add(out, Segment.Kind.EQUAL, ta.subList(i, ta.size()));
        return out;
    }

    /** Offsets of the deleted runs in A's text and of the inserted runs in B's. */
    static List<Span> marks(List<Segment> segments) {
        List<Span> out = new ArrayList<>();
        int pa = 0, pb = 0;
        for (Segment s : segments) {
            int n = s.text().length();
            switch (s.kind()) {
                case EQUAL -> {
                    pa += n;
                    pb += n;
                }
                case DELETED -> {
                    out.add(new Span(Span.Side.A, pa, pa + n));
                    pa += n;
                }
                case INSERTED -> {
                    out.add(new Span(Span.Side.B, pb, pb + n));
                    pb += n;
                }
            }
        }
        return out;
    }

    private static void add(List<Segment> out, Segment.Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) return;
        String text = String.join("", tokens);
        if (!out.isEmpty() && out.get(out.size() - 1).kind() == kind) {
            text = out.remove(out.size() - 1).text() + text;
        }
        out.add(new Segment(kind, text));
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int j = i + 1;
            if (isWordChar(s.charAt(i))) {
                while (j < s.length() && isWordChar(s.charAt(j))) j++;
            } else if (Character.isHighSurrogate(s.charAt(i)) && j < s.length()) {
                j++;
            }
            out.add(s.substring(i, j));
            i = j;
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
