package dev.tifa.analysis.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * Judges a claim by counts already made: the primary count decides CONFIRMED; otherwise every other way of counting
 * that gives the claimed number is named as the likely reason it is OFF. Nothing is guessed: a reason is only given
 * when a count shows it.
 */
public final class ClaimJudge {
    private ClaimJudge() {
    }

    /**
     * @param claim        the claim
     * @param primary      the count of the claim's concept in the official text, or null when no text could be found
     * @param alternatives other ways of counting the phrase (standalone, no plural folding, literal, other translations …)
     * @param noTextReason why there is no text, when {@code primary} is null
     */
    public static ClaimJudgement judge(Claim claim, Integer primary, List<CountBasis> alternatives, String noTextReason) {
        List<String> reasons = new ArrayList<>();
        if (primary == null) {
            reasons.add(noTextReason == null ? "no official text to check against" : noTextReason);
            return new ClaimJudgement(Verdict.UNCHECKABLE, null, null, reasons);
        }
        if (claim.vague()) {
            reasons.add("the number is vague (\u201C" + claim.numberText() + "\u201D): counted " + primary);
            return new ClaimJudgement(Verdict.UNCHECKABLE, primary, null, reasons);
        }
        int n = claim.number();
        if (claim.operator().accepts(primary, n)) return new ClaimJudgement(Verdict.CONFIRMED, primary, primary - n, reasons);
        boolean anywhere = primary > 0 || alternatives.stream()
                .anyMatch(a -> a.count() > 0 && a.way() != CountBasis.Way.OTHER_LANGUAGE && a.way() != CountBasis.Way.OTHER_TRANSLATION
                        && a.way() != CountBasis.Way.OTHER_TEXT && a.way() != CountBasis.Way.BROADER && a.way() != CountBasis.Way.NARROWER);
        if (!anywhere && !(n == 0)) {
            return new ClaimJudgement(Verdict.NOT_FOUND, primary, primary - n, reasons);
        }
        for (CountBasis a : alternatives) {
            if (claim.operator().accepts(a.count(), n)) reasons.add(explain(a, claim));
        }
        if (reasons.isEmpty()) reasons.add("no way of counting tried gives " + claim.operator().describe(n) + " (see the counts)");
        return new ClaimJudgement(Verdict.OFF, primary, primary - n, reasons);
    }

    private static String explain(CountBasis a, Claim claim) {
        String gives = " gives " + a.count();
        return switch (a.way()) {
            case STANDALONE -> "counting only standalone occurrences (leaving out those nested in a longer formulation)" + gives;
            case NO_PLURALS -> "counting without plural forms (tifa --exact)" + gives;
            case LITERAL -> "counting only the phrase \u201C" + claim.phrase() + "\u201D, not the concept's other forms," + gives;
            case VERBATIM -> "counting only the exact spelling \u201C" + claim.phrase() + "\u201D (hyphen and space kept apart)" + gives;
            case OTHER_TRANSLATION -> "the claimed number matches another translation, " + a.label() + gives.replace(" gives", ":");
            case OTHER_LANGUAGE -> "the claimed number matches the count in the other language's text, " + a.label() + gives.replace(" gives", ":");
            case OTHER_TEXT -> "the claimed number matches another official text of the event, " + a.label() + gives.replace(" gives", ":");
            case BROADER -> "counting the broader word, " + a.label() + "," + gives;
            case NARROWER -> "counting the narrower formulation, " + a.label() + "," + gives;
            case CONCEPT -> a.label() + gives;
        };
    }
}
