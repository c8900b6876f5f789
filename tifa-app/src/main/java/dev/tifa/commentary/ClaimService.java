package dev.tifa.commentary;

import dev.tifa.analysis.ConceptCount;
import dev.tifa.analysis.Context;
import dev.tifa.analysis.claims.Claim;
import dev.tifa.analysis.claims.ClaimFinder;
import dev.tifa.analysis.claims.ClaimJudge;
import dev.tifa.analysis.claims.ClaimJudgement;
import dev.tifa.analysis.claims.CountBasis;
import dev.tifa.analysis.claims.CountBasis.Way;
import dev.tifa.analysis.claims.NamedText;
import dev.tifa.analysis.claims.NearestConcept;
import dev.tifa.analysis.claims.Verdict;
import dev.tifa.analysis.claims.VerbatimCount;
import dev.tifa.app.TermResolver;
import dev.tifa.app.Workspace;
import dev.tifa.glossary.Glossary;
import dev.tifa.model.Concept;
import dev.tifa.model.Document;
import dev.tifa.model.Language;
import dev.tifa.text.match.MatchOptions;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the quantitative claims a commentary makes about wording and checks each against the official text: the
 * session the claim names (十八届三中全会公报 is the 2013 communiqué, whatever the event), else the event's text that
 * its word ("the communiqué", "the Decision") names, in the commentary's language, or the texts given with
 * {@code --against}. A claim that names no text is tried on each official text of the event. Besides the concept, the
 * checker counts its broader and narrower concepts and says where the occurrences stand (by compound).
 */
public final class ClaimService {
    private static final int EVIDENCE = 5;

    private final Workspace workspace;
    private final EventService events;
    private final boolean withTitle;

    public ClaimService(Workspace workspace) {
        this(workspace, false);
    }

    /** {@code withTitle}: official texts are counted with their titles ({@link dev.tifa.app.WithTitle}). */
    public ClaimService(Workspace workspace, boolean withTitle) {
        this.workspace = workspace;
        this.events = new EventService(workspace);
        this.withTitle = withTitle;
    }

    private List<Document> titled(List<Document> docs) {
        return withTitle ? docs.stream().map(dev.tifa.app.WithTitle::of).toList() : docs;
    }

    /**
     * One claim checked.
     *
     * @param claim      the claim as found
     * @param judgement  verdict, the count it rests on, the difference and the computed reasons
     * @param target     the text counted, or null when none could be found
     * @param concept    what the phrase was counted as: a glossary concept (all its forms), or the phrase itself
     * @param conceptCount the concept's counts in the target (total, standalone, by form), or null
     * @param literalCount the phrase itself, counted literally (case and hyphen folded), or null
     * @param counts     every way of counting tried, with its number (other translations and the other language included)
     * @param evidence   the passages counted in the target
     * @param suggestion for NOT_FOUND: the nearest glossary concept and its forms, else null
     */
    public record ClaimCheck(Claim claim, ClaimJudgement judgement, Document target, Concept concept, ConceptCount conceptCount,
                             Integer literalCount, List<CountBasis> counts, List<Context> evidence, String suggestion) {
        public Verdict verdict() {
            return judgement.verdict();
        }
    }

    /** All claims of one commentary, checked. {@code event} is null when checked against given documents. */
    public record ClaimReport(Document commentary, EventView event, List<ClaimCheck> checks) {
        public Map<Verdict, Integer> summary() {
            Map<Verdict, Integer> m = new EnumMap<>(Verdict.class);
            for (Verdict v : Verdict.values()) m.put(v, 0);
            checks.forEach(c -> m.merge(c.verdict(), 1, Integer::sum));
            return m;
        }
    }

    /**
     * @param commentaryKey the commentary (or preview)
     * @param against       documents to check against instead of the event's official texts; empty for the event's
     * @param language      the language of the official text to check against; null for the commentary's own
     */
    public ClaimReport check(String commentaryKey, List<String> against, Language language) {
        Document commentary = workspace.store().document(commentaryKey)
                .orElseThrow(() -> new IllegalArgumentException("no document '" + commentaryKey + "' (see `tifa docs` for keys)"));
        EventView event = null;
        List<Document> officials;
        if (against != null && !against.isEmpty()) {
            officials = against.stream().map(k -> workspace.store().document(k)
                    .orElseThrow(() -> new IllegalArgumentException("no document '" + k + "' (see `tifa docs` for keys)"))).toList();
        } else {
            List<EventView> evs = events.eventsOf(commentary);
            event = evs.isEmpty() ? null : evs.get(0);
            officials = event == null ? List.of() : event.documents(Role.OFFICIAL);
        }
        return check(commentary, event, officials, language, new Counting(workspace.glossary()));
    }

    /**
     * The claims of every commentary of an event (in the event's order), each checked against that event's official
     * texts in the commentary's language, even where the commentary also belongs to other events.
     */
    public List<ClaimReport> checkEvent(String eventKey) {
        EventView event = events.show(eventKey);
        Counting counting = new Counting(workspace.glossary());
        List<ClaimReport> out = new ArrayList<>();
        for (Document d : event.documents(Role.COMMENTARY)) out.add(check(d, event, event.documents(Role.OFFICIAL), null, counting));
        return out;
    }

    private ClaimReport check(Document commentary, EventView event, List<Document> officials, Language language, Counting counting) {
        Glossary g = workspace.glossary();
        List<Claim> claims = finder(g).find(commentary.clean(), commentary.meta().language());
        Language lang = language != null ? language : commentary.meta().language();
        List<ClaimCheck> checks = new ArrayList<>();
        for (Claim c : claims) checks.add(check(c, officials, lang, event, counting, g));
        return new ClaimReport(commentary, event, checks);
    }

    public static ClaimFinder finder(Glossary g) {
        List<String> forms = new ArrayList<>();
        g.concepts().forEach(c -> {
            forms.addAll(c.zh());
            forms.addAll(c.en());
        });
        return new ClaimFinder(forms);
    }

    private ClaimCheck check(Claim claim, List<Document> officials, Language lang, EventView event, Counting counting, Glossary g) {
        Concept concept = new TermResolver(g).resolve(claim.phrase(), false);
        // the text the claim names (十八届三中全会公报) wins over the event the commentary belongs to
        Optional<NamedText> named = NamedText.in(wordsBefore(claim));
        List<Document> pool = titled(named.map(events::textsOf).orElse(officials));
        String noText = null;
        Optional<Document> chosen = EventService.officialText(pool, lang, claim.referent());
        if (chosen.isEmpty() && named.isPresent()) {
            noText = "the claim names " + named.get().describe() + ", and no official text of it in " + lang.code() + " is stored";
        } else if (chosen.isEmpty() && !pool.isEmpty() && pool.stream().noneMatch(d -> d.meta().language() == lang)) {
            noText = "no official text in " + lang.code() + (event == null ? " among the documents given" : " in event " + event.event().key());
        } else if (chosen.isEmpty()) {
            noText = event == null && pool.isEmpty()
                    ? "the commentary belongs to no event (tifa event add EVENT DOC) and no --against was given"
                    : "no official text in event " + event.event().key();
        }
        Document target = chosen.orElse(null);
        if (named.isEmpty() && target != null && claim.year() != null && target.meta().year() != null && !claim.year().equals(target.meta().year())) {
            Optional<Document> earlier = events.ofYear(target, claim.year());
            if (earlier.isEmpty()) {
                noText = "no stored official text of " + claim.year() + " in series " + target.meta().series() + " (" + lang.code() + ")";
                target = null;
            } else {
                target = titled(List.of(earlier.get())).get(0);
                pool = List.of(target);
            }
        }
        if (target == null) {
            return new ClaimCheck(claim, ClaimJudge.judge(claim, null, List.of(), noText), null, concept, null, null, List.of(), List.of(), null);
        }
        // a claim that names no text is tried on each official text of the event; the one that bears it out is counted
        List<Document> otherTexts = named.isPresent() || names(claim.referent()) ? List.of() : EventService.otherTexts(pool, target);
        if (!claim.vague() && !claim.operator().accepts(counting.count(target, concept, MatchOptions.defaults()).total(), claim.number())) {
            for (Document o : otherTexts) {
                if (claim.operator().accepts(counting.count(o, concept, MatchOptions.defaults()).total(), claim.number())) {
                    Document was = target;
                    target = o;
                    otherTexts = new ArrayList<>(otherTexts);
                    otherTexts.set(otherTexts.indexOf(o), was);
                    break;
                }
            }
        }
        List<Document> translations = EventService.otherTranslations(pool, target, claim.referent());
        ConceptCount cc = counting.count(target, concept, MatchOptions.defaults());
        List<CountBasis> counts = new ArrayList<>();
        counts.add(new CountBasis(Way.CONCEPT, (concept.isAdHoc() ? "the phrase" : "concept " + concept.id())
                + byCompound(counting, target, concept), target.key(), cc.total()));
        counts.add(new CountBasis(Way.STANDALONE, "standalone only", target.key(), cc.standalone()));
        int noPlurals = counting.count(target, concept, MatchOptions.exact()).total();
        counts.add(new CountBasis(Way.NO_PLURALS, "without plural folding", target.key(), noPlurals));
        Integer literal = null;
        Concept lit = Counting.literal(claim.phrase());
        if (!concept.isAdHoc()) {
            literal = counting.count(target, lit, MatchOptions.defaults()).total();
            counts.add(new CountBasis(Way.LITERAL, "the phrase as written", target.key(), literal));
        }
        int verbatim = VerbatimCount.of(target.clean(), claim.phrase());
        counts.add(new CountBasis(Way.VERBATIM, "exact spelling", target.key(), verbatim));
        for (Document t : translations) {
            String label = t.key() + (t.meta().attributes().containsKey("translation") ? " (translation " + t.meta().attributes().get("translation") + ")" : "");
            counts.add(new CountBasis(Way.OTHER_TRANSLATION, label, t.key(), counting.count(t, concept, MatchOptions.defaults()).total()));
        }
        for (Document o : otherTexts) {
            counts.add(new CountBasis(Way.OTHER_TEXT, o.key() + " (" + o.meta().title() + ")", o.key(), counting.count(o, concept, MatchOptions.defaults()).total()));
        }
        if (!concept.isAdHoc()) {
            Document counted = target;
            // broader and narrower concepts that occur at all (a ladder of zeros explains nothing)
            for (Concept b : broaderChain(g, concept)) {
                int n = counting.count(counted, b, MatchOptions.defaults()).total();
                if (n > 0) counts.add(new CountBasis(Way.BROADER, name(b, counted) + byCompound(counting, counted, b), counted.key(), n));
            }
            for (Concept x : g.allNarrower(concept.id())) {
                int n = counting.count(counted, x, MatchOptions.defaults()).total();
                if (n > 0) counts.add(new CountBasis(Way.NARROWER, name(x, counted) + byCompound(counting, counted, x), counted.key(), n));
            }
            Language other = target.meta().language() == Language.ZH ? Language.EN : Language.ZH;
            EventService.officialText(pool, other, claim.referent()).ifPresent(o ->
                    counts.add(new CountBasis(Way.OTHER_LANGUAGE, o.key() + " (" + other.code() + ")", o.key(), counting.count(o, concept, MatchOptions.defaults()).total())));
        }
        ClaimJudgement j = ClaimJudge.judge(claim, cc.total(), counts.subList(1, counts.size()), null);
        String suggestion = null;
        if (j.verdict() == Verdict.NOT_FOUND) suggestion = suggest(claim.phrase(), target, counting, g);
        return new ClaimCheck(claim, j, target, concept, cc, literal, List.copyOf(counts), counting.contexts(target, concept, EVIDENCE), suggestion);
    }

    /** The words of the claim's sentence before its number: where it names the text it counted. */
    private static String wordsBefore(Claim claim) {
        int cut = Math.max(0, Math.min(claim.sentence().length(), claim.start() - claim.sentenceStart()));
        return claim.sentence().substring(0, cut);
    }

    /** True when the claim's word names one kind of text ("the communiqué"), not just "the document". */
    private static boolean names(String referent) {
        return referent != null && !referent.equals("document");
    }

    /** Broader concepts, nearest first, up to the top of the ladder (对外开放 → 开放). */
    private static List<Concept> broaderChain(Glossary g, Concept c) {
        List<Concept> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>(List.of(c.id()));
        java.util.ArrayDeque<Concept> todo = new java.util.ArrayDeque<>(g.broader(c.id()));
        while (!todo.isEmpty()) {
            Concept b = todo.poll();
            if (!seen.add(b.id())) continue;
            out.add(b);
            todo.addAll(g.broader(b.id()));
        }
        return out;
    }

    private static String name(Concept c, Document in) {
        List<String> forms = c.forms(in.meta().language());
        return c.id() + " (" + (forms.isEmpty() ? c.label() : String.join(" | ", forms)) + ")";
    }

    /** Where a concept's occurrences stand: " [20 standalone + 16 in 全面深化改革 + …]", or "" when all stand alone. */
    private static String byCompound(Counting counting, Document d, Concept c) {
        Map<String, Integer> by = new java.util.LinkedHashMap<>();
        int standalone = 0;
        for (var h : counting.hits(d, c, MatchOptions.defaults())) {
            if (h.standalone()) standalone++;
            else by.merge(h.nestedIn(), 1, Integer::sum);
        }
        if (by.isEmpty()) return "";
        StringBuilder b = new StringBuilder(" [" + standalone + " standalone");
        by.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> b.append(" + ").append(e.getValue()).append(" in ").append(e.getKey()));
        return b.append(']').toString();
    }

    private static String suggest(String phrase, Document target, Counting counting, Glossary g) {
        return NearestConcept.of(g, phrase).map(s -> {
            Concept c = s.concept();
            List<String> forms = c.forms(target.meta().language());
            int n = counting.count(target, c, MatchOptions.defaults()).total();
            return "nearest glossary concept: " + c.id() + " (" + String.join(" | ", forms.isEmpty() ? c.zh() : forms) + "), "
                    + n + " in " + target.key();
        }).orElse(null);
    }
}
