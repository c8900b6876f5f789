package dev.tifa.app;

import dev.tifa.analysis.time.DayCount;
import dev.tifa.analysis.time.DayVolume;
import dev.tifa.analysis.time.Period;
import dev.tifa.analysis.time.PeriodPoint;
import dev.tifa.analysis.time.PeriodTrend;
import dev.tifa.model.Concept;
import dev.tifa.model.DocumentInfo;
import dev.tifa.model.Hit;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import dev.tifa.store.DocumentFilter;
import dev.tifa.text.match.FormulationMatcher;
import dev.tifa.text.match.MatchOptions;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Formulations along the time axis: counts, rates and items by day, week, month, quarter or year. Glossary
 * concepts with default matching are read from the stored tallies (a GROUP BY, no text read); other terms and
 * options are counted by the matcher over the texts, the candidates narrowed by the phrase index ({@link PhraseCandidates}).
 */
public final class TrendService {
    private final Workspace workspace;

    public TrendService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Each concept × language × period from the first period with documents to the last; gaps marked. */
    public List<PeriodPoint> byPeriod(List<Concept> concepts, DocumentFilter filter, MatchOptions options, Period by) {
        List<String> ids = concepts.stream().map(Concept::id).toList();
        List<DayVolume> volumes = workspace.tallies().table().sizesByDay(filter);
        return PeriodTrend.of(ids, by, dayCounts(concepts, filter, options), volumes);
    }

    /** Per day counts: from the tallies where they answer, else by matching the texts. */
    public List<DayCount> dayCounts(List<Concept> concepts, DocumentFilter filter, MatchOptions options) {
        GlossaryTallies tallies = workspace.tallies();
        if (concepts.stream().allMatch(c -> tallies.answers(c, options))) {
            return tallies.table().byDay(concepts.stream().map(Concept::id).toList(), filter);
        }
        return scan(concepts, filter, options);
    }

    /**
     * One concept in one document, for trends with a point per document (reports).
     *
     * @param stub true when the document is too short to count for much ({@link PeriodTrend#STUB})
     */
    public record DocumentPoint(String conceptId, DocumentInfo document, int total, int standalone) {
        public double rate() {
            return dev.tifa.analysis.Rates.per10k(total, document.size());
        }

        public boolean stub() {
            return document.size() < PeriodTrend.STUB && document.meta().kind() != Kind.NEWS;
        }
    }

    /** Each concept in each selected document, in date order (documents without a mention at zero). */
    public List<DocumentPoint> byDocument(List<Concept> concepts, DocumentFilter filter, MatchOptions options) {
        Map<String, int[]> counts = new HashMap<>(); // documentId|concept → total, standalone
        GlossaryTallies tallies = workspace.tallies();
        if (concepts.stream().allMatch(c -> tallies.answers(c, options))) {
            for (var t : tallies.table().byDocument(concepts.stream().map(Concept::id).toList(), filter)) {
                counts.put(t.documentId() + "|" + t.conceptId(), new int[]{t.total(), t.standalone()});
            }
        } else {
            FormulationService service = new FormulationService(workspace);
            FormulationMatcher matcher = service.matcher(concepts, options);
            service.forEachCandidate(concepts, filter, options, d -> {
                for (Hit h : matcher.match(d.clean())) {
                    int[] c = counts.computeIfAbsent(d.id() + "|" + h.conceptId(), k -> new int[2]);
                    c[0]++;
                    if (h.standalone()) c[1]++;
                }
            });
        }
        List<DocumentInfo> docs = workspace.store().infos(filter);
        List<DocumentPoint> out = new java.util.ArrayList<>();
        for (Concept c : concepts) {
            for (DocumentInfo d : docs) {
                int[] n = counts.getOrDefault(d.id() + "|" + c.id(), new int[2]);
                out.add(new DocumentPoint(c.id(), d, n[0], n[1]));
            }
        }
        return out;
    }

    /** True when the selection holds news items and nothing else: trends of it default to months. */
    public boolean newsOnly(DocumentFilter filter) {
        if (!filter.kinds().isEmpty() && !filter.kinds().contains(Kind.NEWS)) return false;
        int all = workspace.store().count(filter);
        return all > 0 && all == workspace.store().count(filter.withKinds(List.of(Kind.NEWS)));
    }

    private List<DayCount> scan(List<Concept> concepts, DocumentFilter filter, MatchOptions options) {
        FormulationService service = new FormulationService(workspace);
        FormulationMatcher matcher = service.matcher(concepts, options);
        Set<String> asked = new HashSet<>(concepts.stream().map(Concept::id).toList());
        Map<String, int[]> sums = new LinkedHashMap<>(); // day|lang|concept → total, standalone, items, lead
        Map<String, DayCount> keys = new HashMap<>();
        service.forEachCandidate(concepts, filter, options, d -> {
            LocalDate day = d.meta().sortDate();
            if (day == null) return;
            Integer num = DocumentInfo.runningOrder(d.meta());
            Map<String, int[]> perConcept = new HashMap<>();
            for (Hit h : matcher.match(d.clean())) {
                if (!asked.contains(h.conceptId())) continue;
                int[] c = perConcept.computeIfAbsent(h.conceptId(), k -> new int[2]);
                c[0]++;
                if (h.standalone()) c[1]++;
            }
            perConcept.forEach((id, c) -> {
                String k = day + "|" + d.meta().language() + "|" + id;
                keys.putIfAbsent(k, new DayCount(day, d.meta().language(), id, 0, 0, 0, 0));
                int[] s = sums.computeIfAbsent(k, x -> new int[4]);
                s[0] += c[0];
                s[1] += c[1];
                s[2]++;
                if (num != null && num == 1) s[3] += c[0];
            });
        });
        return sums.entrySet().stream().map(e -> {
            DayCount k = keys.get(e.getKey());
            int[] s = e.getValue();
            return new DayCount(k.day(), k.language(), k.conceptId(), s[0], s[1], s[2], s[3]);
        }).toList();
    }

    /** The unit rates of a language are given in. */
    public static String unit(Language language) {
        return language == Language.ZH ? "per 10,000 characters" : "per 10,000 words";
    }
}
