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
 */
public record ConceptChange(String conceptId, String label, String theme, int countA, int countB, double rateA,
                            double rateB, int countChange, double rateChange, double rateRatio, Status status) {

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
