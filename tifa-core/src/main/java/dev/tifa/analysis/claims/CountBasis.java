package dev.tifa.analysis.claims;

/**
 * One way of counting a claim's phrase, and what it gives: the explanation a claimed number is checked against.
 *
 * @param way         which way of counting
 * @param label       in words, e.g. "standalone only (nested occurrences left out)", "translation Xinhua (3p-2031-en-2)"
 * @param documentKey the text counted
 * @param count       the number it gives
 */
public record CountBasis(Way way, String label, String documentKey, int count) {
    public enum Way {
        /** The concept (all forms of the glossary concept in the text's language, plurals folded), every occurrence. */
        CONCEPT,
        /** Only occurrences that do not stand inside a longer glossary formulation. */
        STANDALONE,
        /** Without folding regular plurals of the last word (tifa --exact). */
        NO_PLURALS,
        /** The phrase as the commentary writes it, not its whole concept (case and hyphens folded). */
        LITERAL,
        /** Only the exact spelling, hyphen and space kept apart. */
        VERBATIM,
        /** The same official text in another stored translation. */
        OTHER_TRANSLATION,
        /** The official text in the other language. */
        OTHER_LANGUAGE,
        /** Another official text of the event (the Decision beside the communiqué), when the claim names none. */
        OTHER_TEXT,
        /** A broader concept of the glossary (全面深化改革 → 改革): the word a writer may have counted instead. */
        BROADER,
        /** A narrower compound of the glossary (改革 → 全面深化改革): the formulation a writer may have meant. */
        NARROWER
    }
}
