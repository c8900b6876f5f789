package dev.tifa.cli;

import dev.tifa.analysis.Context;
import dev.tifa.analysis.discover.Candidate;
import dev.tifa.analysis.discover.DiscoverOptions;
import dev.tifa.analysis.discover.Discovery;
import dev.tifa.app.ChangeService;
import dev.tifa.app.DiscoveryService;
import dev.tifa.app.Workspace;
import dev.tifa.model.Concept;
import dev.tifa.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "discover", mixinStandardHelpOptions = true,
        description = {"Candidate new formulations in DOC that the glossary lacks: frequent in DOC, rare or absent before it "
                + "(debut, spike, return), whole phrases (branching entropy), with contexts.",
                "--add N adds candidate N to DATA/glossary.yaml."})
public final class DiscoverCommand implements Callable<Integer> {
    @Mixin DataOption data;
    @Mixin FormatOption format;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DOC", description = "Document key or id.")
    String doc;

    @Option(names = "--limit", defaultValue = "30", description = "Candidates to show (default: ${DEFAULT-VALUE}).")
    @Range(min = 0, max = 1_000_000, unit = "candidates")
    int limit;

    @Option(names = "--min-freq", defaultValue = "3", description = "Minimum count in DOC (default: ${DEFAULT-VALUE}).")
    @Range(min = 1, max = 1_000_000, unit = "occurrences")
    int minFreq;

    @Option(names = "--add", paramLabel = "N", split = ",", description = "Add candidates number N (from the list) to the user glossary.")
    @Range(min = 1, max = 1_000_000, unit = "numbers from the candidate list")
    List<Integer> add;

    @Option(names = "--theme", paramLabel = "THEME", split = ",", description = "Themes for added concepts (default: none).")
    List<String> themes = List.of();

    @Option(names = "--dismiss", paramLabel = "N", split = ",", description = "Dismiss candidates number N: remembered, and left out of later lists.")
    @Range(min = 1, max = 100_000, unit = "a candidate's number")
    List<Integer> dismiss;

    @Override
    public Integer call() {
        try (Workspace ws = data.open()) {
            ChangeService changes = new ChangeService(ws);
            Document d = changes.document(doc);
            DiscoverOptions o = DiscoverOptions.defaults();
            DiscoverOptions opts = new DiscoverOptions(minFreq, o.minChars(), o.maxChars(), o.minWords(), o.maxWords(), o.minEntropy(),
                    o.nestedShare(), o.spikeFactor(), o.recent(), o.returnAfter(), Math.max(limit, o.limit()), o.contexts(), o.window());
            Discovery found = changes.discover(d, opts);
            DiscoveryService decisions = new DiscoveryService(ws);
            java.util.Set<String> dismissed = decisions.dismissed(d.meta().language());
            List<Candidate> shown = found.candidates().stream().filter(c -> !dismissed.contains(c.text())).limit(limit).toList();
            if (dismiss != null && !dismiss.isEmpty()) {
                for (int n : dismiss) {
                    if (n < 1 || n > shown.size()) throw new UserError("--dismiss " + n + ": there are " + shown.size() + " candidates");
                }
                for (int n : dismiss) {
                    decisions.dismiss(d, shown.get(n - 1).text());
                    spec.commandLine().getOut().println("dismissed " + shown.get(n - 1).text());
                }
                return 0;
            }
            if (add != null && !add.isEmpty()) {
                for (int n : add) {
                    if (n < 1 || n > shown.size()) throw new UserError("--add " + n + ": there are " + shown.size() + " candidates");
                    Concept c = decisions.accept(d, shown.get(n - 1), themes);
                    spec.commandLine().getOut().println("added " + c.id() + " (" + c.label() + ") to " + ws.userGlossaryFile());
                }
                return 0;
            }
            Table t = new Table("#", "candidate", "flag", "count", "per 10k", "past count", "past docs", "past per 10k", "entropy L/R", "score", "context");
            int i = 1;
            for (Candidate c : shown) {
                Context x = c.contexts().isEmpty() ? null : c.contexts().get(0);
                t.row(i++, c.text(), c.flag().name().toLowerCase(), c.count(), c.rate(), c.pastCount(), c.pastDocuments(), c.pastRate(),
                        String.format("%.2f/%.2f", c.leftEntropy(), c.rightEntropy()), c.score(),
                        x == null ? null : x.left() + "【" + x.match() + "】" + x.right());
            }
            t.note("Against " + found.pastDocuments() + " earlier official " + d.meta().language().code() + " documents. debut: never before; "
                    + "spike: rate ≥ " + o.spikeFactor() + "× its recent average; return: absent from the last " + o.returnAfter() + "+ documents.");
            t.note("Add to your glossary: tifa discover " + d.key() + " --add 1,3 --theme technology; leave out for good: --dismiss 2"
                    + (dismissed.isEmpty() ? "" : " (" + dismissed.size() + " dismissed before, not listed)") + ".");
            TableRenderer.render(t, format.format(), spec.commandLine().getOut());
        }
        return 0;
    }
}
