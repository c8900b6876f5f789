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
        List<Context> out = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            int from = Math.max(paragraphStart(t, h.start()), h.start() - window);
            int to = Math.min(paragraphEnd(t, h.end()), h.end() + window);
            int[] orig = mapsBack ? mapped.originalSpan(h.start(), h.end()) : new int[]{-1, -1};
            out.add(new Context(doc.key(), h.conceptId(), h.form(), h.start(), h.end(), orig[0], orig[1],
                    t.substring(from, h.start()), t.substring(h.start(), h.end()), t.substring(h.end(), to), h.nestedIn()));
        }
        return out;
    }

    private static int paragraphStart(String t, int i) {
        int p = t.lastIndexOf('\n', i - 1);
        return p < 0 ? 0 : p + 1;
    }

    private static int paragraphEnd(String t, int i) {
        int p = t.indexOf('\n', i);
        return p < 0 ? t.length() : p;
    }
}
