package dev.tifa.analysis.claims;

/** What checking a claim against the text found. */
public enum Verdict {
    /** The count bears the claim out. */
    CONFIRMED,
    /** The phrase occurs, but not as often as claimed; the reasons say which other way of counting gives the claim. */
    OFF,
    /** The phrase does not occur in the text at all. */
    NOT_FOUND,
    /** The claim cannot be checked: a vague number, or no text to check it against. */
    UNCHECKABLE
}
