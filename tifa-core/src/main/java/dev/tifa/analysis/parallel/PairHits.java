package dev.tifa.analysis.parallel;

import dev.tifa.model.Hit;

import java.util.List;

/**
 * One pair with the hits of one concept on each side.
 *
 * @param zh      the concept's Chinese hits, as {@code tifa count} counts them
 * @param en      its English hits, likewise
 * @param zhAside those of {@code zh} that lie only in the wording of another concept both sides name (the nesting
 *                rule of {@link ParallelCheck}): not a mention of this concept in this pair
 * @param enAside the same on the English side
 */
public record PairHits(AlignedPair pair, List<Hit> zh, List<Hit> en, List<Hit> zhAside, List<Hit> enAside) {
    public PairHits {
        zh = List.copyOf(zh);
        en = List.copyOf(en);
        zhAside = List.copyOf(zhAside);
        enAside = List.copyOf(enAside);
    }

    public PairHits(AlignedPair pair, List<Hit> zh, List<Hit> en) {
        this(pair, zh, en, List.of(), List.of());
    }

    /** Chinese hits minus English hits, hits set aside left out: positive where the English side lacks some. */
    public int surplus() {
        return (zh.size() - zhAside.size()) - (en.size() - enAside.size());
    }
}
