package dev.tifa.analysis.parallel;

import java.util.List;
import java.util.Map;

/**
 * The parallel check of one set of aligned pairs: every concept found on either side, and its hits pair by pair
 * (for suggestions and drift).
 *
 * @param pairs   the pairs checked
 * @param partial the pairs left out because the aligner damaged them ({@link PartialPairs})
 */
public record ParallelReport(List<AlignedPair> pairs, List<ConceptAgreement> concepts, Map<String, List<PairHits>> hits,
                             List<AlignedPair> partial) {
    public ParallelReport {
        pairs = List.copyOf(pairs);
        concepts = List.copyOf(concepts);
        hits = Map.copyOf(hits);
        partial = List.copyOf(partial);
    }

    /** Bilingual concepts with at least {@value ParallelCheck#MIN_HITS} hits on one side: the ones the figure is about. */
    public List<ConceptAgreement> counted() {
        return concepts.stream().filter(ConceptAgreement::counted).toList();
    }

    public long agreeing() {
        return counted().stream().filter(ConceptAgreement::agrees).count();
    }

    /** "N of M concepts with ≥3 hits agree within 10% (or ±1)". */
    public String figure() {
        long m = counted().size();
        return agreeing() + " of " + m + " bilingual concepts with ≥" + ParallelCheck.MIN_HITS + " hits agree within 10% (or ±1)"
                + (m == 0 ? "" : String.format(java.util.Locale.ROOT, " (%.1f%%)", 100.0 * agreeing() / m));
    }

    public java.util.Optional<ConceptAgreement> concept(String id) {
        return concepts.stream().filter(c -> c.conceptId().equals(id)).findFirst();
    }
}
