package dev.tifa.analysis.claims;

import dev.tifa.model.Language;

/**
 * A quantitative claim about wording found in a commentary: "the communiqué mentioned 'security' 23 times".
 *
 * @param phrase        the formulation the claim is about, as the commentary writes it (quotes removed)
 * @param number        the claimed count, or null when vague ("dozens of times")
 * @param operator      how the number is meant: exactly, more than, at least, nearly …
 * @param year          the year of the document the number refers to, when the claim names one ("up from 15 in 2019")
 * @param language      the language of the commentary
 * @param numberText    the number as written ("twice", "二十三", "more than 20")
 * @param sentence      the sentence it came from
 * @param sentenceStart offset of the sentence in the commentary's cleaned text
 * @param sentenceEnd   end offset of the sentence
 * @param start         offset of the claim's number in the commentary's cleaned text
 * @param end           end offset of the claim's number
 * @param referent      the word that names the document counted ("communiqué", "decision", 公报 …), or null
 */
public record Claim(String phrase, Integer number, Operator operator, Integer year, Language language, String numberText,
                    String sentence, int sentenceStart, int sentenceEnd, int start, int end, String referent) {

    public boolean vague() {
        return operator == Operator.VAGUE || number == null;
    }

    /** "security: 23 (2019)" — a short label for tables. */
    public String label() {
        return "\u201C" + phrase + "\u201D " + operator.describe(number) + (year == null ? "" : " (" + year + ")");
    }

    public Claim withYear(Integer y) {
        return new Claim(phrase, number, operator, y, language, numberText, sentence, sentenceStart, sentenceEnd, start, end, referent);
    }
}
