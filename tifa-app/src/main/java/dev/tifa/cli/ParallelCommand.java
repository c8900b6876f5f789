package dev.tifa.cli;

import dev.tifa.analysis.parallel.ConceptAgreement;
import dev.tifa.analysis.parallel.Marking;
import dev.tifa.analysis.parallel.OneSided;
import dev.tifa.analysis.parallel.ParallelReport;
import dev.tifa.analysis.parallel.Suggestion;
import dev.tifa.analysis.parallel.TranslationDrift;
import dev.tifa.app.ParallelRow;
import dev.tifa.app.ParallelService;
import dev.tifa.app.TermResolver;
import dev.tifa.app.Workspace;
import dev.tifa.model.Concept;
import dev.tifa.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.Locale;

@Command(name = "parallel", mixinStandardHelpOptions = true,
        description = {"The glossary on aligned Chinese-English sentence pairs: does every concept count the same on both sides?",
                "SOURCE: a .tsv of aligned pairs (pair_id source_line zh en), a folder of them, or a stored aligned-pairs document (its .tsv is re-read); none: every stored aligned-pairs document.",
                "Rules and verdicts: docs/parallel.md."})
public final class ParallelCommand {
    @Spec CommandSpec spec;

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Per concept: hits on each side, pairs with both, one-sided pairs, and a verdict (see docs/parallel.md).")
    int check(@Mixin DataOption data, @Mixin FormatOption format, @Mixin MatchingOptions matching,
              @Parameters(paramLabel = "SOURCE", arity = "0..*") List<String> sources,
              @Option(names = "--all", description = "Every concept found, not only those with at least 3 hits on one side.") boolean all,
              @Option(names = "--disagreeing", description = "Only the concepts that do not agree.") boolean disagreeing,
              @Option(names = "--with-partial", description = "Count the pairs the aligner damaged too (left out by default; docs/parallel.md).") boolean withPartial) {
        try (Workspace ws = data.open()) {
            ParallelService service = new ParallelService(ws);
            ParallelService.Pairs pairs = service.read(sources);
            ParallelReport r = service.check(pairs, matching.options(), withPartial);
            Table t = new Table(ParallelRow.COLUMNS);
            for (ConceptAgreement a : all ? r.concepts() : r.counted()) {
                if (!disagreeing || !a.agrees()) t.row(List.copyOf(ParallelRow.of(a).cells().values()));
            }
            notes(t, pairs, r);
            TableRenderer.render(t, format.format(), spec.commandLine().getOut());
        }
        return 0;
    }

    @Command(name = "pairs", mixinStandardHelpOptions = true,
            description = "The pairs where one side has a concept and the other has it fewer times, both sentences, hits marked [[like this]].")
    int pairs(@Mixin DataOption data, @Mixin FormatOption format, @Mixin MatchingOptions matching,
              @Parameters(index = "0", paramLabel = "CONCEPT", description = "Concept id or glossary form.") String term,
              @Parameters(index = "1..*", paramLabel = "SOURCE", arity = "0..*") List<String> sources) {
        try (Workspace ws = data.open()) {
            ParallelService service = new ParallelService(ws);
            Concept c = concept(ws, term);
            ParallelService.Pairs pairs = service.read(sources);
            ParallelReport r = service.check(pairs, matching.options());
            Table t = new Table("pair", "side", "shifted", "zh", "en");
            for (OneSided o : r.concept(c.id()).map(ConceptAgreement::oneSided).orElse(List.of())) {
                var h = o.hits();
                t.row(h.pair().id(), o.zhOnly() ? "zh" : "en", o.shifted() ? "yes" : "",
                        Marking.mark(h.pair().zh(), h.zh()), Marking.mark(h.pair().en(), h.en()));
            }
            t.note("Pairs where the two sides count " + c.id() + " differently; side: the side with more hits; shifted: the "
                    + "adjacent pair has the opposite surplus (the aligner moved the sentence), so the totals are not affected.");
            TableRenderer.render(t, format.format(), spec.commandLine().getOut());
        }
        return 0;
    }

    @Command(name = "suggest", mixinStandardHelpOptions = true,
            description = {"Renderings of a concept: phrases frequent on one side of the pairs where only the other side has it, and rare in all other pairs (ranked by log-likelihood G², with Dice).",
                    "--accept N adds suggestion N to the concept in DATA/glossary.yaml, checked like `tifa glossary add`."})
    int suggest(@Mixin DataOption data, @Mixin FormatOption format,
                @Parameters(index = "0", paramLabel = "CONCEPT", description = "Concept id or glossary form.") String term,
                @Parameters(index = "1..*", paramLabel = "SOURCE", arity = "0..*") List<String> sources,
                @Option(names = "--side", paramLabel = "en|zh", description = "The side to find renderings on (default: the side with fewer hits).") String side,
                @Option(names = "--top", defaultValue = "10", description = "At most this many (default: ${DEFAULT-VALUE}).") @Range(min = 1, max = 10_000, unit = "suggestions") int top,
                @Option(names = "--accept", paramLabel = "N", description = "Add suggestion N (1 = first) to the concept in DATA/glossary.yaml.") @Range(min = 1, max = 10_000, unit = "a suggestion's number") Integer accept) {
        try (Workspace ws = data.open()) {
            ParallelService service = new ParallelService(ws);
            Concept c = concept(ws, term);
            ParallelService.Pairs pairs = service.read(sources);
            ParallelReport r = service.check(pairs, dev.tifa.text.match.MatchOptions.defaults());
            List<Suggestion> s = service.suggest(r, c, side == null ? null : language(side), Math.max(1, top));
            if (accept != null) {
                if (accept < 1 || accept > s.size()) throw new UserError("--accept " + accept + ": there are " + s.size() + " suggestions");
                Suggestion chosen = s.get(accept - 1);
                service.accept(chosen);
                spec.commandLine().getOut().println("added '" + chosen.phrase() + "' to " + c.id() + " in " + ws.userGlossaryFile());
                spec.commandLine().getOut().flush();
                return 0;
            }
            Table t = new Table("rank", "side", "phrase", "in_target", "target_pairs", "in_rest", "rest_pairs", "g2", "dice", "form_of", "pairs");
            int i = 1;
            for (Suggestion x : s) {
                t.row(i++, x.language().code(), x.phrase(), x.inTarget(), x.targetSize(), x.inRest(), x.restSize(),
                        x.g2(), x.dice(), x.formOf() == null ? "" : x.formOf(), String.join(" ", x.evidence()));
            }
            t.note("Target: the unshifted pairs where only the other side has " + c.id() + "; rest: all other pairs. "
                    + "form_of: the phrase holds a form of another concept (adding it would be refused as a duplicate).");
            if (s.isEmpty()) t.note("No phrase stands in at least 2 target pairs.");
            TableRenderer.render(t, format.format(), spec.commandLine().getOut());
        }
        return 0;
    }

    @Command(name = "drift", mixinStandardHelpOptions = true,
            description = "Translation drift: which English rendering each edition used for a concept, over the pairs whose Chinese has it.")
    int drift(@Mixin DataOption data, @Mixin FormatOption format,
              @Parameters(index = "0", paramLabel = "CONCEPT", description = "Concept id or glossary form.") String term,
              @Parameters(index = "1..*", paramLabel = "SOURCE", arity = "0..*") List<String> sources) {
        try (Workspace ws = data.open()) {
            ParallelService service = new ParallelService(ws);
            Concept c = concept(ws, term);
            ParallelReport r = service.check(service.read(sources), dev.tifa.text.match.MatchOptions.defaults());
            Table t = new Table("edition", "rendering", "count", "zh_hits");
            for (TranslationDrift.Row row : service.drift(r, c)) t.row(row.edition(), row.rendering(), row.count(), row.zh());
            t.note(TranslationDrift.UNRENDERED + ": Chinese hits with no English glossary form in their pair; "
                    + "`tifa parallel suggest " + c.id() + "` looks for what they were rendered as.");
            TableRenderer.render(t, format.format(), spec.commandLine().getOut());
        }
        return 0;
    }

    private static Concept concept(Workspace ws, String term) {
        Concept c = new TermResolver(ws.glossary()).resolve(term, false);
        if (c.isAdHoc()) throw new UserError("'" + term + "' is not a glossary concept or form");
        return c;
    }

    private static Language language(String side) {
        return switch (side.strip().toLowerCase(Locale.ROOT)) {
            case "en" -> Language.EN;
            case "zh" -> Language.ZH;
            default -> throw new UserError("--side must be en or zh, found '" + side + "'");
        };
    }

    private static void notes(Table t, ParallelService.Pairs pairs, ParallelReport r) {
        t.note(r.figure() + ", over " + r.pairs().size() + " aligned pairs from "
                + String.join(", ", pairs.files().stream().map(f -> f.getFileName().toString()).toList()) + ".");
        if (!r.partial().isEmpty()) {
            t.note(r.partial().size() + (r.partial().size() == 1 ? " partial pair" : " partial pairs")
                    + " left out (next to a pair the aligner dropped, lengths improbable for a "
                    + "translation; --with-partial counts them): " + String.join(", ", r.partial().stream().map(p -> p.id()).toList()) + ".");
        }
        t.note("Agrees: |zh - en| <= max(1, 10% of the larger). Shifted pairs: the aligner moved a sentence one pair over. "
                + "Verdict rules: docs/parallel.md.");
        pairs.problems().forEach(t::note);
    }
}
