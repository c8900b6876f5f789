package dev.tifa.analysis.claims;

import java.util.List;

/**
 * The verdict on one claim.
 *
 * @param verdict    confirmed, off, not found or uncheckable
 * @param counted    the count the claim is judged by (the concept in the official text), or null when there is no text
 * @param difference counted − claimed, or null when not applicable
 * @param reasons    computed explanations: which other ways of counting give the claimed number, or why it cannot be checked
 */
public record ClaimJudgement(Verdict verdict, Integer counted, Integer difference, List<String> reasons) {
    public ClaimJudgement {
        reasons = List.copyOf(reasons);
    }
}
