package dev.tifa.analysis.diff;

import dev.tifa.model.Document;

import java.util.List;

/**
 * Two editions aligned passage by passage.
 *
 * @param a          the older edition (null when plain texts were compared)
 * @param b          the newer edition (null when plain texts were compared)
 * @param changes    every passage of both, in B's order, each removed passage after what preceded it in A
 * @param continuity how much of B was carried over from A
 */
public record DocumentDiff(Document a, Document b, List<PassageChange> changes, Continuity continuity) {
    public DocumentDiff {
        changes = List.copyOf(changes);
    }

    public long count(ChangeType type) {
        return changes.stream().filter(c -> c.type() == type).count();
    }

    /** The changes other than KEPT, which is what a reader of a diff wants to see. */
    public List<PassageChange> edits() {
        return changes.stream().filter(c -> c.type() != ChangeType.KEPT).toList();
    }
}
