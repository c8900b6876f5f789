package dev.tifa.analysis.parallel;

import dev.tifa.model.Hit;

import java.util.List;

/** One pair with the hits of one concept on each side. */
public record PairHits(AlignedPair pair, List<Hit> zh, List<Hit> en) {
    public PairHits {
        zh = List.copyOf(zh);
        en = List.copyOf(en);
    }

    /** Chinese hits minus English hits: positive where the English side lacks some. */
    public int surplus() {
        return zh.size() - en.size();
    }
}
