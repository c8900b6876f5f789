package dev.tifa.text.match;

/**
 * How English forms are matched. Chinese forms are always exact substrings of the cleaned text.
 *
 * @param inflect also count regular plurals of an English form's last word
 */
public record MatchOptions(boolean inflect) {
    public static MatchOptions defaults() {
        return new MatchOptions(true);
    }

    public static MatchOptions exact() {
        return new MatchOptions(false);
    }
}
