package dev.tifa.analysis;

/**
 * One occurrence shown in its passage (keyword in context).
 *
 * @param documentKey   the document it is in
 * @param conceptId     what was counted
 * @param form          the glossary form that matched
 * @param start         offset in the cleaned text
 * @param end           end offset in the cleaned text
 * @param originalStart offset in the original, as imported
 * @param originalEnd   end offset in the original
 * @param left          text before, within the window and the paragraph
 * @param match         the matched text, as it stands in the document
 * @param right         text after
 * @param nestedIn      the longer form it stands inside, or null
 */
public record Context(String documentKey, String conceptId, String form, int start, int end,
                      int originalStart, int originalEnd, String left, String match, String right, String nestedIn) {
}
