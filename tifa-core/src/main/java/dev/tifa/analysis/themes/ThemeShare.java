package dev.tifa.analysis.themes;

/**
 * One theme's weight in a document.
 *
 * @param hits  standalone occurrences of concepts whose primary theme this is
 * @param share hits / all standalone glossary hits of the document (0–1)
 * @param rate  hits per 10,000 characters (zh) or words (en)
 */
public record ThemeShare(String themeId, String zh, String en, int hits, double share, double rate) {
}
