package dev.tifa.analysis;

import dev.tifa.model.Hit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How often one form of one concept occurs in one document: the row a store keeps per document × concept × form so
 * that glossary questions need no scan. Summed over a concept's forms it gives the concept's {@link ConceptCount}.
 *
 * @param total      every occurrence, nested ones included
 * @param standalone occurrences not inside a longer form of another concept
 */
public record FormTally(String conceptId, String form, int total, int standalone) {

    /** The tallies of a document's hits, in order of first occurrence. */
    public static List<FormTally> of(List<Hit> hits) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Hit> firstHit = new LinkedHashMap<>();
        for (Hit h : hits) {
            String k = h.conceptId() + '\u0000' + h.form();
            int[] c = counts.computeIfAbsent(k, x -> new int[2]);
            firstHit.putIfAbsent(k, h);
            c[0]++;
            if (h.standalone()) c[1]++;
        }
        List<FormTally> out = new ArrayList<>(counts.size());
        counts.forEach((k, c) -> out.add(new FormTally(firstHit.get(k).conceptId(), firstHit.get(k).form(), c[0], c[1])));
        return out;
    }
}
