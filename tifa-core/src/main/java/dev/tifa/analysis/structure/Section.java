package dev.tifa.analysis.structure;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Where an offset sits: the headings that enclose it, outermost first, and its place in the task list.
 *
 * @param path      enclosing headings, outermost first (empty before the first heading)
 * @param taskRank  rank of the task-list item it is in (1 = first task), or 0 when it is outside the task list
 * @param taskCount number of items in the task list (0 when the document has none)
 */
public record Section(List<Heading> path, int taskRank, int taskCount) {
    public String label() {
        return path.isEmpty() ? "(before the first heading)" : path.stream().map(Heading::display).collect(Collectors.joining(" > "));
    }

    /** Short form: the markers only, e.g. {@code 三、 > （二）}. */
    public String markers() {
        return path.isEmpty() ? "-" : path.stream().map(Heading::label).collect(Collectors.joining(" > "));
    }

    public boolean inTaskList() {
        return taskRank > 0;
    }
}
