package dev.tifa.analysis;

import dev.tifa.model.Document;
import dev.tifa.model.Hit;
import dev.tifa.text.CleanText;
import dev.tifa.text.Cleaner;

import java.util.ArrayList;
import java.util.List;

/** Keyword in context: each hit with the text around it, cut at paragraph ends, and its place in the original. */
public final class Kwic {
    private final int window;

    public Kwic(int window) {
        this.window = window;
    }

    public List<Context> contexts(Document doc, List<Hit> hits) {
        String t = doc.clean();
        CleanText mapped = Cleaner.forSpec(doc.cleaning()).clean(doc.original());
        boolean mapsBack = mapped.text().equals(t);
        int[] breaks = lineBreaks(t);
        List<Context> out = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            int from = Math.max(paragraphStart(breaks, h.start()), h.start() - window);
            int to = Math.min(paragraphEnd(breaks, h.end(), t.length()), h.end() + window);
            int[] orig = mapsBack ? mapped.originalSpan(h.start(), h.end()) : new int[]{-1, -1};
            out.add(new Context(doc.key(), h.conceptId(), h.form(), h.start(), h.end(), orig[0], orig[1],
                    t.substring(from, h.start()), t.substring(h.start(), h.end()), t.substring(h.end(), to), h.nestedIn()));
        }
        return out;
    }

    /**
     * The positions of the line breaks, found once per document: looking for them from every hit would take hits ×
     * paragraph length, minutes on a one-line document of 50 MB.
     */
    static int[] lineBreaks(String t) {
        int n = 0;
        for (int i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) n++;
        int[] out = new int[n];
        int k = 0;
        for (int i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) out[k++] = i;
        return out;
    }

    /** Just after the last break before {@code i}, else 0. */
    static int paragraphStart(int[] breaks, int i) {
        int k = insertionPoint(breaks, i); // breaks[k-1] < i
        return k == 0 ? 0 : breaks[k - 1] + 1;
    }

    /** The first break at or after {@code i}, else the end. */
    static int paragraphEnd(int[] breaks, int i, int length) {
        int k = insertionPoint(breaks, i);
        return k == breaks.length ? length : breaks[k];
    }

    /** The index of the first break at or after {@code i}. */
    private static int insertionPoint(int[] breaks, int i) {
        int k = java.util.Arrays.binarySearch(breaks, i);
        return k >= 0 ? k : -k - 1;
    }
}
