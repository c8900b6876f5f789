package dev.tifa.text.match;

import dev.tifa.model.Hit;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides, for overlapping hits, which are one occurrence and which are nested in another.
 * A hit strictly inside a longer hit of the same concept is dropped (one place, one count); a hit strictly inside a
 * longer hit of another concept is kept and gets the longest such form as {@code nestedIn}.
 */
final class Nesting {
    private Nesting() {
    }

    static List<Hit> resolve(List<Hit> raw) {
        List<Hit> hits = new ArrayList<>(raw);
        hits.sort(FormulationMatcher.ORDER);
        int maxLen = hits.stream().mapToInt(Hit::length).max().orElse(0);
        List<Hit> out = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            Hit sameConceptContainer = null;
            Hit longestOther = null;
            // containers start at or before h and are longer: scan back within the longest form's reach, and forward over equal starts
            for (int j = i - 1; j >= 0 && hits.get(j).start() > h.start() - maxLen; j--) {
                Hit c = hits.get(j);
                if (!c.contains(h)) continue;
                if (c.conceptId().equals(h.conceptId())) sameConceptContainer = c;
                else if (longestOther == null || c.length() > longestOther.length()) longestOther = c;
            }
            if (sameConceptContainer != null) continue;
            out.add(longestOther == null ? h : new Hit(h.conceptId(), h.form(), h.start(), h.end(), longestOther.form()));
        }
        return out;
    }
}
