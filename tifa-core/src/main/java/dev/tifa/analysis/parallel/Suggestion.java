package dev.tifa.analysis.parallel;

import dev.tifa.model.Language;

import java.util.List;

/**
 * A phrase that may render a concept on the side that lacks it: frequent in the sentences of the pairs where only the
 * other side has the concept (the target pairs), rare in all other pairs.
 *
 * @param inTarget   target pairs whose sentence contains the phrase
 * @param targetSize number of target pairs
 * @param inRest     other pairs whose sentence contains it
 * @param restSize   number of other pairs
 * @param g2         log-likelihood of the pair counts (target vs rest)
 * @param dice       2·inTarget / (targetSize + inTarget + inRest): 1 when the phrase stands in exactly the target pairs
 * @param evidence   ids of the target pairs that contain it
 * @param formOf     the concept one of whose forms the phrase contains, or null: then adding it would be a duplicate
 */
public record Suggestion(String conceptId, Language language, String phrase, int inTarget, int targetSize, int inRest,
                         int restSize, double g2, double dice, List<String> evidence, String formOf) {
    public Suggestion {
        evidence = List.copyOf(evidence);
    }

    /** Share of the target pairs that contain the phrase. */
    public double coverage() {
        return targetSize == 0 ? 0 : inTarget / (double) targetSize;
    }
}
