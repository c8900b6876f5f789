package dev.tifa.app;

import dev.tifa.analysis.FormTally;
import dev.tifa.model.Concept;
import dev.tifa.store.DocumentFilter;
import dev.tifa.text.match.FormulationMatcher;
import dev.tifa.text.match.MatchOptions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Compares the stored tallies of every glossary concept in every document with a full scan by the matcher. */
final class TalliesMatchScan {
    private TalliesMatchScan() {
    }

    /** Lines describing each document × concept whose stored (total, standalone) differ from a full scan; empty when all agree. */
    static List<String> mismatches(Workspace ws) {
        List<String> ids = ws.glossary().concepts().stream().map(Concept::id).toList();
        Map<String, String> stored = new HashMap<>();
        for (var t : ws.tallies().table().byDocument(ids, DocumentFilter.all())) {
            stored.put(t.documentId() + "|" + t.conceptId(), t.total() + "/" + t.standalone());
        }
        FormulationMatcher scan = FormulationMatcher.compile(ws.glossary().concepts(), MatchOptions.defaults());
        Map<String, String> scanned = new HashMap<>();
        ws.store().forEachDocument(DocumentFilter.all(), d -> {
            Map<String, int[]> sums = new HashMap<>();
            for (FormTally f : FormTally.of(scan.match(d.clean()))) {
                int[] s = sums.computeIfAbsent(f.conceptId(), k -> new int[2]);
                s[0] += f.total();
                s[1] += f.standalone();
            }
            sums.forEach((id, s) -> scanned.put(d.id() + "|" + id, s[0] + "/" + s[1]));
        });
        List<String> out = new ArrayList<>();
        scanned.forEach((k, v) -> {
            if (!v.equals(stored.get(k))) out.add(k + ": scan " + v + ", tallies " + stored.get(k));
        });
        stored.forEach((k, v) -> {
            if (!scanned.containsKey(k)) out.add(k + ": scan none, tallies " + v);
        });
        return out;
    }
}
