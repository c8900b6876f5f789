package dev.tifa.cli;

import dev.tifa.analysis.Context;
import dev.tifa.analysis.claims.CountBasis;
import dev.tifa.app.Workspace;
import dev.tifa.commentary.ClaimService;
import dev.tifa.commentary.ClaimService.ClaimCheck;
import dev.tifa.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {"Find a commentary's claims about wording (\"mentioned 'security' 23 times\", \"安全一词出现了23次\") and check "
                + "each against the official text: CONFIRMED, OFF (with the way of counting that gives the claimed number), "
                + "NOT_FOUND (with the nearest glossary concept) or UNCHECKABLE.",
                "The text checked is the official text of the commentary's event that its word names (communiqué, Decision …), "
                        + "in the commentary's language; --against names texts instead."})
public final class ClaimsCommand implements Callable<Integer> {
    @Mixin DataOption data;
    @Mixin FormatOption format;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DOC", description = "The commentary (or preview).")
    String doc;

    @Option(names = "--against", split = ",", paramLabel = "DOC", description = "Official texts to check against (default: the event's).")
    List<String> against = new ArrayList<>();

    @Option(names = "--lang", description = "Check against the official text in this language (default: the commentary's).")
    String language;

    @Option(names = "--evidence", defaultValue = "3", paramLabel = "N", description = "Passages shown per claim (default: ${DEFAULT-VALUE}).")
    @Range(min = 0, max = 1000, unit = "passages")
    int evidence;

    @Option(names = "--with-title", description = "Count the official text's title with its body (as press word counts usually do).")
    boolean withTitle;

    @Override
    public Integer call() {
        try (Workspace ws = data.open()) {
            ClaimService.ClaimReport r = new ClaimService(ws, withTitle).check(doc, against, language == null ? null : Language.parse(language));
            PrintWriter out = spec.commandLine().getOut();
            Table t = new Table("#", "phrase", "claimed", "year", "verdict", "counted", "standalone", "literal", "off by", "text", "why");
            int i = 0;
            for (ClaimCheck c : r.checks()) {
                i++;
                var j = c.judgement();
                t.row(i, c.claim().phrase(), c.claim().numberText(), c.claim().year(), j.verdict().name(), j.counted(),
                        c.conceptCount() == null ? null : c.conceptCount().standalone(), c.literalCount(),
                        j.verdict() == dev.tifa.analysis.claims.Verdict.OFF ? j.difference() : null,
                        c.target() == null ? null : c.target().key(), why(c));
            }
            var s = r.summary();
            t.note(r.checks().size() + " claims in " + r.commentary().key() + ": " + s.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase().replace('_', ' ')).collect(Collectors.joining(", "))
                    + (r.event() == null ? "" : ". Event: " + r.event().event().key()) + ".");
            t.note("counted = the concept (all glossary forms, plurals folded, nested occurrences included); literal = the phrase as written. off by = counted − claimed.");
            t.note(dev.tifa.app.WithTitle.describe(withTitle));
            if (format.format() != OutputFormat.table) {
                TableRenderer.render(t, format.format(), out);
                return 0;
            }
            TableRenderer.render(t, format.format(), out);
            i = 0;
            for (ClaimCheck c : r.checks()) {
                i++;
                out.println();
                out.println("[" + i + "] " + c.verdict() + "  " + c.claim().label() + (c.concept().isAdHoc() ? "" : "  → concept " + c.concept().id()));
                out.println("    \u201C" + c.claim().sentence() + "\u201D");
                for (String reason : c.judgement().reasons()) out.println("    reason: " + reason);
                if (c.suggestion() != null) out.println("    " + c.suggestion());
                String counts = c.counts().stream().map(b -> label(b) + " " + b.count()).collect(Collectors.joining("; "));
                if (!counts.isEmpty()) out.println("    counts: " + counts);
                for (Context x : c.evidence().stream().limit(Math.max(0, evidence)).toList()) {
                    out.println("    " + x.documentKey() + " @" + x.start() + ": …" + x.left().replace('\n', ' ') + "【" + x.match() + "】"
                            + x.right().replace('\n', ' ') + "…" + (x.nestedIn() == null ? "" : " (in " + x.nestedIn() + ")"));
                }
            }
            out.flush();
        }
        return 0;
    }

    private static String why(ClaimCheck c) {
        if (!c.judgement().reasons().isEmpty()) return c.judgement().reasons().get(0);
        return c.suggestion();
    }

    private static String label(CountBasis b) {
        return switch (b.way()) {
            case CONCEPT -> b.label() + " in " + b.documentKey();
            case OTHER_TRANSLATION, OTHER_LANGUAGE -> b.label();
            default -> b.label();
        };
    }
}
