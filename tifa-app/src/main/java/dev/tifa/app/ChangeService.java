package dev.tifa.app;

import dev.tifa.analysis.compare.CompareOptions;
import dev.tifa.analysis.compare.Comparer;
import dev.tifa.analysis.compare.Comparison;
import dev.tifa.analysis.diff.DiffOptions;
import dev.tifa.analysis.diff.Differ;
import dev.tifa.analysis.diff.DocumentDiff;
import dev.tifa.analysis.discover.DiscoverOptions;
import dev.tifa.analysis.discover.Discoverer;
import dev.tifa.analysis.discover.Discovery;
import dev.tifa.analysis.firsts.FirstAppearance;
import dev.tifa.analysis.firsts.Firsts;
import dev.tifa.model.Concept;
import dev.tifa.model.Document;
import dev.tifa.model.DocumentInfo;
import dev.tifa.model.Kind;
import dev.tifa.store.DocumentFilter;
import dev.tifa.text.match.MatchOptions;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** What changed between documents: compare, diff, firsts and discover over stored documents, for the CLI and the web. */
public final class ChangeService {
    private final Workspace workspace;

    public ChangeService(Workspace workspace) {
        this.workspace = workspace;
    }

    public Document document(String keyOrId) {
        return workspace.store().document(keyOrId).orElseThrow(() -> new NoSuchElementException(new ExternalTexts(workspace).missing(keyOrId,
                "no document '" + keyOrId + "' in " + workspace.dataDir() + " (see `tifa docs` for keys)")));
    }

    /** The document before {@code doc} in its series: see {@link SeriesNeighbours#predecessor}. */
    public Optional<Document> predecessor(Document doc) {
        return new SeriesNeighbours(workspace).predecessor(doc);
    }

    public Comparison compare(Document a, Document b, CompareOptions options) {
        return compare(a, b, options, dev.tifa.analysis.Cancellation.NEVER);
    }

    /** The comparison, stopping when {@code cancellation} says so (a web request whose client has gone). */
    public Comparison compare(Document a, Document b, CompareOptions options, dev.tifa.analysis.Cancellation cancellation) {
        return new Comparer(workspace.glossary(), options).stoppedBy(cancellation).compare(a, b);
    }

    public DocumentDiff diff(Document a, Document b) {
        return diff(a, b, DiffOptions.defaults());
    }

    public DocumentDiff diff(Document a, Document b, DiffOptions options) {
        return diff(a, b, options, dev.tifa.analysis.Cancellation.NEVER);
    }

    /** The diff, stopping when {@code cancellation} says so (a web request whose client has gone). */
    public DocumentDiff diff(Document a, Document b, DiffOptions options, dev.tifa.analysis.Cancellation cancellation) {
        return new Differ(options).stoppedBy(cancellation).diff(a, b);
    }

    /**
     * First and last appearances to the day. Glossary concepts with default matching are read from the stored
     * tallies (no text is read); other terms are matched text by text, one document in memory at a time.
     */
    public List<FirstAppearance> firsts(List<Concept> concepts, DocumentFilter filter, MatchOptions match) {
        List<Concept> asked = concepts.isEmpty() ? workspace.glossary().concepts() : concepts;
        java.util.Map<Long, java.util.Set<String>> present = new java.util.HashMap<>();
        GlossaryTallies tallies = workspace.tallies();
        if (asked.stream().allMatch(c -> tallies.answers(c, match))) {
            for (var t : tallies.table().byDocument(asked.stream().map(Concept::id).toList(), filter)) {
                if (t.total() > 0) present.computeIfAbsent(t.documentId(), k -> new java.util.HashSet<>()).add(t.conceptId());
            }
        } else {
            var matcher = dev.tifa.text.match.FormulationMatcher.compile(asked, match);
            new FormulationService(workspace).forEachCandidate(asked, filter, match, d -> {
                for (var h : matcher.match(d.clean())) present.computeIfAbsent(d.id(), k -> new java.util.HashSet<>()).add(h.conceptId());
            });
        }
        Selection s = selection(filter, present.keySet());
        List<java.util.Set<String>> sets = s.listed().stream().map(d -> present.getOrDefault(d.id(), java.util.Set.of())).toList();
        return new Firsts(match, 1).of(asked, s.listed(), sets, s.unlistedNews());
    }

    /** The documents firsts must see, and how many news items per language hold none of the concepts (not listed). */
    private record Selection(List<DocumentInfo> listed, java.util.Map<dev.tifa.model.Language, Integer> unlistedNews) {
    }

    /**
     * Every selected document except news items without a mention: those make no first, last or gap, and at a
     * gigabyte of news reading their metadata would cost more than the rest of the answer.
     */
    private Selection selection(DocumentFilter filter, java.util.Set<Long> mentioned) {
        var store = workspace.store();
        if (!new FormulationService(workspace).holdsNews(filter)) return new Selection(store.infos(filter), java.util.Map.of());
        List<Kind> others = (filter.kinds().isEmpty() ? List.of(Kind.values()) : filter.kinds()).stream().filter(k -> k != Kind.NEWS).toList();
        DocumentFilter news = filter.withKinds(List.of(Kind.NEWS));
        List<DocumentInfo> listed = new java.util.ArrayList<>(store.infos(news, mentioned));
        java.util.Map<dev.tifa.model.Language, Integer> unlisted = new java.util.HashMap<>(store.countByLanguage(news));
        listed.forEach(d -> unlisted.merge(d.meta().language(), -1, Integer::sum));
        if (!others.isEmpty()) listed.addAll(store.infos(filter.withKinds(others)));
        listed.sort(DocumentInfo.CHRONOLOGICAL);
        return new Selection(listed, unlisted);
    }

    /** Candidates in {@code doc} against the official documents of its language dated before it. */
    public Discovery discover(Document doc, DiscoverOptions options) {
        var m = doc.meta();
        List<Document> past = workspace.store().documents(new DocumentFilter(null, null, List.of(Kind.OFFICIAL), m.language(), null, null, null))
                .stream().filter(d -> d.meta().sortDate() != null && m.sortDate() != null && d.meta().sortDate().isBefore(m.sortDate()))
                .toList();
        return new Discoverer(workspace.glossary(), options).discover(doc, past);
    }
}
