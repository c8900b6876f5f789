package dev.tifa.analysis.diff;

/** What happened to a passage between the older edition A and the newer edition B. */
public enum ChangeType {
    /** Identical (white space aside), in the same order. */
    KEPT,
    /** Identical, but at another place in the text. */
    MOVED,
    /** Similar enough to be the same passage reworded. */
    CHANGED,
    /** One passage of A became two consecutive passages of B. */
    SPLIT,
    /** Two consecutive passages of A became one passage of B. */
    MERGED,
    /** Only in B. */
    ADDED,
    /** Only in A. */
    REMOVED
}
