package dev.tifa.app;

import dev.tifa.analysis.discover.Candidate;
import dev.tifa.analysis.discover.DiscoverOptions;
import dev.tifa.analysis.discover.Discoverer;
import dev.tifa.analysis.discover.Discovery;
import dev.tifa.model.Concept;
import dev.tifa.model.Document;
import dev.tifa.model.Theme;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Discovered candidate formulations and the analyst's decisions about them: accepting one adds it to the user
 * glossary (as {@code discover --add} does) and is remembered; dismissing one is remembered, so that it is not
 * offered as news again. For {@code tifa discover} and the web's discovery page.
 */
public final class DiscoveryService {
    private final Workspace workspace;
    private final DecisionStore decisions;

    public DiscoveryService(Workspace workspace) {
        this.workspace = workspace;
        this.decisions = new DecisionStore(workspace.database());
    }

    /** A candidate with the decision taken about it, or null. */
    public record Row(Candidate candidate, DecisionStore.Decision decision) {
    }

    public record Result(Document document, Discovery discovery, List<Row> rows) {
    }

    public Result candidates(Document doc, DiscoverOptions options) {
        Discovery found = new ChangeService(workspace).discover(doc, options);
        Map<String, DecisionStore.Decision> known = decisions.all(doc.meta().language());
        List<Row> rows = found.candidates().stream().map(c -> new Row(c, known.get(c.text()))).toList();
        return new Result(doc, found, rows);
    }

    /** Adds candidate {@code text} of {@code doc} to the user glossary with {@code themes}, and remembers it. */
    public Concept accept(Document doc, Candidate candidate, List<String> themes) {
        Set<String> known = workspace.glossary().themes().stream().map(Theme::id).collect(Collectors.toSet());
        for (String t : themes) {
            if (!known.contains(t)) throw new IllegalArgumentException("unknown theme '" + t + "'; themes: " + String.join(", ", known.stream().sorted().toList()));
        }
        Concept c = Discoverer.toConcept(candidate, themes, "added by tifa discover from " + doc.key());
        new UserGlossary(workspace).add(c);
        decisions.save(new DecisionStore.Decision(doc.meta().language(), candidate.text(), "accepted", c.id(), themes, doc.key(), null));
        return c;
    }

    /** The candidate texts dismissed so far in {@code language}. */
    public Set<String> dismissed(dev.tifa.model.Language language) {
        return decisions.all(language).values().stream().filter(d -> !d.accepted()).map(DecisionStore.Decision::candidate)
                .collect(Collectors.toSet());
    }

    public void dismiss(Document doc, String text) {
        decisions.save(new DecisionStore.Decision(doc.meta().language(), text, "dismissed", null, List.of(), doc.key(), null));
    }

    /** The candidate {@code text} among {@code doc}'s, so that only what was offered can be accepted. */
    public Candidate find(Document doc, DiscoverOptions options, String text) {
        return new ChangeService(workspace).discover(doc, options).candidates().stream().filter(c -> c.text().equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not a candidate of " + doc.key()));
    }
}
