package dev.tifa.analysis.pattern;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Groups pattern hits by what fills their slots: which X and Y, how often, in which documents. */
public final class SlotGroups {
    private final Map<Map<String, String>, int[]> counts = new LinkedHashMap<>();
    private final Map<Map<String, String>, Set<String>> documents = new LinkedHashMap<>();
    private long entries;

    public SlotGroups add(String documentKey, List<PatternHit> hits) {
        for (PatternHit h : hits) {
            counts.computeIfAbsent(h.slots(), k -> new int[1])[0]++;
            if (documents.computeIfAbsent(h.slots(), k -> new LinkedHashSet<>()).add(documentKey)) entries++;
        }
        return this;
    }

    /** What the groups hold: one entry per filling and document it stands in (what memory grows with, not matches). */
    public long entries() {
        return entries;
    }

    /** By descending count, then by range, then by the fillers so that the order is stable. */
    public List<SlotFill> fills() {
        List<SlotFill> out = new ArrayList<>();
        counts.forEach((k, c) -> out.add(new SlotFill(k, c[0], List.copyOf(documents.get(k)))));
        out.sort(Comparator.comparingInt(SlotFill::count).reversed()
                .thenComparing(Comparator.comparingInt(SlotFill::range).reversed())
                .thenComparing(f -> f.fillers().toString()));
        return out;
    }
}
