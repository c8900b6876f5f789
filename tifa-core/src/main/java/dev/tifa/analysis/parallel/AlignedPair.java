package dev.tifa.analysis.parallel;

import java.util.Objects;

/**
 * One aligned sentence pair: a Chinese sentence and its English translation, both already cleaned.
 *
 * @param id      unique among the pairs checked together, e.g. {@code 2025:33}
 * @param edition which text the pair belongs to (the report's year), for translation drift
 * @param row     position of the pair in its edition (0-based), so that neighbours can be found despite id gaps
 * @param besideDropped the aligner dropped the pair just before or after this one (a gap in the pair ids), so part of
 *                      this pair's text may have gone with it ({@link PartialPairs})
 */
public record AlignedPair(String id, String edition, int row, String zh, String en, boolean besideDropped) {
    public AlignedPair {
        Objects.requireNonNull(id, "id");
        edition = edition == null ? "" : edition;
        zh = zh == null ? "" : zh;
        en = en == null ? "" : en;
    }

    public AlignedPair(String id, String edition, int row, String zh, String en) {
        this(id, edition, row, zh, en, false);
    }
}
