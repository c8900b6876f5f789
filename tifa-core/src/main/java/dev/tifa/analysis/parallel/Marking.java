package dev.tifa.analysis.parallel;

import dev.tifa.model.Hit;

import java.util.List;

/** A sentence with a concept's hits marked in plain text, for tables and CSV: 发展[[智慧农业]]。 */
public final class Marking {
    public static final String OPEN = "[[";
    public static final String CLOSE = "]]";

    private Marking() {
    }

    /** A piece of a sentence, a hit or the text between hits: for pages that mark hits with their own markup. */
    public record Segment(String text, boolean hit) {
    }

    /** {@code text} cut into the hits and what lies between them (overlapping hits: the first one wins). */
    public static java.util.List<Segment> segments(String text, List<Hit> hits) {
        java.util.List<Segment> out = new java.util.ArrayList<>();
        int at = 0;
        for (Hit h : hits.stream().sorted(java.util.Comparator.comparingInt(Hit::start)).toList()) {
            if (h.start() < at || h.end() > text.length()) continue;
            if (h.start() > at) out.add(new Segment(text.substring(at, h.start()), false));
            out.add(new Segment(text.substring(h.start(), h.end()), true));
            at = h.end();
        }
        if (at < text.length()) out.add(new Segment(text.substring(at), false));
        return out;
    }

    /** {@code text} with each hit wrapped; hits nested in another hit of the list are left inside it. */
    public static String mark(String text, List<Hit> hits) {
        StringBuilder out = new StringBuilder();
        for (Segment s : segments(text, hits)) out.append(s.hit() ? OPEN + s.text() + CLOSE : s.text());
        return out.toString();
    }
}
