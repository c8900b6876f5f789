package dev.tifa.analysis.structure;

import java.util.List;

/**
 * Where a formulation sits in one document.
 *
 * @param documentKey the document
 * @param hits        every occurrence with its section
 * @param priority    rank of the task where it first appears in the task list (1 = first task), 0 when it is not in
 *                    the task list
 * @param task        that task's heading, or null
 * @param taskCount   number of tasks in the document's task list
 */
public record DocumentPosition(String documentKey, List<PlacedHit> hits, int priority, Heading task, int taskCount) {
    /** The first occurrence's section, or null when there is none. */
    public Section firstSection() {
        return hits.isEmpty() ? null : hits.get(0).section();
    }

    /** "task 3 of 10", or "-" outside the task list. */
    public String priorityLabel() {
        return priority == 0 ? "-" : "task " + priority + " of " + taskCount;
    }
}
