package dev.tifa.app;

import dev.tifa.analysis.ConceptCount;
import dev.tifa.analysis.Context;
import dev.tifa.analysis.DocumentCounts;
import dev.tifa.analysis.Kwic;
import dev.tifa.analysis.Rates;
import dev.tifa.analysis.pattern.PatternHit;
import dev.tifa.analysis.pattern.QueryPattern;
import dev.tifa.analysis.pattern.SlotFill;
import dev.tifa.analysis.pattern.SlotGroups;
import dev.tifa.model.Document;
import dev.tifa.model.DocumentInfo;
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
    private final int maxTabled;
    private final dev.tifa.analysis.Cancellation cancellation; // asked before each text (a web request whose client has gone)

    public PatternService(Workspace workspace) {
        this(workspace, MAX_COUNTED);
    }

    PatternService(Workspace workspace, int maxCounted) {
        this(workspace, maxCounted, MAX_TABLED);
    }

    PatternService(Workspace workspace, int maxCounted, int maxTabled) {
        this(workspace, maxCounted, maxTabled, dev.tifa.analysis.Cancellation.NEVER);
    }

    private PatternService(Workspace workspace, int maxCounted, int maxTabled, dev.tifa.analysis.Cancellation cancellation) {
        this.workspace = workspace;
        this.maxCounted = maxCounted;
        this.maxTabled = maxTabled;
        this.cancellation = cancellation;
    }

    /** This service, its walks over the texts stopping (with {@code Cancelled}) when {@code cancellation} says so. */
    public PatternService stoppedBy(dev.tifa.analysis.Cancellation cancellation) {
        return new PatternService(workspace, maxCounted, maxTabled, cancellation);
    }

    /** One document's count of the pattern (its matches are not kept: their fillings are in the table's groups). */
    public record DocumentMatches(DocumentCounts counts, int matches) {
    }

    /**
     * The result of a pattern over a selection.
     *
     * @param documents    per document, in date order: every selected document (zeros too), or for a selection
     *                     holding news items only those with a match (as {@link CountTable#mentionsOnly()})
     * @param fills        slot fillers, most frequent first (one row with no fillers when the pattern has no slots)
     * @param selected     how many documents the selection holds
     * @param mentionsOnly true when only the documents with a match are listed
     */
    public record PatternTable(QueryPattern pattern, List<DocumentMatches> documents, List<SlotFill> fills, int selected,
                               boolean mentionsOnly) {
        public PatternTable(QueryPattern pattern, List<DocumentMatches> documents, List<SlotFill> fills) {
            this(pattern, documents, fills, documents.size(), false);
        }

        public long total() {
            return documents.stream().mapToLong(DocumentMatches::matches).sum();
        }

        /** Documents with at least one match. */
        public long present() {
            return documents.stream().filter(d -> d.matches() > 0).count();
        }

        public List<DocumentCounts> counts() {
            return documents.stream().map(DocumentMatches::counts).toList();
        }
    }

    /**
     * A pattern with no literal Chinese text for the phrase index to narrow by must be matched in every selected
     * text: beyond this many documents that takes minutes (every text read and matched), so the selection must be
     * narrowed instead. A pattern with such text is matched only in the documents holding it, at any scale.
     */
    public static final int MAX_COUNTED = 50_000;

    /**
     * At most this many entries in the slot groups of one count table (a filling and a document it stands in, about
     * 150 bytes each): matches are counted, not kept, so the table grows with the different fillings per document.
     * Beyond it the table is refused with a way out; the total and the trend of a pattern count any number.
     */
    public static final int MAX_TABLED = 3_000_000;

    private void requireCountable(QueryPattern pattern, DocumentFilter filter) {
        int n = workspace.store().count(filter);
        if (n > maxCounted) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "%s has no Chinese text of two or more "
                    + "characters that every match must contain, so every text would be read: %,d documents are selected, "
                    + "at most %,d can be; narrow the selection (series, kind, --from/--to) or put literal text in the "
                    + "pattern (e.g. 加快{X} rather than {X})", pattern.label(), n, maxCounted));
        }
    }

    /**
     * The pattern in every selected document. Only the documents the phrase index proposes are read (the others
     * cannot hold the pattern's literal text, so their count is exactly 0), in batches, matched on every core; the
     * pattern decides every match.
     */
    public PatternTable count(QueryPattern pattern, DocumentFilter filter) {
        java.util.Set<Long> ids = candidates(pattern);
        if (ids == null) requireCountable(pattern, filter);
        boolean mentionsOnly = new FormulationService(workspace).holdsNews(filter);
        java.util.Map<Long, DocumentMatches> found = new java.util.LinkedHashMap<>(); // in date order, as scanned
        SlotGroups groups = new SlotGroups();
        new PatternScan(workspace.store()).run(pattern, filter, ids, m -> {
            cancellation.check();
            groups.add(m.document().key(), m.hits());
            if (groups.entries() > maxTabled) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "%s has more than %,d different "
                        + "fillings by document in the selection, too many for one table; narrow the selection (series, kind, "
                        + "--from/--to) or make the pattern more specific (its trend and the total under its passages count any "
                        + "number)", pattern.label(), maxTabled));
            }
            found.put(m.document().id(), new DocumentMatches(tally(m.document(), m.size(), pattern.label(), m.hits().size()), m.hits().size()));
        });
        // documents counted on a cluster have no text here: left out, as by a scan of the texts, not shown as zeros
        java.util.Set<Long> elsewhere = new java.util.HashSet<>();
        new ExternalTexts(workspace).in(filter).keySet().forEach(d -> elsewhere.add(d.id()));
        if (mentionsOnly) { // the scan has the metadata of every document listed, in date order
            return new PatternTable(pattern, List.copyOf(found.values()), groups.fills(),
                    workspace.store().count(filter) - elsewhere.size(), true);
        }
        List<DocumentInfo> listed = workspace.store().infos(filter);
        List<DocumentMatches> rows = new ArrayList<>(listed.size());
        for (DocumentInfo d : listed) {
            if (elsewhere.contains(d.id())) continue;
            DocumentMatches m = found.get(d.id());
            rows.add(m != null ? m : new DocumentMatches(new DocumentCounts(unread(d), d.size(), Map.of(), List.of()), 0));
        }
        return new PatternTable(pattern, rows, groups.fills(), rows.size(), false);
    }

    /** How many matches the pattern has in the selection (the "of N" under a first page), without keeping them. */
    public long total(QueryPattern pattern, DocumentFilter filter) {
        java.util.Set<Long> ids = candidates(pattern);
        if (ids == null) requireCountable(pattern, filter);
        long[] total = {0};
        new PatternScan(workspace.store()).run(pattern, filter, ids, m -> {
            cancellation.check();
            total[0] += m.hits().size();
        });
        return total[0];
    }

    private static Document unread(DocumentInfo d) {
        return new Document(d.id(), d.key(), d.meta(), "", "", "", null);
    }

    /**
     * A document's count of a pattern as a concept's, so that trends and charts take it like any term's. Its matches
     * are kept once, in {@link DocumentMatches#hits()}, not again as hits here: a count over the archive holds many.
     * A pattern's match is never inside a glossary form, so all of them stand alone.
     */
    private static DocumentCounts tally(Document d, int size, String id, int matches) {
        ConceptCount c = new ConceptCount(id, matches, matches, Map.of(), Rates.per10k(matches, size));
        return new DocumentCounts(d, size, matches == 0 ? Map.of() : Map.of(id, c), List.of());
    }

    /**
     * A point per period: the matches summed by day, then by period, over the sizes of all selected documents of
     * the day (as a term's trend by period), for news where a point per item says nothing.
     */
    public List<dev.tifa.analysis.time.PeriodPoint> trend(QueryPattern pattern, DocumentFilter filter, dev.tifa.analysis.time.Period by) {
        java.util.Set<Long> ids = candidates(pattern);
        if (ids == null) requireCountable(pattern, filter);
        java.util.Map<String, int[]> sums = new java.util.LinkedHashMap<>(); // day|language → total, standalone, items, lead
        java.util.Map<String, dev.tifa.analysis.time.DayCount> days = new java.util.HashMap<>();
        new PatternScan(workspace.store()).run(pattern, filter, ids, m -> {
            cancellation.check();
            java.time.LocalDate day = m.document().meta().sortDate();
            if (day == null) return;
            String k = day + "|" + m.document().meta().language();
            days.putIfAbsent(k, new dev.tifa.analysis.time.DayCount(day, m.document().meta().language(), pattern.label(), 0, 0, 0, 0));
            int[] s = sums.computeIfAbsent(k, x -> new int[4]);
            s[0] += m.hits().size();
            s[1] += m.hits().size(); // a pattern's match is never inside a glossary form: all stand alone
            s[2]++;
            Integer num = DocumentInfo.runningOrder(m.document().meta());
            if (num != null && num == 1) s[3] += m.hits().size();
        });
        List<dev.tifa.analysis.time.DayCount> counts = new ArrayList<>();
        sums.forEach((k, s) -> {
            var d = days.get(k);
            counts.add(new dev.tifa.analysis.time.DayCount(d.day(), d.language(), d.conceptId(), s[0], s[1], s[2], s[3]));
        });
        return dev.tifa.analysis.time.PeriodTrend.of(List.of(pattern.label()), by, counts, workspace.tallies().table().sizesByDay(filter));
    }

    /**
     * One query of several drawn together: its counts in every document (date order) and, for a pattern, what
     * filled its slots.
     */
    public record QueryCounts(Query query, List<DocumentCounts> documents, List<SlotFill> fills) {
    }

    /**
     * Several terms or patterns over one selection, for one chart: a pattern as {@link #count}, a term from the
     * tallies or the index (as {@code tifa count}), so that no text is read that cannot hold it.
     */
    public List<QueryCounts> counts(List<Query> queries, DocumentFilter filter) {
        List<QueryCounts> out = new ArrayList<>();
        for (Query q : queries) {
            if (q.pattern() != null) {
                PatternTable t = count(q.pattern(), filter);
                out.add(new QueryCounts(q, relabel(t.counts(), q.pattern().label(), q.label()), t.fills()));
            } else {
                CountTable t = new FormulationService(workspace).stoppedBy(cancellation).count(List.of(q.concept()), filter, q.options());
                out.add(new QueryCounts(q, relabel(t.documents(), q.concept().id(), q.label()), List.of()));
            }
        }
        return out;
    }

    /** Counts kept under {@code label}, the name the chart draws them by. */
    private static List<DocumentCounts> relabel(List<DocumentCounts> rows, String id, String label) {
        List<DocumentCounts> out = new ArrayList<>(rows.size());
        for (DocumentCounts d : rows) {
            ConceptCount c = d.counts().get(id);
            List<Hit> hits = d.hits().stream().filter(h -> h.conceptId().equals(id)).toList();
            Map<String, ConceptCount> counts = c == null || c.total() == 0 ? Map.of()
                    : Map.of(label, new ConceptCount(label, c.total(), c.standalone(), c.byForm(), c.rate()));
            out.add(new DocumentCounts(d.document(), d.size(), counts, hits));
        }
        return out;
    }

    /**
     * Passages of any query (term or pattern), in date order, the first {@code limit} (0: all): a pattern's from its
     * candidates ({@link #contexts(QueryPattern, DocumentFilter, int, int)}), a term's as {@code tifa kwic}'s.
     */
    public List<Context> contexts(Query query, DocumentFilter filter, int window, int limit) {
        if (query.pattern() != null) return contexts(query.pattern(), filter, window, limit).stream().map(PatternContext::context).toList();
        return new FormulationService(workspace).stoppedBy(cancellation).contexts(query.concept(), filter, query.options(), window, limit);
    }

    /** A passage of a pattern match, with what filled its slots. */
    public record PatternContext(Context context, Map<String, String> slots) {
    }

    /**
     * The first {@code limit} passages (0: all) in date order, then text order: the candidates are read in that order
     * and the walk stops once the page is full, so a first page costs the texts before it, not the whole selection.
     */
    public List<PatternContext> contexts(QueryPattern pattern, DocumentFilter filter, int window, int limit) {
        return contexts(workspace.store(), candidates(pattern), pattern, filter, window, limit, cancellation);
    }

    static List<PatternContext> contexts(dev.tifa.store.Store store, java.util.Set<Long> candidates, QueryPattern pattern,
                                         DocumentFilter filter, int window, int limit) {
        return contexts(store, candidates, pattern, filter, window, limit, dev.tifa.analysis.Cancellation.NEVER);
    }

    private static List<PatternContext> contexts(dev.tifa.store.Store store, java.util.Set<Long> candidates, QueryPattern pattern,
                                                 DocumentFilter filter, int window, int limit, dev.tifa.analysis.Cancellation cancellation) {
        Kwic kwic = new Kwic(window);
        List<PatternContext> out = new ArrayList<>();
        java.util.function.Consumer<Document> page = d -> {
            cancellation.check();
            List<PatternHit> hits = pattern.match(d.clean());
            if (hits.isEmpty()) return;
            List<Context> cs = kwic.contexts(d, hits.stream().map(h -> h.asHit(pattern.label())).toList());
            for (int i = 0; i < hits.size(); i++) {
                out.add(new PatternContext(cs.get(i), hits.get(i).slots()));
                if (limit > 0 && out.size() >= limit) throw new Enough();
            }
        };
        try {
            if (candidates == null) store.forEachDocument(filter, page);
            else store.forEachCandidate(filter, candidates, page);
        } catch (Enough e) {
            // the page is full: the texts after it are never read
        }
        return out;
    }

    /**
     * The documents that can hold a match: a pattern's Chinese literal text (坚持 and 不动摇 of 坚持…不动摇) must
     * stand in every match, so the phrase index narrows to the documents holding all of it; the pattern still decides
     * every match. Null (every document) for a pattern without such text.
     */
    java.util.Set<Long> candidates(QueryPattern pattern) {
        List<List<dev.tifa.model.Concept>> literals = new ArrayList<>();
        for (String text : pattern.requiredText()) {
            if (text.length() < 2 || !text.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                continue; // English literals may match inside longer words, which the phrase index does not promise
            }
            literals.add(List.of(dev.tifa.model.Concept.adHoc(text)));
        }
        if (literals.isEmpty()) return null;
        // the intersection is made in the index: a common word (坚持) costs nothing beyond the documents holding all
        return workspace.phraseCandidates().ofAll(literals, dev.tifa.text.match.MatchOptions.defaults());
    }

    /** Ends a walk over the documents once a page of passages is full. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super("enough", null, false, false);
        }
    }
}
