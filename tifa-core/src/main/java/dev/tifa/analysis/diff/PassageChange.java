package dev.tifa.analysis.diff;

import java.util.List;

/**
 * One step of the way from A to B.
 *
 * @param type       what happened
 * @param aIndex     the (first) sentence of A involved, or -1 when ADDED
 * @param bIndex     the (first) sentence of B involved, or -1 when REMOVED
 * @param aCount     number of A sentences involved (2 when MERGED, 0 when ADDED)
 * @param bCount     number of B sentences involved (2 when SPLIT, 0 when REMOVED)
 * @param aText      A's text, or "" when ADDED
 * @param bText      B's text, or "" when REMOVED
 * @param similarity character-bigram Dice similarity of the two texts: 1 for KEPT and MOVED, 0 for ADDED and REMOVED
 * @param marks      the changed characters (Chinese) or words (English) in aText and bText
 * @param segments   the change as equal / deleted / inserted runs, for renderers
 */
public record PassageChange(ChangeType type, int aIndex, int bIndex, int aCount, int bCount, String aText, String bText,
                            double similarity, List<Span> marks, List<Segment> segments) {
    public PassageChange {
        marks = List.copyOf(marks);
        segments = List.copyOf(segments);
    }
}
