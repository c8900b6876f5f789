package dev.tifa.model;

/** The cleaning a text needs depends on where it came from. */
public enum CleaningProfile {
    /** Plain text whose single line breaks are paragraph breaks. */
    PLAIN,
    /** Chinese Wikisource: licence footer, and single line breaks around links that split words. */
    WIKISOURCE,
    /** Main text extracted from an HTML page or PDF: lines may be wrapped inside a paragraph. */
    EXTRACTED
}
