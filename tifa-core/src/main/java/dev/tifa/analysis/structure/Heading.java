package dev.tifa.analysis.structure;

/**
 * A heading or numbered item of a document: 一、 （一） 1. （1）, in full or half width.
 *
 * @param level   1 for 一、, 2 for （一）, 3 for 1., 4 for （1）
 * @param label   the marker as written, e.g. {@code （三）}
 * @param number  the marker's number (三 → 3)
 * @param title   the item's first sentence (at most {@value Outline#TITLE} characters)
 * @param start   offset of the marker in the cleaned text
 * @param end     offset where the item ends: the next heading of the same or a higher level, or the text's end
 * @param parent  index of the enclosing heading in the outline, or -1 at the top
 * @param rank    its place among its siblings, from 1 (the order in the text, whatever the marker says)
 */
public record Heading(int level, String label, int number, String title, int start, int end, int parent, int rank) {
    public String display() {
        return label + title;
    }
}
