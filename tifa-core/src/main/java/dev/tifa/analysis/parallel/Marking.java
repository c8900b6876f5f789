package dev.tifa.analysis.parallel;

import dev.tifa.model.Hit;

import java.util.List;

/** A sentence with a concept's hits marked in plain text, for tables and CSV: 发展[[智慧农业]]。 */
public final class Marking {
    public static final String OPEN = "[[";
    public static final String CLOSE = "]]";

    private Marking() {
    }

    /** {@code text} with each hit wrapped; hits nested in another hit of the list are left inside it. */
    public static String mark(String text, List<Hit> hits) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Hit h : hits.stream().sorted(java.util.Comparator.comparingInt(Hit::start)).toList()) {
            if (h.start() < at || h.end() > text.length()) continue;
            out.append(text, at, h.start()).append(OPEN).append(text, h.start(), h.end()).append(CLOSE);
            at = h.end();
        }
        return out.append(text.substring(at)).toString();
    }
}
