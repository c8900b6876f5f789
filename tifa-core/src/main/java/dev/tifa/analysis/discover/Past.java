package dev.tifa.analysis.discover;

import dev.tifa.model.Document;
import dev.tifa.model.Language;
import dev.tifa.text.segment.EnglishTokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How often each candidate occurred in the earlier documents, document by document (in date order), and which of
 * them are the document's own series.
 */
final class Past {
    private final List<Map<String, Integer>> counts = new ArrayList<>();
    private final List<Integer> sizes = new ArrayList<>();
    private final List<Integer> series = new ArrayList<>(); // indexes of the series' documents, else of all
    private final int size;

    Past(List<Document> documents, String seriesName, Set<String> candidates, Language language, int min, int max) {
        EnglishTokenizer english = new EnglishTokenizer();
        int total = 0;
        for (int i = 0; i < documents.size(); i++) {
            Document d = documents.get(i);
            List<Clause> clauses = language == Language.ZH ? Clause.chinese(d.clean()) : Clause.english(d.clean(), english);
            counts.add(Ngrams.count(clauses, min, max, candidates));
            sizes.add(d.size());
            total += d.size();
            if (seriesName != null && Objects.equals(d.meta().series(), seriesName)) series.add(i);
        }
        if (series.isEmpty()) for (int i = 0; i < documents.size(); i++) series.add(i);
        this.size = total;
    }

    /** Length of all earlier documents together, in characters or words. */
    int size() {
        return size;
    }

    int total(String g) {
        return counts.stream().mapToInt(m -> m.getOrDefault(g, 0)).sum();
    }

    int documentsWith(String g) {
        return (int) counts.stream().filter(m -> m.containsKey(g)).count();
    }

    /** Occurrences and length of the latest {@code n} documents of the series: {count, size}. */
    int[] recent(String g, int n) {
        int c = 0, s = 0;
        for (int k = Math.max(0, series.size() - n); k < series.size(); k++) {
            c += counts.get(series.get(k)).getOrDefault(g, 0);
            s += sizes.get(series.get(k));
        }
        return new int[]{c, s};
    }

    /** Whether the latest {@code n} documents of the series lack the string while some document before them has it. */
    boolean absentFromLatest(String g, int n) {
        if (series.size() <= n) return false;
        for (int k = series.size() - n; k < series.size(); k++) if (counts.get(series.get(k)).containsKey(g)) return false;
        for (int k = 0; k < series.size() - n; k++) if (counts.get(series.get(k)).containsKey(g)) return true;
        return false;
    }
}
