package dev.tifa.app;

import dev.tifa.analysis.ConceptCount;
import dev.tifa.analysis.Context;
import dev.tifa.analysis.DocumentCounts;
import dev.tifa.analysis.Kwic;
import dev.tifa.analysis.Rates;
import dev.tifa.analysis.Trend;
import dev.tifa.analysis.TrendPoint;
import dev.tifa.analysis.pattern.PatternHit;
import dev.tifa.analysis.pattern.QueryPattern;
import dev.tifa.analysis.pattern.SlotFill;
import dev.tifa.analysis.pattern.SlotGroups;
import dev.tifa.model.Document;
import dev.tifa.model.Hit;
import dev.tifa.store.DocumentFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pattern queries over stored documents: counts per document, what fills the slots, passages and trends, for
 * {@code count --pattern}, {@code kwic --pattern}, {@code trend --pattern} and the web.
 */
public final class PatternService {
    private final Workspace workspace;
    private final int maxCounted;
    private final dev.tifa.analysis.Cancellation cancellation; // asked before each text (a web request whose client has gone)

    public PatternService(Workspace workspace) {
        this(workspace, MAX_COUNTED);
    }

    PatternService(Workspace workspace, int maxCounted) {
        this(workspace, maxCounted, dev.tifa.analysis.Cancellation.NEVER);
    }

    private PatternService(Workspace workspace, int maxCounted, dev.tifa.analysis.Cancellation cancellation) {
        this.workspace = workspace;
        this.maxCounted = maxCounted;
        this.cancellation = cancellation;
    }

    /** This service, its walks over the texts stopping (with {@code Cancelled}) when {@code cancellation} says so. */
    public PatternService stoppedBy(dev.tifa.analysis.Cancellation cancellation) {
        return new PatternService(workspace, maxCounted, cancellation);
    }

    /** One document's matches. */
    public record DocumentMatches(DocumentCounts counts, List<PatternHit> hits) {
    }

    /**
     * The result of a pattern over a selection.
     *
     * @param documents per document (all selected documents, with zero counts too)
     * @param fills     slot fillers, most frequent first (one row with no fillers when the pattern has no slots)
     */
    public record PatternTable(QueryPattern pattern, List<DocumentMatches> documents, List<SlotFill> fills) {
        public int total() {
            return documents.stream().mapToInt(d -> d.hits().size()).sum();
        }

        public List<DocumentCounts> counts() {
            return documents.stream().map(DocumentMatches::counts).toList();
        }
    }

    /**
     * Patterns are counted by matching every selected text (the index narrows passages, not counts), and a count keeps
     * each document's result: beyond this many documents that outgrows a server's memory, so the selection must be
     * narrowed (a series, a date range) instead.
     */
    public static final int MAX_COUNTED = 50_000;

    private void requireCountable(DocumentFilter filter) {
        int n = workspace.store().count(filter);
        if (n > maxCounted) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "patterns are counted text by text: "
                    + "%,d documents are selected, at most %,d can be; narrow the selection (series, kind, --from/--to)", n, maxCounted));
        }
    }

    public PatternTable count(QueryPattern pattern, DocumentFilter filter) {
        requireCountable(filter);
        List<DocumentMatches> docs = new ArrayList<>();
        SlotGroups groups = new SlotGroups();
        workspace.store().forEachDocument(filter, d -> { // one text in memory at a time
            cancellation.check();
            List<PatternHit> hits = pattern.match(d.clean());
            groups.add(d.key(), hits);
            docs.add(new DocumentMatches(counts(d, pattern.label(), hits), hits));
        });
        return new PatternTable(pattern, docs, groups.fills());
    }

    /** The pattern's counts as a concept's, so that trends and charts take them like any term's. */
    private static DocumentCounts counts(Document d, String id, List<PatternHit> hits) {
        return tally(d, id, hits.stream().map(h -> h.asHit(id)).toList());
    }

    private static DocumentCounts tally(Document d, String id, List<Hit> hits) {
        int size = d.size();
        int standalone = (int) hits.stream().filter(Hit::standalone).count();
        ConceptCount c = new ConceptCount(id, hits.size(), standalone, Map.of(), Rates.per10k(hits.size(), size));
        return new DocumentCounts(d, size, hits.isEmpty() ? Map.of() : Map.of(id, c), hits);
    }

    public List<TrendPoint> trend(QueryPattern pattern, DocumentFilter filter) {
        return Trend.of(pattern.label(), count(pattern, filter).counts());
    }

    /**
     * One query of several drawn together: its counts in every document (date order) and, for a pattern, what
     * filled its slots.
     */
    public record QueryCounts(Query query, List<DocumentCounts> documents, List<SlotFill> fills) {
    }

    /** Several terms or patterns over one selection, for one chart. */
    public List<QueryCounts> counts(List<Query> queries, DocumentFilter filter) {
        requireCountable(filter);
        List<Document> docs = new ArrayList<>(workspace.store().documents(filter));
        docs.sort(Trend.CHRONOLOGICAL);
        List<QueryCounts> out = new ArrayList<>();
        for (Query q : queries) {
            SlotGroups groups = new SlotGroups();
            List<DocumentCounts> counts = new ArrayList<>();
            for (Document d : docs) {
                cancellation.check();
                if (q.pattern() != null) {
                    List<PatternHit> hits = q.pattern().match(d.clean());
                    groups.add(d.key(), hits);
                    counts.add(counts(d, q.label(), hits));
                } else {
                    counts.add(tally(d, q.label(), q.hits(d)));
                }
            }
            out.add(new QueryCounts(q, counts, groups.fills()));
        }
        return out;
    }

    /** Passages of any query (term or pattern), in document order. */
    public List<Context> contexts(Query query, DocumentFilter filter, int window, int limit) {
        Kwic kwic = new Kwic(window);
        List<Context> out = new ArrayList<>();
        for (Document d : workspace.store().documents(filter)) {
            cancellation.check();
            List<Hit> hits = query.hits(d);
            if (hits.isEmpty()) continue;
            out.addAll(kwic.contexts(d, limit > 0 ? hits.subList(0, Math.min(hits.size(), limit - out.size())) : hits));
            if (limit > 0 && out.size() >= limit) return out;
        }
        return out;
    }

    /** A passage of a pattern match, with what filled its slots. */
    public record PatternContext(Context context, Map<String, String> slots) {
    }

    public List<PatternContext> contexts(QueryPattern pattern, DocumentFilter filter, int window, int limit) {
        Kwic kwic = new Kwic(window);
        List<PatternContext> out = new ArrayList<>();
        try {
            forEachCandidate(pattern, filter, d -> {
                cancellation.check();
                List<PatternHit> hits = pattern.match(d.clean());
                if (hits.isEmpty()) return;
                List<Context> cs = kwic.contexts(d, hits.stream().map(h -> h.asHit(pattern.label())).toList());
                for (int i = 0; i < hits.size(); i++) {
                    out.add(new PatternContext(cs.get(i), hits.get(i).slots()));
                    if (limit > 0 && out.size() >= limit) throw new Enough();
                }
            });
        } catch (Enough e) {
            // the page is full: the texts after it are never read
        }
        return out;
    }

    /**
     * The selected documents that can hold a match, in date order, one text at a time: a pattern's Chinese literal
     * text (坚持 and 不动摇 of 坚持…不动摇) must stand in every match, so the phrase index narrows to the documents
     * holding all of it; the pattern still decides every match. Without such text, every selected document.
     */
    private void forEachCandidate(QueryPattern pattern, DocumentFilter filter, java.util.function.Consumer<Document> action) {
        java.util.Set<Long> ids = null;
        for (String text : pattern.requiredText()) {
            if (text.length() < 2 || !text.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                continue; // English literals may match inside longer words, which the phrase index does not promise
            }
            java.util.Set<Long> holding = workspace.phraseCandidates().of(List.of(dev.tifa.model.Concept.adHoc(text)),
                    dev.tifa.text.match.MatchOptions.defaults());
            if (holding == null) continue;
            if (ids == null) ids = new java.util.HashSet<>(holding);
            else ids.retainAll(holding);
        }
        if (ids == null) workspace.store().forEachDocument(filter, action);
        else workspace.store().forEachDocument(filter, ids, action);
    }

    /** Ends a walk over the documents once a page of passages is full. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super("enough", null, false, false);
        }
    }
}
