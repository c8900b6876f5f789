package dev.tifa.cli;

import dev.tifa.analysis.ConceptCount;
import dev.tifa.analysis.DocumentCounts;
import dev.tifa.app.CountTable;
import dev.tifa.app.FormulationService;
import dev.tifa.app.TermResolver;
import dev.tifa.app.Workspace;
import dev.tifa.model.Concept;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "count", mixinStandardHelpOptions = true,
        description = {"Count formulations in documents: terms × documents, raw and per 10,000 characters (zh) or words (en).",
                "A TERM that is a glossary concept id or form counts the whole concept (all its Chinese and English forms); "
                        + "any other TERM is counted as a phrase. Without TERMs, the whole glossary is counted."})
public final class CountCommand implements Callable<Integer> {
    @Mixin DataOption data;
    @Mixin SelectionOptions selection;
    @Mixin MatchingOptions matching;
    @Mixin FormatOption format;
    @Mixin PatternOptions patterns;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "TERM", arity = "0..*", description = "Concept ids, glossary forms or phrases.")
    List<String> terms = new ArrayList<>();

    @Option(names = "--glossary", description = "Count every glossary concept (the default when no TERM is given).")
    boolean glossary;

    @Option(names = "--layout", paramLabel = "LAYOUT", description = "wide (terms × documents) or long (one row per document and term). "
            + "Default: wide for up to 6 documents in a table, long otherwise.")
    String layout;

    @Option(names = "--top", paramLabel = "N", description = "Only the N terms with the most occurrences overall.")
    @Range(min = 1, max = 1_000_000, unit = "terms")
    Integer top;

    @Option(names = "--zeros", description = "Long layout: also list terms that do not occur.")
    boolean zeros;

    @Option(names = "--group", paramLabel = "BY", description = "With --pattern/--regex: slots (rows by what fills the slots; "
            + "the default for a pattern with slots) or docs (rows by document).")
    String group;

    @Override
    public Integer call() {
        if (patterns.active()) return countPatterns();
        try (Workspace ws = data.open()) {
            List<Concept> concepts = glossary ? List.of() : new TermResolver(ws.glossary()).resolveAll(terms, matching.phrase());
            CountTable t = new FormulationService(ws, matching.withTitle()).count(concepts, selection.filterDefaultOfficial(), matching.options());
            if (t.selected() == 0) {
                throw new UserError(t.notes().isEmpty() ? "no documents match the selection (see `tifa docs`)" : String.join("; ", t.notes()));
            }
            List<Concept> shown = ranked(t);
            boolean wide = layout == null ? format.format() == OutputFormat.table && t.documents().size() <= 6 : layout.equals("wide");
            Table out = wide ? wide(t, shown) : long_(t, shown);
            out.note(Notes.rules(t.options()));
            out.note(dev.tifa.app.WithTitle.describe(matching.withTitle()));
            if (!terms.isEmpty()) out.note(Notes.concepts(shown));
            String src = Notes.sources(t.documents().stream().map(DocumentCounts::document).toList());
            if (src != null) out.note(src);
            if (t.mentionsOnly()) out.note("News: only the " + t.documents().size() + " of " + t.selected()
                    + " selected documents that mention a term are listed; the others have 0.");
            t.notes().forEach(out::note);
            out.note("Passages: tifa kwic TERM --docs KEY");
            TableRenderer.render(out, format.format(), spec.commandLine().getOut());
        }
        return 0;
    }

    private List<Concept> ranked(CountTable t) {
        List<Concept> c = new ArrayList<>(t.concepts());
        if (top == null && !terms.isEmpty()) return c;
        c.sort(Comparator.comparingInt((Concept x) -> -t.documents().stream().mapToInt(d -> d.count(x.id()).total()).sum()));
        if (terms.isEmpty() || glossary) c.removeIf(x -> t.documents().stream().allMatch(d -> d.count(x.id()).total() == 0) && !zeros);
        return top == null ? c : c.subList(0, Math.min(top, c.size()));
    }

    private static Table wide(CountTable t, List<Concept> shown) {
        List<String> cols = new ArrayList<>(List.of("term", "concept"));
        for (DocumentCounts d : t.documents()) {
            cols.add(d.document().key());
            cols.add(d.document().key() + " per 10k");
        }
        Table out = new Table(cols);
        for (Concept c : shown) {
            List<Object> row = new ArrayList<>(List.of(c.label(), c.isAdHoc() ? "(phrase)" : c.id()));
            for (DocumentCounts d : t.documents()) {
                ConceptCount cc = d.count(c.id());
                row.add(cc.nested() > 0 ? cc.total() + " (" + cc.standalone() + " standalone)" : cc.total());
                row.add(cc.rate());
            }
            out.row(row);
        }
        return out;
    }

    private Table long_(CountTable t, List<Concept> shown) {
        Table out = new Table("document", "year", "lang", "term", "concept", "count", "standalone", "nested", "per 10k", "size");
        for (var row : dev.tifa.app.CountRows.of(t, shown, !zeros && (terms.isEmpty() || glossary))) out.row(new ArrayList<>(row.values()));
        return out;
    }

    private int countPatterns() {
        if (terms.isEmpty()) throw new UserError("--pattern/--regex need a PATTERN, e.g. tifa count --pattern '坚持…不动摇'");
        if (group != null && !group.equals("slots") && !group.equals("docs")) throw new UserError("--group is slots or docs, not " + group);
        try (Workspace ws = data.open()) {
            var service = new dev.tifa.app.PatternService(ws);
            List<dev.tifa.app.PatternService.PatternTable> tables = new ArrayList<>();
            for (String p : terms) tables.add(service.count(patterns.compile(p), selection.filterDefaultOfficial()));
            if (tables.get(0).selected() == 0) throw new UserError("no documents match the selection (see `tifa docs`)");
            boolean bySlot = tables.size() == 1 && !"docs".equals(group) && (!tables.get(0).pattern().slots().isEmpty() || "slots".equals(group));
            Table out = bySlot ? PatternTables.bySlot(tables.get(0)) : PatternTables.byDocument(tables);
            out.note("Passages: tifa kwic --pattern PATTERN --docs KEY");
            TableRenderer.render(out, format.format(), spec.commandLine().getOut());
        }
        return 0;
    }
}
