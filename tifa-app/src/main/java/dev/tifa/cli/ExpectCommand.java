package dev.tifa.cli;

import dev.tifa.analysis.Context;
import dev.tifa.analysis.expectations.Measured;
import dev.tifa.analysis.expectations.RuleKind;
import dev.tifa.app.Workspace;
import dev.tifa.commentary.ExpectationService;
import dev.tifa.commentary.ExpectationService.RuleResult;
import dev.tifa.commentary.ExpectationStore;
import dev.tifa.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "expect", mixinStandardHelpOptions = true,
        description = {"Expectations about an event's outcome, and their scorecard against its official text.",
                "Rules: appears TERM | at-least N TERM | rises TERM | falls TERM | theme-rises THEME | absent TERM "
                        + "(rises/falls: rate per 10,000 vs the previous official text of the series; quote terms with spaces)."},
        subcommands = {ExpectCommand.Add.class, ExpectCommand.Load.class, ExpectCommand.ListRules.class,
                ExpectCommand.Suggest.class, ExpectCommand.Score.class})
public final class ExpectCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add rules to an event, e.g. --rule \"rises 安全\".")
    static final class Add implements Callable<Integer> {
        @Mixin DataOption data;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "EVENT") String event;
        @Option(names = "--rule", required = true, paramLabel = "RULE", description = "A rule; repeatable.") List<String> rules;

        @Override
        public Integer call() {
            try (Workspace ws = data.open()) {
                int n = new ExpectationService(ws).add(event, rules, "cli");
                spec.commandLine().getOut().println(n + " rule(s) added to " + event + (n < rules.size() ? " (" + (rules.size() - n) + " already there)" : "") + ".");
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    @Command(name = "load", mixinStandardHelpOptions = true, description = "Add rules from a YAML file: - {rule: rises, term: 安全}.")
    static final class Load implements Callable<Integer> {
        @Mixin DataOption data;
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "EVENT") String event;
        @Parameters(index = "1", paramLabel = "FILE") Path file;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) throw new UserError("no such file: " + file);
            try (Workspace ws = data.open()) {
                int n = new ExpectationService(ws).load(event, file);
                spec.commandLine().getOut().println(n + " rule(s) added to " + event + " from " + file + ".");
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The rules of an event.")
    static final class ListRules implements Callable<Integer> {
        @Mixin DataOption data;
        @Mixin FormatOption format;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "EVENT") String event;

        @Override
        public Integer call() {
            try (Workspace ws = data.open()) {
                Table t = new Table("#", "rule", "source");
                int i = 0;
                for (ExpectationStore.StoredRule r : new ExpectationService(ws).list(event)) t.row(++i, r.rule().text(), r.source());
                TableRenderer.render(t, format.format(), spec.commandLine().getOut());
            }
            return 0;
        }
    }

    @Command(name = "suggest", mixinStandardHelpOptions = true,
            description = "Rules a preview implies: the glossary formulations it mentions (appears), those it says will be stressed (rises), its own numbers (at-least).")
    static final class Suggest implements Callable<Integer> {
        @Mixin DataOption data;
        @Mixin FormatOption format;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "PREVIEW") String preview;
        @Option(names = "--accept", split = ",", paramLabel = "N", description = "Add these suggestions (numbers, comma-separated) to the event.")
        @Range(min = 1, max = 1_000_000, unit = "suggestion numbers") List<Integer> accept;
        @Option(names = "--event", paramLabel = "KEY", description = "The event to add them to (default: the preview's event).") String event;

        @Override
        public Integer call() {
            try (Workspace ws = data.open()) {
                ExpectationService s = new ExpectationService(ws);
                var suggestions = s.suggest(preview);
                Table t = new Table("#", "rule", "why");
                suggestions.forEach(x -> t.row(x.number(), x.rule().text(), x.reason()));
                String ev = event != null ? event : s.eventOf(preview).orElse(null);
                if (accept == null || accept.isEmpty()) {
                    t.note("Accept with: tifa expect suggest " + preview + " --accept 1,3" + (ev == null ? " --event EVENT" : ""));
                } else {
                    if (ev == null) throw new UserError(preview + " belongs to no event: give --event KEY");
                    int n = s.accept(ev, preview, accept);
                    t.note(n + " rule(s) added to " + ev + ".");
                }
                TableRenderer.render(t, format.format(), spec.commandLine().getOut());
            }
            return 0;
        }
    }

    @Command(name = "score", mixinStandardHelpOptions = true, description = "The scorecard: each rule MET, NOT_MET or UNDETERMINED, with its numbers and passages.")
    static final class Score implements Callable<Integer> {
        @Mixin DataOption data;
        @Mixin FormatOption format;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "EVENT") String event;
        @Option(names = "--lang", description = "Score against the official text in this language (default: Chinese where there is one).") String language;
        @Option(names = "--evidence", defaultValue = "2", paramLabel = "N", description = "Passages per rule (default: ${DEFAULT-VALUE}).")
        @Range(min = 0, max = 1000, unit = "passages") int evidence;

        @Override
        public Integer call() {
            try (Workspace ws = data.open()) {
                var card = new ExpectationService(ws).score(event, language == null ? null : Language.parse(language));
                Table t = new Table("#", "rule", "status", "outcome", "count", "per 10k", "predecessor", "pred. count", "pred. per 10k",
                        "share %", "pred. share %", "note");
                int i = 0;
                for (RuleResult r : card.results()) {
                    Measured m = r.measured();
                    boolean theme = r.rule().kind() == RuleKind.THEME_SHARE_RISES;
                    t.row(++i, r.rule().text(), r.status().name(), r.outcome() == null ? null : r.outcome().key(),
                            m == null ? null : m.outcomeCount(), m == null ? null : m.outcomeRate(),
                            r.predecessor() == null ? null : r.predecessor().key(),
                            m == null ? null : m.predecessorCount(), m == null ? null : m.predecessorRate(),
                            theme && m != null ? m.outcomeShare() * 100 : null,
                            theme && m != null && m.predecessorShare() != null ? m.predecessorShare() * 100 : null, r.note());
                }
                t.note("Met " + card.met() + " of " + card.results().size() + " (" + card.notMet() + " not met, " + card.undetermined()
                        + " undetermined). Event " + card.event().key() + ": " + card.event().title() + ".");
                t.note("count = concept (all glossary forms) in the official text; rises/falls compare rates per 10,000 with the previous official text of the same series and language.");
                PrintWriter out = spec.commandLine().getOut();
                TableRenderer.render(t, format.format(), out);
                if (format.format() == OutputFormat.table && evidence > 0) {
                    i = 0;
                    for (RuleResult r : card.results()) {
                        i++;
                        for (Context x : r.evidence().stream().limit(evidence).toList()) {
                            out.println("  [" + i + "] " + x.documentKey() + " @" + x.start() + ": …" + x.left().replace('\n', ' ') + "【" + x.match()
                                    + "】" + x.right().replace('\n', ' ') + "…");
                        }
                    }
                    out.flush();
                }
                if (card.results().isEmpty()) spec.commandLine().getErr().println("tifa expect score: " + event.toLowerCase(Locale.ROOT)
                        + " has no rules yet (tifa expect add " + event + " --rule \"appears TERM\")");
            }
            return 0;
        }
    }

}
