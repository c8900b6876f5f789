package dev.tifa.analysis.parallel;

import java.util.List;
import java.util.Optional;

/**
 * One concept on the two sides of the same aligned pairs.
 *
 * @param zh        occurrences in the Chinese sentences
 * @param en        occurrences in the English sentences
 * @param pairsBoth pairs where both sides have it
 * @param oneSided  pairs where the sides count it differently, in pair order
 * @param bilingual the concept has forms in both languages (one with forms in one language only cannot agree, and
 *                  is left out of the figure)
 * @param evidence  for a disagreement, the recurring phrase that decided the verdict (or the most frequent one when
 *                  none recurs), empty otherwise
 * @param zhLinked  Chinese hits of a broader or narrower concept that stand for this one in pairs where the Chinese side
 *                  lacks it (the family rule of {@link ParallelCheck}); never more than the pair's shortfall
 * @param enLinked  the same on the English side
 * @param zhAside   Chinese hits that lie only in the wording of another concept named on both sides of their pair
 *                  (the nesting rule of {@link ParallelCheck}): left out of the comparison, never more than the pair's surplus
 * @param enAside   the same on the English side
 * @param zhShared  Chinese hits gained minus hits lost by the shared-rendering rule ({@link SharedRenderings}): another
 *                  concept's shared form that the pair reads as this concept, less this concept's shared forms the
 *                  pair reads as another one
 * @param enShared  the same on the English side
 */
public record ConceptAgreement(String conceptId, boolean bilingual, int zh, int en, int pairsBoth, List<OneSided> oneSided,
                               ParallelVerdict verdict, Optional<Suggestion> evidence, int zhLinked, int enLinked,
                               int zhAside, int enAside, int zhShared, int enShared) {
    public ConceptAgreement {
        oneSided = List.copyOf(oneSided);
    }

    /** The measure of the issue: a bilingual concept with at least 3 hits on one side or the other. */
    public boolean counted() {
        return bilingual && Math.max(zh, en) >= ParallelCheck.MIN_HITS;
    }

    /**
     * The counts agree, without the hits set aside, with the shared renderings read as their pairs say, and with the
     * hits of linked concepts that stand in for this one (none of these: the raw counts agree).
     */
    public boolean agrees() {
        return ParallelCheck.agree(zh - zhAside + zhShared + zhLinked, en - enAside + enShared + enLinked);
    }
}
