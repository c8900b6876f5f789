package dev.tifa.app;

import dev.tifa.analysis.ConceptCount;
import dev.tifa.analysis.Context;
import dev.tifa.analysis.Counter;
import dev.tifa.analysis.DocumentCounts;
import dev.tifa.analysis.Kwic;
import dev.tifa.analysis.Rates;
import dev.tifa.analysis.Trend;
import dev.tifa.analysis.TrendPoint;
import dev.tifa.glossary.Glossary;
import dev.tifa.model.Concept;
import dev.tifa.model.Document;
import dev.tifa.model.DocumentInfo;
import dev.tifa.model.Kind;
import dev.tifa.model.Hit;
import dev.tifa.store.DocumentFilter;
import dev.tifa.store.TallyTable;
import dev.tifa.text.match.FormulationMatcher;
import dev.tifa.text.match.MatchOptions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts, contexts and trends of formulations over stored documents: what {@code tifa count}, {@code kwic} and
 * {@code trend} print and the web pages draw. The asked concepts are matched together with the whole glossary,
 * so that an occurrence inside a longer glossary formulation is reported as nested.
 */
public final class FormulationService {
    private static final String NOT_COUNTED = "these terms are not counted in them (glossary concepts are, from the job's tallies)";

    private final Workspace workspace;
    private final boolean withTitle;
    private final dev.tifa.analysis.Cancellation cancellation; // asked before each text (a web request whose client has gone)

    public FormulationService(Workspace workspace) {
        this(workspace, false);
    }

    /** {@code withTitle}: count each document's title with its body ({@link WithTitle}). */
    public FormulationService(Workspace workspace, boolean withTitle) {
        this(workspace, withTitle, dev.tifa.analysis.Cancellation.NEVER);
    }

    private FormulationService(Workspace workspace, boolean withTitle, dev.tifa.analysis.Cancellation cancellation) {
        this.workspace = workspace;
        this.withTitle = withTitle;
        this.cancellation = cancellation;
    }

    /** This service, its walks over the texts stopping (with {@code Cancelled}) when {@code cancellation} says so. */
    public FormulationService stoppedBy(dev.tifa.analysis.Cancellation cancellation) {
        return new FormulationService(workspace, withTitle, cancellation);
    }

    /**
     * Counts of {@code concepts} (all glossary concepts when empty) in the selected documents. Glossary concepts with
     * default options are read from the stored tallies; other terms are matched in the phrase index's candidates
     * only; no other text is read. A selection holding news items lists only the documents with a mention.
     */
    public CountTable count(List<Concept> concepts, DocumentFilter filter, MatchOptions options) {
        return count(concepts, filter, options, holdsNews(filter));
    }

    private CountTable count(List<Concept> concepts, DocumentFilter filter, MatchOptions options, boolean mentionsOnly) {
        Glossary g = workspace.glossary();
        List<Concept> asked = concepts.isEmpty() ? g.concepts() : concepts;
        if (withTitle) return scanAll(asked, filter, options); // titles are in neither the tallies nor the index
        Map<Long, Map<String, ConceptCount>> counted = new HashMap<>();
        Map<Long, List<Hit>> hits = new HashMap<>();
        GlossaryTallies tallies = workspace.tallies();
        boolean fromTallies = asked.stream().allMatch(c -> tallies.answers(c, options));
        Map<Long, Map<String, int[]>> sums = new HashMap<>(); // document → concept → total, standalone
        Map<Long, Map<String, Map<String, Integer>>> forms = new HashMap<>();
        if (fromTallies) {
            for (TallyTable.FormRow r : tallies.table().forms(asked.stream().map(Concept::id).toList(), filter)) {
                int[] s = sums.computeIfAbsent(r.documentId(), k -> new LinkedHashMap<>()).computeIfAbsent(r.conceptId(), k -> new int[2]);
                s[0] += r.total();
                s[1] += r.standalone();
                forms.computeIfAbsent(r.documentId(), k -> new HashMap<>()).computeIfAbsent(r.conceptId(), k -> new TreeMap<>())
                        .merge(r.form(), r.total(), Integer::sum);
            }
        } else {
            Counter counter = new Counter(matcher(asked, options));
            forEachCandidate(asked, filter, options, d -> {
                DocumentCounts c = only(counter.count(d), asked);
                if (c.counts().isEmpty()) return;
                counted.put(d.id(), c.counts());
                hits.put(d.id(), c.hits());
            });
        }
        java.util.Set<Long> mentioned = fromTallies ? sums.keySet() : counted.keySet();
        List<DocumentInfo> listed = mentionsOnly ? workspace.store().infos(filter, mentioned) : workspace.store().infos(filter);
        // documents counted on the cluster have the job's tallies, never texts: a count made by matching leaves them
        // out (a note says so) rather than showing a zero nobody counted
        ExternalTexts external = new ExternalTexts(workspace);
        Map<DocumentInfo, String> outside = fromTallies ? Map.of() : external.in(filter);
        if (!outside.isEmpty()) {
            java.util.Set<Long> elsewhere = new java.util.HashSet<>();
            outside.keySet().forEach(d -> elsewhere.add(d.id()));
            listed = listed.stream().filter(d -> !elsewhere.contains(d.id())).toList();
        }
        List<DocumentCounts> rows = new ArrayList<>(listed.size());
        for (DocumentInfo d : listed) {
            Map<String, ConceptCount> counts = counted.get(d.id());
            if (fromTallies) {
                counts = new LinkedHashMap<>();
                for (var e : sums.getOrDefault(d.id(), Map.of()).entrySet()) {
                    int[] s = e.getValue();
                    counts.put(e.getKey(), new ConceptCount(e.getKey(), s[0], s[1], Map.copyOf(forms.get(d.id()).get(e.getKey())),
                            Rates.per10k(s[0], d.size())));
                }
            }
            rows.add(new DocumentCounts(unread(d), d.size(), counts == null ? Map.of() : counts, hits.getOrDefault(d.id(), List.of())));
        }
        int selected = mentionsOnly ? workspace.store().count(filter) - outside.size() : listed.size();
        return new CountTable(asked, rows, options, selected, mentionsOnly,
                notCounted(external, outside));
    }

    /** Counts by matching every selected text (with titles: neither the tallies nor the index know them). */
    private CountTable scanAll(List<Concept> asked, DocumentFilter filter, MatchOptions options) {
        List<Document> docs = documents(filter);
        Counter counter = new Counter(matcher(asked, options));
        List<DocumentCounts> counts = new ArrayList<>(docs.size());
        for (Document d : docs) {
            cancellation.check();
            counts.add(only(counter.count(d), asked));
        }
        ExternalTexts external = new ExternalTexts(workspace);
        return new CountTable(asked, counts, options, counts.size(), false, notCounted(external, external.in(filter)));
    }

    /** For a count made by matching texts: the documents counted on the cluster (no text here) it leaves out. */
    private static List<String> notCounted(ExternalTexts external, Map<DocumentInfo, String> outside) {
        return outside.isEmpty() ? List.of() : List.of(external.notCounted(outside, NOT_COUNTED));
    }

    /** True when the selection holds news items (possibly beside other documents). */
    public boolean holdsNews(DocumentFilter filter) {
        if (!filter.kinds().isEmpty() && !filter.kinds().contains(Kind.NEWS)) return false;
        return workspace.store().count(filter.withKinds(List.of(Kind.NEWS))) > 0;
    }

    /** A document of a count table: its metadata, its text not read. */
    private static Document unread(DocumentInfo d) {
        return new Document(d.id(), d.key(), d.meta(), "", "", "", null);
    }

    /** True when the stored tallies answer for every asked concept (glossary concepts, default matching). */
    boolean answeredByTallies(List<Concept> asked, MatchOptions options) {
        GlossaryTallies tallies = workspace.tallies();
        return asked.stream().allMatch(c -> tallies.answers(c, options));
    }

    /**
     * What to tell a reader of passages or of a text-scanned count over this selection: documents counted on the
     * cluster whose texts (hence passages) are not in the store, with where they are; null when there are none.
     */
    public String textsElsewhere(List<Concept> concepts, DocumentFilter filter, MatchOptions options, boolean passages) {
        if (!passages && !withTitle && answeredByTallies(concepts, options)) return null;
        ExternalTexts external = new ExternalTexts(workspace);
        return external.notCounted(external.in(filter), passages
                ? "their passages cannot be shown here (the places the job recorded are listed)" : NOT_COUNTED);
    }

    /** Every occurrence of {@code concept} in the selected documents, in context. */
    public List<Context> contexts(Concept concept, DocumentFilter filter, MatchOptions options, int window, int limit) {
        FormulationMatcher m = matcher(List.of(concept), options);
        Kwic kwic = new Kwic(window);
        List<Context> out = new ArrayList<>();
        try {
            forEachCandidate(List.of(concept), filter, options, d -> {
                List<Hit> hits = m.match(d.clean()).stream().filter(h -> h.conceptId().equals(concept.id())).toList();
                if (hits.isEmpty()) return;
                out.addAll(kwic.contexts(d, hits));
                if (limit > 0 && out.size() >= limit) throw new Enough();
            });
        } catch (Enough e) {
            return new ArrayList<>(out.subList(0, limit));
        }
        return out;
    }

    /** How many times {@code concept} occurs in the selection: from the tallies where they answer, else by matching the candidates. */
    public int occurrences(Concept concept, DocumentFilter filter, MatchOptions options) {
        GlossaryTallies tallies = workspace.tallies();
        if (!withTitle && tallies.answers(concept, options)) { // titles are not in the tallies
            return tallies.table().byDocument(List.of(concept.id()), filter).stream().mapToInt(TallyTable.DocumentTally::total).sum();
        }
        FormulationMatcher m = matcher(List.of(concept), options);
        int[] n = {0};
        forEachCandidate(List.of(concept), filter, options,
                d -> n[0] += (int) m.match(d.clean()).stream().filter(h -> h.conceptId().equals(concept.id())).count());
        return n[0];
    }

    /** {@code concept} across the selected documents in date order. */
    public List<TrendPoint> trend(Concept concept, DocumentFilter filter, MatchOptions options) {
        CountTable t = count(List.of(concept), filter, options, false); // a trend has a point for every document
        return Trend.of(concept.id(), t.documents());
    }

    /**
     * Each selected document that can hold a hit of the concepts, with its text, one at a time, in date order: the
     * phrase index narrows the selection to the documents that may hold one of their forms. Documents left out
     * hold none, so counting the candidates gives the numbers of a full scan.
     */
    public void forEachCandidate(List<Concept> concepts, DocumentFilter filter, MatchOptions options, java.util.function.Consumer<Document> given) {
        java.util.function.Consumer<Document> action = d -> {
            cancellation.check();
            given.accept(d);
        };
        if (withTitle) { // tallies and the index hold bodies only: a title may hold what the body lacks
            workspace.store().forEachDocument(filter, d -> action.accept(WithTitle.of(d)));
            return;
        }
        GlossaryTallies tallies = workspace.tallies();
        java.util.Set<Long> ids;
        if (concepts.stream().allMatch(c -> tallies.answers(c, options))) {
            ids = new java.util.HashSet<>();
            for (var t : tallies.table().byDocument(concepts.stream().map(Concept::id).toList(), filter)) ids.add(t.documentId());
        } else {
            ids = workspace.phraseCandidates().of(concepts, options);
        }
        if (ids == null) workspace.store().forEachDocument(filter, action);
        else workspace.store().forEachDocument(filter, ids, action);
    }

    /** Ends a walk over the candidates once enough passages are found. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super("enough", null, false, false);
        }
    }

    public List<Document> documents(DocumentFilter filter) {
        List<Document> docs = workspace.store().documents(filter);
        return withTitle ? docs.stream().map(WithTitle::of).toList() : docs;
    }

    /** A matcher for the asked concepts plus the glossary, for nesting. */
    FormulationMatcher matcher(List<Concept> asked, MatchOptions options) {
        return workspace.matcher(asked, options); // compiled once per glossary, asked concepts and options
    }

    private static DocumentCounts only(DocumentCounts c, List<Concept> asked) {
        var ids = asked.stream().map(Concept::id).collect(java.util.stream.Collectors.toSet());
        Map<String, dev.tifa.analysis.ConceptCount> kept = new LinkedHashMap<>();
        c.counts().forEach((id, v) -> {
            if (ids.contains(id)) kept.put(id, v);
        });
        List<Hit> hits = c.hits().stream().filter(h -> ids.contains(h.conceptId())).toList();
        return new DocumentCounts(c.document(), c.size(), kept, hits);
    }
}
