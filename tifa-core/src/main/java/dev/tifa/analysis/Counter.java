package dev.tifa.analysis;

import dev.tifa.model.Document;
import dev.tifa.model.Hit;
import dev.tifa.text.match.FormulationMatcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts concepts in documents: one matcher pass per document, every count derived from the hits. */
public final class Counter {
    private final FormulationMatcher matcher;

    public Counter(FormulationMatcher matcher) {
        this.matcher = matcher;
    }

    public DocumentCounts count(Document doc) {
        List<Hit> hits = matcher.match(doc.clean());
        return tally(doc, hits);
    }

    public List<DocumentCounts> count(List<Document> docs) {
        return docs.stream().map(this::count).toList();
    }

    static DocumentCounts tally(Document doc, List<Hit> hits) {
        int size = doc.size();
        Map<String, int[]> totals = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> forms = new LinkedHashMap<>();
        for (Hit h : hits) {
            int[] t = totals.computeIfAbsent(h.conceptId(), k -> new int[2]);
            t[0]++;
            if (h.standalone()) t[1]++;
            forms.computeIfAbsent(h.conceptId(), k -> new TreeMap<>()).merge(h.form(), 1, Integer::sum);
        }
        Map<String, ConceptCount> counts = new LinkedHashMap<>();
        totals.forEach((id, t) -> counts.put(id, new ConceptCount(id, t[0], t[1], Map.copyOf(forms.get(id)), Rates.per10k(t[0], size))));
        return new DocumentCounts(doc, size, counts, List.copyOf(hits));
    }
}
