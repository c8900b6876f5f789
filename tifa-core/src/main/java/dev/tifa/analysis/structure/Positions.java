package dev.tifa.analysis.structure;

import dev.tifa.model.Hit;

import java.util.ArrayList;
import java.util.List;

/** Places hits in their document's outline, and finds how a formulation's priority moved between documents. */
public final class Positions {
    private Positions() {
    }

    /** {@code hits} (of one formulation, in text order) placed in {@code text}'s outline. */
    public static DocumentPosition of(String documentKey, String text, List<Hit> hits) {
        return of(documentKey, text, Outline.parse(text), hits);
    }

    /** The same with the text's outline parsed already (placing many formulations in one text). */
    public static DocumentPosition of(String documentKey, String text, Outline outline, List<Hit> hits) {
        List<PlacedHit> placed = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            placed.add(new PlacedHit(h.start(), h.end(), text.substring(h.start(), h.end()), outline.sectionAt(h.start()), outline.relative(h.start())));
        }
        int priority = 0;
        Heading task = null;
        for (PlacedHit p : placed) {
            if (p.section().inTaskList()) {
                priority = p.section().taskRank();
                task = outline.tasks().get(priority - 1);
                break;
            }
        }
        return new DocumentPosition(documentKey, List.copyOf(placed), priority, task, outline.tasks().size());
    }

    /**
     * A change of priority from one document to the next.
     *
     * @param from     the earlier document's key
     * @param to       the later document's key
     * @param fromRank priority in the earlier document (0: not in its task list)
     * @param toRank   priority in the later one
     */
    public record Move(String from, String to, int fromRank, int toRank) {
        public String description() {
            if (fromRank == 0) return "enters the task list at task " + toRank;
            if (toRank == 0) return "leaves the task list (was task " + fromRank + ")";
            return "from task " + fromRank + " to task " + toRank + (toRank < fromRank ? " (up)" : " (down)");
        }
    }

    /** Moves between consecutive positions (given in date order); unchanged priorities are left out. */
    public static List<Move> moves(List<DocumentPosition> inOrder) {
        List<Move> out = new ArrayList<>();
        for (int i = 1; i < inOrder.size(); i++) {
            DocumentPosition a = inOrder.get(i - 1), b = inOrder.get(i);
            if (a.priority() != b.priority()) out.add(new Move(a.documentKey(), b.documentKey(), a.priority(), b.priority()));
        }
        return out;
    }
}
