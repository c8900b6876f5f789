package dev.tifa.analysis.parallel;

import dev.tifa.model.Hit;

import java.util.List;

/**
 * One pair with the hits of one concept on each side.
 *
 * @param zh       the concept's Chinese hits, as {@code tifa count} counts them
 * @param en       its English hits, likewise
 * @param zhAside  those of {@code zh} that lie only in the wording of another concept both sides name (the nesting
 *                 rule of {@link ParallelCheck}): not a mention of this concept in this pair
 * @param enAside  the same on the English side
 * @param zhMoved  those of {@code zh} through a form shared with another concept that the English side names instead
 *                 (the shared-rendering rule, {@link SharedRenderings}): read as that concept's in this pair
 * @param enMoved  the same on the English side
 * @param zhGained Chinese hits of another concept's shared form read as this concept's in this pair
 * @param enGained the same on the English side
 */
public record PairHits(AlignedPair pair, List<Hit> zh, List<Hit> en, List<Hit> zhAside, List<Hit> enAside,
                       List<Hit> zhMoved, List<Hit> enMoved, int zhGained, int enGained) {
    public PairHits {
        zh = List.copyOf(zh);
        en = List.copyOf(en);
        zhAside = List.copyOf(zhAside);
        enAside = List.copyOf(enAside);
        zhMoved = List.copyOf(zhMoved);
        enMoved = List.copyOf(enMoved);
    }

    /**
     * Chinese mentions minus English mentions, hits set aside or read as another concept's left out and another
     * concept's hits read as this one's added: positive where the English side lacks some.
     */
    public int surplus() {
        return (zh.size() - zhAside.size() - zhMoved.size() + zhGained) - (en.size() - enAside.size() - enMoved.size() + enGained);
    }
}
