package dev.tifa.cli;

import dev.tifa.analysis.compare.KeyTerm;
import dev.tifa.app.WindowService.Window;
import dev.tifa.glossary.Glossary;
import dev.tifa.model.Concept;
import dev.tifa.model.Language;

import java.io.PrintWriter;

/** Prints a before/after window ({@code compare --around}): a row per formulation, by descending G². */
final class WindowReport {
    private WindowReport() {
    }

    static void render(Window w, Glossary glossary, int top, OutputFormat format, PrintWriter out) {
        if (format == OutputFormat.table) {
            out.println("Formulations " + w.days() + " days before and from " + w.day() + " (" + w.language().code() + "): "
                    + w.before()[0] + " … " + w.before()[1] + " (" + w.itemsA() + " documents) vs " + w.after()[0] + " … " + w.after()[1]
                    + " (" + w.itemsB() + " documents)");
        }
        Table t = new Table("concept", "form", "count before", "count after", "per 10k before", "per 10k after", "G2", "p", "log ratio", "more");
        w.terms().stream().limit(top).forEach(k -> t.row(k.term(), form(glossary, k.term(), w.language()), k.countA(), k.countB(),
                k.per10kA(), k.per10kB(), k.g2(), k.p(), k.logRatio(), k.direction() == KeyTerm.Direction.MORE_IN_B ? "after" : "before"));
        t.note("Rates per 10,000 " + w.language().unit() + " of all text in each window (" + w.sizeA() + " before, " + w.sizeB()
                + " after); glossary concepts from the stored tallies. G² = log-likelihood, p from chi-square with 1 df; log ratio = log2 "
                + "of the ratio of rates, 0.5 for a zero count (as in compare).");
        if (w.itemsA() == 0 || w.itemsB() == 0) t.note("One window holds no documents: nothing to compare (see `tifa docs --from … --to …`).");
        TableRenderer.render(t, format, out);
    }

    private static String form(Glossary g, String id, Language language) {
        return g.concept(id).map(c -> c.forms(language).isEmpty() ? c.label() : c.forms(language).get(0)).orElse(id);
    }
}
