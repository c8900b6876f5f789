package dev.tifa.analysis.discover;

import dev.tifa.analysis.Context;
import dev.tifa.model.Language;

import java.util.List;

/**
 * A string that may be a new formulation: frequent in the document, rare or absent before, with clear boundaries.
 *
 * @param text          the string (Chinese characters; English words lower-cased, single-spaced)
 * @param language      its language
 * @param count         occurrences in the document
 * @param rate          per 10,000 characters (Chinese) or words (English) of the document
 * @param pastCount     occurrences in all earlier documents together
 * @param pastDocuments how many earlier documents have it
 * @param pastRate      per 10,000 over all earlier documents together
 * @param recentRate    per 10,000 over the latest few earlier documents of the series, the baseline of SPIKE
 * @param logRatio      log2 of rate over recent rate, a recent count of 0 taken as 0.5 (Hardie's log ratio)
 * @param leftEntropy   entropy (nats) of the characters or words before it: high when it starts a unit
 * @param rightEntropy  entropy of what follows it
 * @param flag          why it is news
 * @param containsForm  a glossary form inside it (e.g. a new modifier of a known formulation), or null
 * @param score         the ranking score (see {@link Discoverer})
 * @param contexts      up to a few passages of the document that use it
 */
public record Candidate(String text, Language language, int count, double rate, int pastCount, int pastDocuments,
                        double pastRate, double recentRate, double logRatio, double leftEntropy, double rightEntropy, Flag flag,
                        String containsForm, double score, List<Context> contexts) {
    public Candidate {
        contexts = List.copyOf(contexts);
    }

    public enum Flag {
        /** Never in an earlier document. */
        DEBUT,
        /** At least k times its recent rate. */
        SPIKE,
        /** Absent from the last few documents of the series, present before them. */
        RETURN
    }
}
