package dev.tifa.cli;

import dev.tifa.app.Workspace;
import dev.tifa.glossary.Glossary;
import dev.tifa.glossary.GlossaryCheck;
import dev.tifa.model.Concept;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.List;

@Command(name = "glossary", mixinStandardHelpOptions = true,
        description = {"The glossary (codebook) of formulations: the default one, overlaid by DATA/glossary.yaml.",
                "Edit DATA/glossary.yaml to add concepts or replace default ones (same id)."})
public final class GlossaryCommand {
    @Spec CommandSpec spec;

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List concepts with their forms and themes.")
    int list(@Mixin DataOption data, @Mixin FormatOption format,
             @Option(names = "--theme", paramLabel = "THEME", description = "Only concepts of this theme.") String theme) {
        try (Workspace ws = data.open()) {
            Glossary g = ws.glossary();
            Table t = new Table("id", "zh", "en", "themes", "note");
            List<Concept> cs = theme == null ? g.concepts() : g.conceptsInTheme(theme);
            for (Concept c : cs) {
                t.row(c.id(), String.join(" | ", c.zh()), String.join(" | ", c.en()), String.join(",", c.themes()), c.note());
            }
            t.note(cs.size() + " concepts; themes: " + String.join(", ", g.themes().stream().map(x -> x.id() + " (" + x.zh() + ")").toList()));
            TableRenderer.render(t, format.format(), spec.commandLine().getOut());
        }
        return 0;
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Check the glossary for duplicate ids or forms, unknown themes and forms too short to mean anything.")
    int check(@Mixin DataOption data, @Mixin FormatOption format) {
        try (Workspace ws = data.open()) {
            List<GlossaryCheck.Finding> findings = new GlossaryCheck().check(ws.glossary());
            Table t = new Table("level", "concept", "finding");
            findings.forEach(f -> t.row(f.error() ? "error" : "warning", f.conceptId(), f.message()));
            long errors = findings.stream().filter(GlossaryCheck.Finding::error).count();
            t.note(ws.glossary().size() + " concepts checked: " + errors + " errors, " + (findings.size() - errors) + " warnings.");
            TableRenderer.render(t, format.format(), spec.commandLine().getOut());
            return errors > 0 ? 1 : 0;
        }
    }

    @Command(name = "audit", mixinStandardHelpOptions = true,
            description = {"Where a word segmentation cuts through a short Chinese form in the stored texts (民生 in 人民|生活, "
                    + "国企 in 中国|企业): candidates for the concept's except: list in glossary.yaml. A reader decides: "
                    + "内需 in 国内|需求 is the same idea. Places already inside an exception are left out."})
    int audit(@Mixin DataOption data, @Mixin FormatOption format, @Mixin SelectionOptions selection,
              @Option(names = "--max-length", defaultValue = "3", description = "Longest forms looked at, in characters (default: ${DEFAULT-VALUE}).")
              @Range(min = 2, max = 20, unit = "characters") int maxLength,
              @Option(names = "--min-cut", defaultValue = "5", description = "Fewest cut places to list a form (default: ${DEFAULT-VALUE}).")
              @Range(min = 1, max = 1_000_000_000, unit = "places") int minCut,
              @Option(names = "--min-share", defaultValue = "10", description = "Smallest share of a form's places cut, in percent (default: ${DEFAULT-VALUE}).")
              @Range(min = 0, max = 100, unit = "percent") int minShare,
              @Option(names = "--words", defaultValue = "8", description = "Cutting words shown per form (default: ${DEFAULT-VALUE}).")
              @Range(min = 1, max = 1000, unit = "words") int shown) {
        try (Workspace ws = data.open()) {
            var cuts = new dev.tifa.app.GlossaryAudit(ws).cuts(selection.filter(), maxLength, minCut, minShare / 100.0);
            Table t = new Table("concept", "form", "places", "cut", "share", "cut into");
            for (var c : cuts) {
                String words = String.join("  ", c.words().stream().limit(shown).map(e -> e.getKey() + " " + e.getValue()).toList());
                t.row(c.conceptId(), c.form(), c.places(), c.cut(), String.format(java.util.Locale.ROOT, "%.0f%%", 100 * c.share()), words);
            }
            t.note(cuts.size() + " forms cut in at least " + minShare + "% and " + minCut + " of their places by a plain HanLP segmentation. "
                    + "Segmentation errs too (国家|安全 cut as 家安|全): read the words before adding one to except: in glossary.yaml.");
            TableRenderer.render(t, format.format(), spec.commandLine().getOut());
        }
        return 0;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a concept to DATA/glossary.yaml (or replace one with the same id, defaults included).")
    int add(@Mixin DataOption data,
            @picocli.CommandLine.Parameters(paramLabel = "ID", description = "kebab-case id, e.g. whole-process-democracy") String id,
            @Option(names = "--zh", split = ",", paramLabel = "FORM", description = "Chinese forms (comma-separated).") List<String> zh,
            @Option(names = "--en", split = ",", paramLabel = "FORM", description = "English renderings (comma-separated).") List<String> en,
            @Option(names = "--theme", split = ",", paramLabel = "THEME", description = "Theme ids, primary first.") List<String> themes,
            @Option(names = "--note", paramLabel = "TEXT", description = "One line on what it means.") String note) {
        if ((zh == null || zh.isEmpty()) && (en == null || en.isEmpty())) throw new UserError("give at least one --zh or --en form");
        try (Workspace ws = data.open()) {
            new dev.tifa.app.GlossaryEditor(ws).add(new Concept(id, zh, en, themes, note));
            spec.commandLine().getOut().println("added " + id + " to " + ws.userGlossaryFile());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "One concept: its forms, themes, note, its broader concepts (up to the top) and narrower ones.")
    int show(@Mixin DataOption data, @picocli.CommandLine.Parameters(paramLabel = "ID", description = "concept id or any of its forms") String id) {
        try (Workspace ws = data.open()) {
            Glossary g = ws.glossary();
            Concept c = concept(g, id);
            var out = spec.commandLine().getOut();
            out.println("id: " + c.id());
            out.println("zh: " + String.join(" | ", c.zh()));
            out.println("en: " + String.join(" | ", c.en()));
            if (!c.except().isEmpty()) out.println("not counted inside: " + String.join(" | ", c.except()));
            c.shared().forEach((other, forms) -> out.println("also renders " + g.concept(other).map(GlossaryCommand::name).orElse(other)
                    + ": " + String.join(" | ", forms)));
            for (Concept owner : g.concepts()) {
                List<String> forms = owner.shared().get(c.id());
                if (forms != null) out.println("also rendered by forms of " + name(owner) + ": " + String.join(" | ", forms));
            }
            out.println("themes: " + String.join(", ", c.themes()));
            if (!c.note().isEmpty()) out.println("note: " + c.note());
            out.println("broader: " + (c.broader().isEmpty() ? "(none)" : ladder(g, c)));
            List<Concept> narrower = g.narrower(c.id());
            out.println("narrower: " + (narrower.isEmpty() ? "(none)" : String.join(", ", narrower.stream().map(GlossaryCommand::name).toList())));
            out.flush();
        }
        return 0;
    }

    @Command(name = "tree", mixinStandardHelpOptions = true,
            description = "A concept's place in the broader/narrower ladder: the path up to the top, and everything below it, indented.")
    int tree(@Mixin DataOption data, @picocli.CommandLine.Parameters(paramLabel = "ID", description = "concept id or any of its forms") String id) {
        try (Workspace ws = data.open()) {
            Glossary g = ws.glossary();
            Concept c = concept(g, id);
            var out = spec.commandLine().getOut();
            if (!c.broader().isEmpty()) out.println("above: " + ladder(g, c));
            printTree(g, c, 0, out, new java.util.HashSet<>());
            out.flush();
        }
        return 0;
    }

    private static Concept concept(Glossary g, String idOrForm) {
        return g.concept(idOrForm).or(() -> g.conceptWithForm(idOrForm))
                .orElseThrow(() -> new UserError("no glossary concept '" + idOrForm + "' (see `tifa glossary list`)"));
    }

    private static String name(Concept c) {
        return c.id() + " (" + c.label() + ")";
    }

    /** The chain of first broader concepts up to the top: 对外开放 → 开放; several broader ones are listed at the first step. */
    private static String ladder(Glossary g, Concept c) {
        List<String> steps = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>(List.of(c.id()));
        Concept at = c;
        while (!at.broader().isEmpty()) {
            List<Concept> up = g.broader(at.id());
            if (up.isEmpty() || !seen.add(up.get(0).id())) break;
            steps.add(String.join(" + ", up.stream().map(GlossaryCommand::name).toList()));
            at = up.get(0);
        }
        return name(c) + " → " + String.join(" → ", steps);
    }

    private static void printTree(Glossary g, Concept c, int depth, java.io.PrintWriter out, java.util.Set<String> seen) {
        out.println("  ".repeat(depth) + (depth == 0 ? "" : "└ ") + name(c) + (c.en().isEmpty() ? "" : "  " + c.en().get(0)));
        if (!seen.add(c.id())) return;
        for (Concept n : g.narrower(c.id())) printTree(g, n, depth + 1, out, seen);
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Print the glossary in force (default + yours) as YAML.")
    int export(@Mixin DataOption data) {
        try (Workspace ws = data.open()) {
            new dev.tifa.glossary.GlossaryReader().write(ws.glossary(), spec.commandLine().getOut());
        }
        return 0;
    }
}
