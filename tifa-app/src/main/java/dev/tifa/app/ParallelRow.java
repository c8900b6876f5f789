package dev.tifa.app;

import dev.tifa.analysis.parallel.ConceptAgreement;
import dev.tifa.analysis.parallel.OneSided;
import dev.tifa.analysis.parallel.Suggestion;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** One concept's line of the parallel check, as the CLI table, the CSV and the web show it. */
public record ParallelRow(String concept, int zh, int en, int pairsBoth, long zhOnlyPairs, long enOnlyPairs,
                          long shiftedPairs, String verdict, String evidence, int zhLinked, int enLinked,
                          int zhAside, int enAside, int zhShared, int enShared) {
    /**
     * {@code zh_linked}/{@code en_linked}: hits of broader/narrower concepts standing in for missing ones (the family rule);
     * {@code zh_aside}/{@code en_aside}: hits lying only in another concept's wording, left out (the nesting rule);
     * {@code zh_shared}/{@code en_shared}: hits gained minus hits lost where the pair reads a shared form as the other
     * concept's (the shared-rendering rule).
     */
    public static final java.util.List<String> COLUMNS = java.util.List.of("concept", "zh", "en", "pairs_both",
            "zh_only_pairs", "en_only_pairs", "shifted_pairs", "verdict", "evidence", "zh_linked", "en_linked", "zh_aside", "en_aside", "zh_shared", "en_shared");

    public static ParallelRow of(ConceptAgreement a) {
        return new ParallelRow(a.conceptId(), a.zh(), a.en(), a.pairsBoth(),
                a.oneSided().stream().filter(o -> !o.shifted() && o.zhOnly()).count(),
                a.oneSided().stream().filter(o -> !o.shifted() && !o.zhOnly()).count(),
                a.oneSided().stream().filter(OneSided::shifted).count(),
                a.verdict().label(), a.evidence().map(ParallelRow::evidence).orElse(""), a.zhLinked(), a.enLinked(),
                a.zhAside(), a.enAside(), a.zhShared(), a.enShared());
    }

    /** e.g. {@code en "core technologies in key fields" in 7 of 9 pairs (form of …)}. */
    public static String evidence(Suggestion s) {
        return String.format(Locale.ROOT, "%s \"%s\" in %d of %d pairs%s", s.language().code(), s.phrase(), s.inTarget(),
                s.targetSize(), s.formOf() == null ? "" : " (form of " + s.formOf() + ")");
    }

    /** Column name (snake_case, like every CSV and JSON of Tifa) to value. */
    public Map<String, Object> cells() {
        Object[] values = {concept, zh, en, pairsBoth, zhOnlyPairs, enOnlyPairs, shiftedPairs, verdict, evidence, zhLinked, enLinked, zhAside, enAside, zhShared, enShared};
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) m.put(COLUMNS.get(i), values[i]);
        return m;
    }
}
