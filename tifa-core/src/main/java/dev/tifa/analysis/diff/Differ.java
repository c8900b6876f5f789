package dev.tifa.analysis.diff;

import dev.tifa.analysis.Cancellation;
import dev.tifa.model.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Aligns two editions of a text sentence by sentence and says what was kept, moved, reworded, added and removed. */
public final class Differ {
    private final DiffOptions options;
    private final Cancellation cancellation;

    public Differ(DiffOptions options) {
        this(options, Cancellation.NEVER);
    }

    private Differ(DiffOptions options, Cancellation cancellation) {
        this.options = options;
        this.cancellation = cancellation;
    }

    /** This differ, asking {@code cancellation} as it pairs sentences and marks their changes. */
    public Differ stoppedBy(Cancellation cancellation) {
        return new Differ(options, cancellation);
    }

    public static DocumentDiff diff(Document a, Document b, DiffOptions options) {
        return new Differ(options).diff(a, b);
    }

    public DocumentDiff diff(Document a, Document b) {
        DocumentDiff d = diff(a.clean(), b.clean());
        return new DocumentDiff(a, b, d.changes(), d.continuity());
    }

    /** The diff of two cleaned texts (paragraphs separated by line breaks); its documents are null. */
    public DocumentDiff diff(String a, String b) {
        List<Passage> pa = Sentences.of(a);
        List<Passage> pb = Sentences.of(b);
        Aligner aligner = new Aligner(pa, pb, options, cancellation);
        List<Placed> placed = new ArrayList<>();
        boolean[] moved = new boolean[pa.size()];
        for (Aligner.Link l : aligner.align()) {
            if (placed.size() % 64 == 0) cancellation.check(); // marking a reworded passage's changes takes a diff of its own
            placed.add(new Placed(l.b()[0], l.a()[0], change(l, pa, pb)));
            if (l.type() == ChangeType.MOVED) moved[l.a()[0]] = true;
        }
        for (int j = 0; j < pb.size(); j++) {
            if (!aligner.pairedB(j)) placed.add(new Placed(j, -1, added(pb.get(j))));
        }
        // a removed sentence goes right after the B position of the nearest paired A sentence before it
        double lastB = -0.5;
        for (int i = 0; i < pa.size(); i++) {
            if (aligner.pairedA(i)) {
                if (!moved[i]) lastB = aligner.pairOfA(i);
            } else {
                placed.add(new Placed(lastB + 0.5, i, removed(pa.get(i))));
            }
        }
        placed.sort(Comparator.comparingDouble(Placed::position).thenComparingInt(Placed::aIndex));
        List<PassageChange> changes = placed.stream().map(Placed::change).toList();
        return new DocumentDiff(null, null, changes, continuity(changes, pb, pa.isEmpty()));
    }

    private record Placed(double position, int aIndex, PassageChange change) {
    }

    private static PassageChange change(Aligner.Link l, List<Passage> pa, List<Passage> pb) {
        String at = join(pa, l.a());
        String bt = join(pb, l.b());
        List<Segment> segments;
        List<Span> marks;
        if (l.type() == ChangeType.KEPT || l.type() == ChangeType.MOVED) {
            segments = List.of(new Segment(Segment.Kind.EQUAL, bt));
            marks = List.of();
        } else {
            segments = InlineDiff.segments(at, bt);
            marks = InlineDiff.marks(segments);
        }
        return new PassageChange(l.type(), l.a()[0], l.b()[0], l.a().length, l.b().length, at, bt, l.similarity(), marks, segments);
    }

    private static PassageChange added(Passage p) {
        return new PassageChange(ChangeType.ADDED, -1, p.index(), 0, 1, "", p.text(), 0,
                List.of(new Span(Span.Side.B, 0, p.text().length())), List.of(new Segment(Segment.Kind.INSERTED, p.text())));
    }

    private static PassageChange removed(Passage p) {
        return new PassageChange(ChangeType.REMOVED, p.index(), -1, 1, 0, p.text(), "", 0,
                List.of(new Span(Span.Side.A, 0, p.text().length())), List.of(new Segment(Segment.Kind.DELETED, p.text())));
    }

    /** Consecutive sentences joined as they stood: with a space between English ones, directly between Chinese ones. */
    private static String join(List<Passage> ps, int[] idx) {
        StringBuilder b = new StringBuilder();
        for (int i : idx) {
            String t = ps.get(i).text();
            if (b.length() > 0 && (b.charAt(b.length() - 1) < 0x2E80 || t.charAt(0) < 0x2E80)) b.append(' ');
            b.append(t);
        }
        return b.toString();
    }

    private static Continuity continuity(List<PassageChange> changes, List<Passage> pb, boolean aEmpty) {
        int total = pb.stream().mapToInt(p -> p.key().length()).sum();
        int kept = 0, changed = 0;
        double near = 0;
        for (PassageChange c : changes) {
            int n = Sentences.normalise(c.bText()).length();
            switch (c.type()) {
                case KEPT, MOVED -> kept += n;
                case CHANGED, SPLIT, MERGED -> {
                    changed += n;
                    near += c.similarity() * n;
                }
                default -> {
                }
            }
        }
        if (total == 0) {
            double same = aEmpty ? 1 : 0; // two empty texts are the same; an emptied one kept nothing
            return new Continuity(same, same, 0, 0, 0);
        }
        return new Continuity(kept / (double) total, (kept + near) / total, total, kept, changed);
    }

}
