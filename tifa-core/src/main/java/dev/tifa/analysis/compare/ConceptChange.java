package dev.tifa.analysis.compare;

/**
 * How one concept's frequency changed from A to B.
 *
 * @param conceptId    the concept
 * @param label        its name as shown (first Chinese form, else English)
 * @param theme        its primary theme, or null
 * @param countA       occurrences in A (nested ones included)
 * @param countB       occurrences in B
 * @param rateA        per 10,000 characters (Chinese) or words (English) in A
 * @param rateB        the same in B
 * @param countChange   countB − countA
 * @param rateChange    rateB − rateA
 * @param rateRatio     rateB / rateA; infinite when only B has it, NaN when neither does
 * @param status        what an analyst would say about it
 * @param standaloneA   occurrences in A not inside a longer glossary form
 * @param standaloneB   the same in B
 * @param absorbedInto  when the concept moved into a longer form (more of B's occurrences are nested than of A's, by
 *                      at least the minimum change), that form and how many of B's sit in it: "进一步全面深化改革 (12 of 16)";
 *                      else null. 全面深化改革 13 → 16 is "same" by count, but 12 of the 16 are now 进一步全面深化改革.
 */
public record ConceptChange(String conceptId, String label, String theme, int countA, int countB, double rateA,
                            double rateB, int countChange, double rateChange, double rateRatio, Status status,
                            int standaloneA, int standaloneB, String absorbedInto) {

    /** Without standalone counts (every occurrence standalone): for callers that have none. */
    public ConceptChange(String conceptId, String label, String theme, int countA, int countB, double rateA,
                         double rateB, int countChange, double rateChange, double rateRatio, Status status) {
        this(conceptId, label, theme, countA, countB, rateA, rateB, countChange, rateChange, rateRatio, status, countA, countB, null);
    }

    public enum Status {
        /** Absent from A, present in B. */
        NEW,
        /** Present in A, absent from B. */
        DROPPED,
        /** Clearly more frequent in B, relative to length. */
        UP,
        /** Clearly less frequent in B, relative to length. */
        DOWN,
        /** In both, with no clear change. */
        SAME,
        /** In neither text. */
        ABSENT
    }
}
