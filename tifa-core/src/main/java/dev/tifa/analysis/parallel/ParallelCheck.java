package dev.tifa.analysis.parallel;

import dev.tifa.glossary.Glossary;
import dev.tifa.model.Concept;
import dev.tifa.model.Hit;
import dev.tifa.model.Language;
import dev.tifa.text.match.FormulationMatcher;
import dev.tifa.text.match.MatchOptions;
import dev.tifa.text.segment.ChineseSegmenter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks every concept of a glossary on both sides of the same aligned pairs, with the matcher that counts documents.
 * The pair is the unit: a concept is counted on both sides of every pair, so a pair the aligner dropped is missing on
 * both sides alike and never looks like a disagreement.
 *
 * <p>Verdicts (docs/parallel.md has the same rules for users):
 * <ol>
 *   <li><b>agrees</b>: |zh − en| ≤ max(1, 10% of the larger count).</li>
 *   <li>Otherwise the side with fewer hits lacks some. Pairs where the concept moved one pair over (a surplus on one
 *       side next to the opposite surplus in the adjacent pair of the same edition) are set aside as aligner shifts.
 *       The remaining pairs where the fuller side has more hits are the target; {@link Renderings} looks in the lacking
 *       side's sentences of the target for a phrase that stands in at least {@value #RECURRING_SHARE_PERCENT}% of them
 *       (and at least {@value #RECURRING_MIN_PAIRS}) and is significantly rarer elsewhere (G² ≥ {@value #MIN_G2}, p ≤ 0.01).</li>
 *   <li>Such a recurring phrase: <b>English forms missing</b> (English lacks) or <b>Chinese forms missing</b> (Chinese lacks),
 *       with the phrase as evidence — unless the phrase is a form of a concept above or below this one through
 *       {@code broader} links: then <b>renders a broader/narrower concept</b> (English "opening up" for bare 开放, the
 *       broader concept of 对外开放), which no added form should flatten. None: <b>translator's variance</b> — the renderings are scattered, or the
 *       translator left the concept out.</li>
 * </ol>
 *
 * <p><b>The family rule.</b> In a pair where one side has fewer hits of a concept, hits of a concept linked to it by
 * {@code broader} links stand in for the missing ones (at most the pair's shortfall): a hit of a narrower concept that
 * overlaps none of the concept's own hits (a mention of 对外开放, "opening up", is a mention of the broader 开放), and a
 * surplus of a broader concept on that side over the other side of the same pair (bare 开放 rendered "opening up":
 * the translator named the member where the original names the family). The raw counts stay as counted; a concept
 * whose counts agree only with these stand-ins gets the verdict <b>agrees through a broader/narrower concept</b>.
 *
 * <p><b>The nesting rule.</b> In a pair where one side has more hits of a concept, a hit there that lies in the wording
 * of another concept's hit (inside it, or running into it) is set aside when the other side names that concept too
 * with no hit of this one in its wording: "leadership of the Party" in "leadership of the Party Central Committee",
 * whose 党中央 does not contain 党的领导. Never more than the pair's surplus; concepts linked by broader links are left
 * to the family rule. A concept whose counts agree only without these hits gets the verdict <b>agrees once one
 * language's nesting is set aside</b>. Counting documents is not changed: a nested hit is still an occurrence.
 *
 * <p><b>Shared renderings</b> ({@link SharedRenderings}): a form the glossary says two concepts share is read as the
 * concept the other side of its pair names, after the nesting rule and before the family rule; verdict <b>agrees once
 * shared renderings are read by their pair</b>. <b>Partial pairs</b> ({@link PartialPairs}), which the aligner damaged,
 * are left out of every count before anything else.
 */
public final class ParallelCheck {
    /** A concept enters the agreement figure with at least this many hits on one side. */
    public static final int MIN_HITS = 3;
    static final int RECURRING_SHARE_PERCENT = 40;
    /** Fewest pairs a phrase must recur in to call forms missing: two pairs sharing some words prove little. */
    static final int RECURRING_MIN_PAIRS = 3;
    static final double MIN_G2 = 6.63;

    private final Glossary glossary;
    private final FormulationMatcher matcher;
    private final ChineseSegmenter segmenter;
    private final SharedRenderings shared;
    /** Per concept: every concept below it, and every concept above it, through broader links. */
    private final Map<String, List<String>> below = new HashMap<>();
    private final Map<String, List<String>> above = new HashMap<>();

    public ParallelCheck(Glossary glossary, MatchOptions options) {
        this.glossary = glossary;
        this.matcher = FormulationMatcher.compile(glossary.concepts(), options);
        this.segmenter = ChineseSegmenter.forGlossary(glossary);
        this.shared = new SharedRenderings(glossary);
        for (Concept c : glossary.concepts()) {
            List<String> narrower = glossary.allNarrower(c.id()).stream().map(Concept::id).toList();
            below.put(c.id(), narrower);
            for (String n : narrower) above.computeIfAbsent(n, k -> new ArrayList<>()).add(c.id());
        }
    }

    /** Within 10% of the larger count, or ±1. */
    public static boolean agree(int zh, int en) {
        return Math.abs(zh - en) <= Math.max(1, 0.10 * Math.max(zh, en));
    }

    /** The check over {@code pairs}, partial pairs ({@link PartialPairs}) left out. */
    public ParallelReport check(List<AlignedPair> pairs) {
        return check(pairs, false);
    }

    /**
     * The check over {@code all} pairs: pairs the aligner damaged ({@link PartialPairs}) are left out of every count,
     * on both sides, unless {@code keepPartial}; the report lists them.
     */
    public ParallelReport check(List<AlignedPair> all, boolean keepPartial) {
        List<AlignedPair> partial = keepPartial ? List.of() : PartialPairs.of(all);
        java.util.Set<String> leftOut = new java.util.HashSet<>();
        partial.forEach(p -> leftOut.add(p.id()));
        List<AlignedPair> pairs = all.stream().filter(p -> !leftOut.contains(p.id())).toList();
        Map<String, List<PairHits>> byConcept = new LinkedHashMap<>();
        Map<String, int[]> linked = new HashMap<>();
        for (AlignedPair p : pairs) {
            Map<String, List<Hit>> zh = FormulationMatcher.byConcept(matcher.match(p.zh()));
            Map<String, List<Hit>> en = FormulationMatcher.byConcept(matcher.match(p.en()));
            SharedRenderings.Reading zhRead = shared.read(zh, en);
            SharedRenderings.Reading enRead = shared.read(en, zh);
            for (Concept c : glossary.concepts()) {
                List<Hit> z = zh.getOrDefault(c.id(), List.of());
                List<Hit> e = en.getOrDefault(c.id(), List.of());
                if (z.isEmpty() && e.isEmpty()) continue;
                List<Hit> zMoved = zhRead.moved(c.id());
                List<Hit> eMoved = enRead.moved(c.id());
                PairHits h = new PairHits(p, z, e,
                        !c.en().isEmpty() ? insideOtherWording(c.id(), zh, en, zMoved) : List.of(),
                        !c.zh().isEmpty() ? insideOtherWording(c.id(), en, zh, eMoved) : List.of(),
                        zMoved, eMoved, zhRead.gained(c.id()), enRead.gained(c.id()));
                byConcept.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(h);
                int[] l = linked.computeIfAbsent(c.id(), k -> new int[2]);
                if (h.surplus() < 0) l[0] += standIns(c.id(), zh, en, -h.surplus());
                if (h.surplus() > 0) l[1] += standIns(c.id(), en, zh, h.surplus());
            }
        }
        Renderings renderings = renderings(pairs);
        List<ConceptAgreement> out = new ArrayList<>();
        byConcept.forEach((id, hits) -> out.add(agreement(id, hits, renderings, linked.get(id))));
        return new ParallelReport(pairs, out, byConcept, partial);
    }

    /**
     * The nesting rule: hits of {@code id} on {@code side} of one pair that lie in the wording of another concept's hit
     * there (inside it, or running into it) when the {@code other} side names that concept too, with no hit of {@code id}
     * in its wording: one language's form of the other concept happens to contain this one ("leadership of the Party"
     * in "leadership of the Party Central Committee", where 党中央 does not contain 党的领导), so the hit is no mention of
     * this concept in this pair. Never more than the pair's surplus of {@code id} on {@code side}; concepts linked by
     * broader links are the family rule's business, not this one's.
     */
    private List<Hit> insideOtherWording(String id, Map<String, List<Hit>> side, Map<String, List<Hit>> other, List<Hit> moved) {
        List<Hit> own = side.getOrDefault(id, List.of());
        List<Hit> otherOwn = other.getOrDefault(id, List.of());
        int surplus = own.size() - moved.size() - otherOwn.size();
        if (surplus <= 0) return List.of();
        List<Hit> aside = new ArrayList<>();
        for (Hit h : own) {
            if (aside.size() == surplus) break;
            if (moved.contains(h)) continue;
            boolean inside = side.entrySet().stream()
                    .filter(y -> !y.getKey().equals(id) && !related(id, y.getKey()))
                    .filter(y -> y.getValue().stream().anyMatch(g -> overlap(g, h) && (g.start() < h.start() || g.end() > h.end())))
                    .map(y -> other.getOrDefault(y.getKey(), List.of()))
                    .anyMatch(ys -> !ys.isEmpty() && ys.stream().noneMatch(g -> otherOwn.stream().anyMatch(x -> overlap(x, g))));
            if (inside) aside.add(h);
        }
        return aside;
    }

    private static boolean overlap(Hit a, Hit b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    /**
     * Hits on the {@code lacking} side of one pair that stand in for {@code shortfall} missing hits of {@code id}: hits
     * of narrower concepts overlapping none of its own (nor each other), and broader concepts' surplus over the other side.
     */
    private int standIns(String id, Map<String, List<Hit>> lacking, Map<String, List<Hit>> fuller, int shortfall) {
        List<Hit> taken = new ArrayList<>(lacking.getOrDefault(id, List.of()));
        int n = 0;
        for (String narrower : below.getOrDefault(id, List.of())) {
            for (Hit h : lacking.getOrDefault(narrower, List.of())) {
                if (taken.stream().noneMatch(t -> t.start() < h.end() && h.start() < t.end())) {
                    taken.add(h);
                    n++;
                }
            }
        }
        for (String broader : above.getOrDefault(id, List.of())) {
            n += Math.max(0, lacking.getOrDefault(broader, List.of()).size() - fuller.getOrDefault(broader, List.of()).size());
        }
        return Math.min(shortfall, n);
    }

    private ConceptAgreement agreement(String id, List<PairHits> hits, Renderings renderings, int[] linked) {
        int zh = hits.stream().mapToInt(h -> h.zh().size()).sum();
        int en = hits.stream().mapToInt(h -> h.en().size()).sum();
        int zhAside = hits.stream().mapToInt(h -> h.zhAside().size()).sum();
        int enAside = hits.stream().mapToInt(h -> h.enAside().size()).sum();
        int zhShared = hits.stream().mapToInt(h -> h.zhGained() - h.zhMoved().size()).sum();
        int enShared = hits.stream().mapToInt(h -> h.enGained() - h.enMoved().size()).sum();
        int both = (int) hits.stream().filter(h -> !h.zh().isEmpty() && !h.en().isEmpty()).count();
        List<OneSided> oneSided = oneSided(hits);
        Concept c = glossary.concept(id).orElseThrow();
        boolean bilingual = !c.zh().isEmpty() && !c.en().isEmpty();
        // the rules in their order: raw counts, the nesting rule, shared renderings, the family rule
        ParallelVerdict agreeing = agree(zh, en) ? ParallelVerdict.AGREES
                : zhAside + enAside > 0 && agree(zh - zhAside, en - enAside) ? ParallelVerdict.AGREES_WITHOUT_NESTING
                : (zhShared != 0 || enShared != 0) && agree(zh - zhAside + zhShared, en - enAside + enShared)
                ? ParallelVerdict.AGREES_READING_SHARED
                : agree(zh - zhAside + zhShared + linked[0], en - enAside + enShared + linked[1]) ? ParallelVerdict.AGREES_THROUGH_LINKED
                : null;
        if (agreeing != null) {
            // the columns show what the agreement needed, so that they add up to it
            boolean aside = agreeing != ParallelVerdict.AGREES;
            boolean read = agreeing == ParallelVerdict.AGREES_READING_SHARED || agreeing == ParallelVerdict.AGREES_THROUGH_LINKED;
            boolean stand = agreeing == ParallelVerdict.AGREES_THROUGH_LINKED;
            return new ConceptAgreement(id, bilingual, zh, en, both, oneSided, agreeing, Optional.empty(),
                    stand ? linked[0] : 0, stand ? linked[1] : 0, aside ? zhAside : 0, aside ? enAside : 0,
                    read ? zhShared : 0, read ? enShared : 0);
        }
        Language lacking = zh - zhAside + zhShared > en - enAside + enShared ? Language.EN : Language.ZH;
        List<Suggestion> top = suggest(id, lacking, oneSided, renderings, 1);
        Optional<Suggestion> evidence = top.stream().findFirst();
        boolean recurring = evidence.filter(ParallelCheck::recurring).isPresent();
        ParallelVerdict verdict = !recurring ? ParallelVerdict.TRANSLATOR_VARIANCE
                : related(id, evidence.get().formOf()) ? ParallelVerdict.RELATED_CONCEPT
                : lacking == Language.EN ? ParallelVerdict.ENGLISH_FORMS_MISSING : ParallelVerdict.CHINESE_FORMS_MISSING;
        return new ConceptAgreement(id, bilingual, zh, en, both, oneSided, verdict, evidence, linked[0], linked[1],
                zhAside, enAside, zhShared, enShared);
    }

    /**
     * Renderings of concept {@code id} for the {@code lacking} side, best first, from the report's unshifted pairs where
     * only the other side has the concept.
     */
    public List<Suggestion> suggestions(ParallelReport report, String id, Language lacking, int limit) {
        return report.concept(id)
                .map(a -> suggest(id, lacking, a.oneSided(), renderings(report.pairs()), limit))
                .orElse(List.of());
    }

    /** True when {@code other} is above or below {@code id} through broader links. */
    private boolean related(String id, String other) {
        if (other == null) return false;
        return glossary.allNarrower(id).stream().anyMatch(c -> c.id().equals(other))
                || glossary.allNarrower(other).stream().anyMatch(c -> c.id().equals(id));
    }

    private Renderings renderings(List<AlignedPair> pairs) {
        return new Renderings(pairs, text -> matcher.match(text).stream().map(h -> text.substring(h.start(), h.end())).toList(),
                segmenter);
    }

    static boolean recurring(Suggestion s) {
        return s.inTarget() >= Math.max(RECURRING_MIN_PAIRS, Math.ceil(s.targetSize() * RECURRING_SHARE_PERCENT / 100.0))
                && s.g2() >= MIN_G2;
    }

    /**
     * Phrases that may render concept {@code id} on the {@code lacking} side, from the unshifted pairs where only the
     * other side has it.
     */
    List<Suggestion> suggest(String id, Language lacking, List<OneSided> oneSided, Renderings renderings, int limit) {
        List<AlignedPair> target = oneSided.stream().filter(o -> !o.shifted())
                .filter(o -> o.zhOnly() == (lacking == Language.EN)).map(o -> withoutOwnHits(o.hits(), lacking)).toList();
        if (target.isEmpty()) return List.of();
        Concept own = glossary.concept(id).orElseThrow();
        FormulationMatcher ownMatcher = FormulationMatcher.compile(List.of(own), MatchOptions.defaults());
        return renderings.suggest(id, lacking, target, phrase -> !ownMatcher.match(phrase).isEmpty(),
                phrase -> matcher.match(phrase).stream().map(Hit::conceptId).filter(c -> !c.equals(id)).findFirst().orElse(null),
                limit);
    }

    /** The pair with the concept's own hits on the {@code side} cut out, so that no suggested phrase overlaps them. */
    private static AlignedPair withoutOwnHits(PairHits h, Language side) {
        AlignedPair p = h.pair();
        List<Hit> own = side == Language.ZH ? h.zh() : h.en();
        if (own.isEmpty()) return p;
        StringBuilder text = new StringBuilder(side == Language.ZH ? p.zh() : p.en());
        for (Hit hit : own) {
            for (int i = hit.start(); i < hit.end() && i < text.length(); i++) text.setCharAt(i, PhraseGrams.BREAK);
        }
        return side == Language.ZH ? new AlignedPair(p.id(), p.edition(), p.row(), text.toString(), p.en())
                : new AlignedPair(p.id(), p.edition(), p.row(), p.zh(), text.toString());
    }

    /** Pairs where the sides differ, with aligner shifts (opposite surpluses in adjacent pairs of one edition) marked. */
    static List<OneSided> oneSided(List<PairHits> hits) {
        Map<String, PairHits> at = new HashMap<>();
        for (PairHits h : hits) at.put(h.pair().edition() + "#" + h.pair().row(), h);
        java.util.Set<String> shifted = new java.util.HashSet<>();
        for (PairHits h : hits) {
            if (h.surplus() <= 0 || shifted.contains(h.pair().id())) continue;
            for (int d : new int[]{-1, 1}) {
                PairHits n = at.get(h.pair().edition() + "#" + (h.pair().row() + d));
                if (n != null && n.surplus() < 0 && !shifted.contains(n.pair().id())) {
                    shifted.add(h.pair().id());
                    shifted.add(n.pair().id());
                    break;
                }
            }
        }
        return hits.stream().filter(h -> h.surplus() != 0).map(h -> new OneSided(h, shifted.contains(h.pair().id()))).toList();
    }
}
