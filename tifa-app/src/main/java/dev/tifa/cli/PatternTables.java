package dev.tifa.cli;

import dev.tifa.analysis.pattern.SlotFill;
import dev.tifa.app.PatternService;
import dev.tifa.app.PatternService.PatternTable;

import java.util.ArrayList;
import java.util.List;

/** The tables of {@code count --pattern} and {@code kwic --pattern}: per document, or grouped by slot fillers. */
final class PatternTables {
    private PatternTables() {
    }

    /** Per document: count and rate. */
    static Table byDocument(List<PatternTable> tables) {
        Table t = new Table("document", "year", "lang", "pattern", "count", "per 10k", "size");
        for (PatternTable p : tables) {
            for (PatternService.DocumentMatches d : p.documents()) {
                var c = d.counts().count(p.pattern().label());
                t.row(d.counts().document().key(), d.counts().document().meta().year(), d.counts().document().meta().language().code(),
                        p.pattern().source(), c.total(), c.rate(), d.counts().size());
            }
            if (p.mentionsOnly()) {
                t.note(p.pattern().label() + ": " + p.total() + " matches; the " + p.present() + " documents with a match of the "
                        + p.selected() + " selected are listed (a selection of news items).");
            }
            t.note(PatternOptions.note(p.pattern()));
        }
        return t;
    }

    /** By slot fillers: which X and Y, how often, in how many and which documents. */
    static Table bySlot(PatternTable p) {
        List<String> cols = new ArrayList<>(p.pattern().slots());
        cols.addAll(List.of("count", "range", "documents"));
        Table t = new Table(cols);
        for (SlotFill f : p.fills()) {
            List<Object> row = new ArrayList<>();
            for (String s : p.pattern().slots()) row.add(f.fillers().getOrDefault(s, ""));
            row.add(f.count());
            row.add(f.range());
            row.add(String.join(" ", f.documents()));
            t.row(row);
        }
        t.note(p.total() + " matches in " + p.present() + " of " + p.selected() + " documents; "
                + p.fills().size() + " different fillings. Per document: add --group docs.");
        t.note(PatternOptions.note(p.pattern()));
        return t;
    }

    static String slotLabel(PatternService.PatternContext c) {
        return dev.tifa.analysis.pattern.PatternHit.label(c.slots());
    }
}
