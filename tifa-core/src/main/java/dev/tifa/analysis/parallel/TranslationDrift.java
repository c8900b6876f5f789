package dev.tifa.analysis.parallel;

import dev.tifa.model.Hit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which English rendering of a concept each edition used, over the pairs whose Chinese side has the concept: the
 * glossary form each English hit matched, and how many Chinese hits had no English hit beside them (rendered some
 * other way, or left out).
 */
public final class TranslationDrift {
    /** Label of the row counting Chinese hits without an English glossary form in their pair. */
    public static final String UNRENDERED = "(no glossary rendering)";
    /** Label of the row counting English hits of another concept's shared form that their pair reads as this concept. */
    public static final String SHARED = "(a form shared with another concept)";

    /** One edition, one rendering: {@code count} English hits of {@code rendering}, of {@code zh} Chinese hits in that edition. */
    public record Row(String edition, String rendering, int count, int zh) {
    }

    private TranslationDrift() {
    }

    /** Rows by edition, then by descending count, the unrendered row last; only pairs whose Chinese side has the concept. */
    public static List<Row> of(List<PairHits> hits) {
        Map<String, Map<String, Integer>> byEdition = new TreeMap<>();
        Map<String, Integer> zhByEdition = new TreeMap<>();
        for (PairHits h : hits) {
            if (h.zh().isEmpty()) continue;
            String ed = h.pair().edition();
            zhByEdition.merge(ed, h.zh().size(), Integer::sum);
            Map<String, Integer> forms = byEdition.computeIfAbsent(ed, k -> new TreeMap<>());
            for (Hit e : h.en()) forms.merge(e.form(), 1, Integer::sum);
            if (h.enGained() > 0) forms.merge(SHARED, h.enGained(), Integer::sum);
            if (h.surplus() > 0) forms.merge(UNRENDERED, h.surplus(), Integer::sum);
        }
        List<Row> rows = new ArrayList<>();
        byEdition.forEach((ed, forms) -> forms.entrySet().stream()
                .sorted(java.util.Comparator.comparing((Map.Entry<String, Integer> e) -> e.getKey().equals(UNRENDERED))
                        .thenComparing(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> rows.add(new Row(ed, e.getKey(), e.getValue(), zhByEdition.get(ed)))));
        return rows;
    }
}
