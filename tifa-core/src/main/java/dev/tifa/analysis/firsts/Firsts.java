package dev.tifa.analysis.firsts;

import dev.tifa.analysis.Trend;
import dev.tifa.model.Concept;
import dev.tifa.model.Document;
import dev.tifa.model.DocumentInfo;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import dev.tifa.model.Hit;
import dev.tifa.text.match.FormulationMatcher;
import dev.tifa.text.match.MatchOptions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * First and last appearances of concepts, and the gaps in between, over documents in {@link Trend#CHRONOLOGICAL}
 * order. A document counts only for the concepts that have forms in its language: a Chinese-only formulation is not
 * "absent" from an English translation. Documents without a series count for the corpus-wide first and last only.
 */
public final class Firsts {
    private final MatchOptions match;
    private final int minGap;

    /** @param minGap the fewest consecutive missed documents of a series that make a gap (1 reports every absence) */
    public Firsts(MatchOptions match, int minGap) {
        this.match = match;
        this.minGap = Math.max(1, minGap);
    }

    public static Firsts defaults() {
        return new Firsts(MatchOptions.defaults(), 1);
    }

    public List<FirstAppearance> of(List<Concept> concepts, List<Document> documents) {
        List<Document> docs = new ArrayList<>(documents);
        docs.sort(Trend.CHRONOLOGICAL);
        FormulationMatcher matcher = FormulationMatcher.compile(concepts, match);
        List<Set<String>> present = new ArrayList<>(docs.size());
        for (Document d : docs) {
            Set<String> ids = new HashSet<>();
            for (Hit h : matcher.match(d.clean())) ids.add(h.conceptId());
            present.add(ids);
        }
        return of(concepts, docs.stream().map(Document::info).toList(), present);
    }

    /**
     * From counts made elsewhere (e.g. stored tallies): {@code present.get(i)} holds the ids of the concepts that
     * occur in {@code documents.get(i)}; the documents in chronological order. News items count for the first and
     * last appearance but make no gaps (an absence from one day's items is no absence from the news).
     */
    public List<FirstAppearance> of(List<Concept> concepts, List<DocumentInfo> documents, List<Set<String>> present) {
        return of(concepts, documents, present, Map.of());
    }

    /**
     * As {@link #of(List, List, List)}, with news items left out of {@code documents} because they hold none of the
     * concepts ({@code unlistedNews}: how many, per language). They make no first, last or gap, so only the number of
     * documents that could have had a concept needs them: at 750,000 items, listing them all would cost more than the
     * whole answer.
     */
    public List<FirstAppearance> of(List<Concept> concepts, List<DocumentInfo> documents, List<Set<String>> present,
                                    Map<Language, Integer> unlistedNews) {
        return concepts.stream().map(c -> {
            FirstAppearance a = appearance(c, documents, present);
            int more = unlistedNews.entrySet().stream().filter(e -> !c.forms(e.getKey()).isEmpty()).mapToInt(Map.Entry::getValue).sum();
            return more == 0 ? a : new FirstAppearance(a.conceptId(), a.first(), a.firstInSeries(), a.last(), a.gaps(),
                    a.documents() + more, a.present());
        }).toList();
    }

    public FirstAppearance of(Concept concept, List<Document> documents) {
        return of(List.of(concept), documents).get(0);
    }

    private FirstAppearance appearance(Concept c, List<DocumentInfo> docs, List<Set<String>> present) {
        DocumentInfo first = null, last = null;
        Map<String, DocumentInfo> firstInSeries = new LinkedHashMap<>();
        Map<String, DocumentInfo> lastSeen = new LinkedHashMap<>();
        Map<String, Integer> missedSince = new LinkedHashMap<>();
        List<Gap> gaps = new ArrayList<>();
        int considered = 0, found = 0;
        for (int i = 0; i < docs.size(); i++) {
            DocumentInfo d = docs.get(i);
            if (c.forms(d.meta().language()).isEmpty()) continue;
            considered++;
            // a translation is not a member of its original's series: English documents make their own ("report (en)")
            String series = d.meta().series() == null ? null
                    : d.meta().language() == Language.ZH ? d.meta().series() : d.meta().series() + " (" + d.meta().language().code() + ")";
            boolean has = present.get(i).contains(c.id());
            if (has) {
                found++;
                if (first == null) first = d;
                last = d;
            }
            if (series == null) continue;
            if (d.meta().kind() == Kind.NEWS) {
                if (has) firstInSeries.putIfAbsent(series, d);
                continue;
            }
            if (has) {
                firstInSeries.putIfAbsent(series, d);
                int missed = missedSince.getOrDefault(series, 0);
                if (lastSeen.containsKey(series) && missed >= minGap) gaps.add(new Gap(series, lastSeen.get(series), d, missed));
                lastSeen.put(series, d);
                missedSince.put(series, 0);
            } else if (lastSeen.containsKey(series)) {
                missedSince.merge(series, 1, Integer::sum);
            }
        }
        return new FirstAppearance(c.id(), first, firstInSeries, last, gaps, considered, found);
    }
}
