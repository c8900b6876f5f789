package dev.tifa.commentary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tifa.analysis.ConceptCount;
import dev.tifa.analysis.Context;
import dev.tifa.analysis.DocumentCounts;
import dev.tifa.analysis.claims.Claim;
import dev.tifa.analysis.claims.Operator;
import dev.tifa.analysis.expectations.Measured;
import dev.tifa.analysis.expectations.Rule;
import dev.tifa.analysis.expectations.RuleJudge;
import dev.tifa.analysis.expectations.RuleKind;
import dev.tifa.analysis.expectations.RuleStatus;
import dev.tifa.analysis.expectations.RuleSyntax;
import dev.tifa.analysis.themes.ThemeProfile;
import dev.tifa.analysis.themes.ThemeProfiler;
import dev.tifa.analysis.themes.ThemeShare;
import dev.tifa.app.TermResolver;
import dev.tifa.app.Workspace;
import dev.tifa.model.Concept;
import dev.tifa.model.Document;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import dev.tifa.text.match.MatchOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Expectations about an event's outcome (from previews, or the analyst's own), and their scorecard against the
 * event's official text and its predecessor in the series.
 */
public final class ExpectationService {
    private static final int EVIDENCE = 3;
    /** Words in a preview's sentence that say a formulation will be stressed more. */
    private static final Pattern STRESS = Pattern.compile("(?iu)\\b(?:stress\\w*|emphasi[sz]\\w*|highlight\\w*|prominen\\w*|more|greater|step(?:ped)? up|front and cent(?:er|re)|top billing)\\b|强调|突出|更加|进一步|重点");

    private final Workspace workspace;
    private final EventService events;
    private final ExpectationStore store;

    public ExpectationService(Workspace workspace) {
        this.workspace = workspace;
        this.events = new EventService(workspace);
        this.store = new ExpectationStore(workspace.database());
    }

    /** One rule scored. Numbers are null where they do not apply or the text is missing. */
    public record RuleResult(Rule rule, RuleStatus status, Document outcome, Document predecessor, Concept concept,
                             Measured measured, List<Context> evidence, String note) {
    }

    public record Scorecard(Event event, List<RuleResult> results) {
        public long met() {
            return results.stream().filter(r -> r.status() == RuleStatus.MET).count();
        }

        public long notMet() {
            return results.stream().filter(r -> r.status() == RuleStatus.NOT_MET).count();
        }

        public long undetermined() {
            return results.stream().filter(r -> r.status() == RuleStatus.UNDETERMINED).count();
        }
    }

    /** A proposed rule and why: "mentioned 4 times in the preview", "the preview says it will be stressed". */
    public record Suggestion(int number, Rule rule, String reason) {
    }

    public int add(String eventKey, List<String> ruleTexts, String source) {
        List<Rule> rules = ruleTexts.stream().map(RuleSyntax::parse).toList();
        return store.add(events.event(eventKey), rules, source);
    }

    public int addRules(String eventKey, List<Rule> rules, String source) {
        return store.add(events.event(eventKey), rules, source);
    }

    public List<ExpectationStore.StoredRule> list(String eventKey) {
        return store.rules(events.event(eventKey));
    }

    /**
     * Reads rules from YAML: a list of {@code {rule: rises, term: 安全}}, {@code {rule: at-least, n: 3, term: …}},
     * {@code {rule: theme-rises, theme: technology}} or plain strings in the command-line syntax; or a map with such a
     * list under {@code expectations}.
     */
    public static List<Rule> readYaml(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory().enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION))
                    .readTree(Files.readAllBytes(file));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IllegalArgumentException(dev.tifa.glossary.YamlProblems.describe(file.toString(), e));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not readable YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root != null && root.isObject() && root.has("expectations")) root = root.get("expectations");
        if (root == null || !root.isArray()) throw new IllegalArgumentException(file + ": expected a list of rules, e.g. - {rule: rises, term: 安全}");
        List<Rule> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : root) {
            i++;
            try {
                if (n.isTextual()) {
                    out.add(RuleSyntax.parse(n.asText()));
                    continue;
                }
                if (!n.isObject() || !n.has("rule")) throw new IllegalArgumentException("needs a 'rule' field");
                RuleKind kind = RuleKind.parse(n.get("rule").asText());
                String term = n.has("term") ? n.get("term").asText() : n.has("theme") ? n.get("theme").asText() : null;
                Integer count = n.has("n") ? Integer.valueOf(n.get("n").asInt()) : null;
                out.add(new Rule(kind, term, count));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": rule " + i + ": " + e.getMessage());
            }
        }
        return out;
    }

    public int load(String eventKey, Path file) {
        return store.add(events.event(eventKey), readYaml(file), file.getFileName().toString());
    }

    /** @param language the language of the official text to score against; null to choose by each rule's term */
    public Scorecard score(String eventKey, Language language) {
        EventView view = events.show(eventKey);
        List<Document> officials = view.documents(Role.OFFICIAL);
        Counting counting = new Counting(workspace.glossary());
        TermResolver resolver = new TermResolver(workspace.glossary());
        List<RuleResult> out = new ArrayList<>();
        for (ExpectationStore.StoredRule sr : store.rules(view.event())) {
            out.add(score(sr.rule(), officials, language, counting, resolver));
        }
        return new Scorecard(view.event(), out);
    }

    private RuleResult score(Rule rule, List<Document> officials, Language language, Counting counting, TermResolver resolver) {
        boolean theme = rule.kind() == RuleKind.THEME_SHARE_RISES;
        Concept concept = theme ? null : resolver.resolve(rule.term(), false);
        if (theme && workspace.glossary().theme(rule.term()).isEmpty()) {
            return new RuleResult(rule, RuleStatus.UNDETERMINED, null, null, null, null, List.of(),
                    "no theme '" + rule.term() + "' in the glossary (see `tifa glossary`)");
        }
        Language lang = language != null ? language : languageFor(concept, officials);
        Optional<Document> outcome = officials.stream().filter(d -> d.meta().language() == lang)
                .max(Comparator.comparing((Document d) -> d.meta().kind() == Kind.OFFICIAL).thenComparingInt(Document::size));
        if (outcome.isEmpty()) {
            return new RuleResult(rule, RuleStatus.UNDETERMINED, null, null, concept, null, List.of(),
                    "the event has no official text in " + lang.code() + " yet (tifa event add EVENT DOC --role official)");
        }
        Document o = outcome.get();
        Document p = needsPredecessor(rule) ? events.predecessor(o).orElse(null) : null;
        Measured m;
        List<Context> evidence = List.of();
        if (theme) {
            ThemeProfiler profiler = new ThemeProfiler(workspace.glossary());
            ThemeShare so = share(profiler.profile(counting.glossaryCounts(o)), rule.term());
            ThemeShare sp = p == null ? null : share(profiler.profile(counting.glossaryCounts(p)), rule.term());
            m = new Measured(so.hits(), so.rate(), sp == null ? null : sp.hits(), sp == null ? null : sp.rate(),
                    so.share(), sp == null ? null : sp.share());
        } else {
            ConceptCount co = counting.count(o, concept, MatchOptions.defaults());
            ConceptCount cp = p == null ? null : counting.count(p, concept, MatchOptions.defaults());
            m = new Measured(co.total(), co.rate(), cp == null ? null : cp.total(), cp == null ? null : cp.rate(), null, null);
            evidence = counting.contexts(o, concept, EVIDENCE);
        }
        RuleStatus status = RuleJudge.judge(rule, m);
        String note = needsPredecessor(rule) && p == null
                ? "no predecessor of " + o.key() + " stored (same series" + (o.meta().series() == null ? ", which it lacks" : " " + o.meta().series())
                + ", " + o.meta().language().code() + ", official, earlier date)"
                : null;
        return new RuleResult(rule, status, o, p, concept, m, evidence, note);
    }

    private static ThemeShare share(ThemeProfile profile, String themeId) {
        return profile.share(themeId).orElse(new ThemeShare(themeId, themeId, themeId, 0, 0, 0));
    }

    private static boolean needsPredecessor(Rule r) {
        return r.kind() == RuleKind.RISES || r.kind() == RuleKind.FALLS || r.kind() == RuleKind.THEME_SHARE_RISES;
    }

    /** Chinese for Chinese terms and glossary concepts (the original text), when the event has a Chinese text; else English. */
    private static Language languageFor(Concept c, List<Document> officials) {
        boolean hasZh = officials.stream().anyMatch(d -> d.meta().language() == Language.ZH);
        boolean hasEn = officials.stream().anyMatch(d -> d.meta().language() == Language.EN);
        if (c == null) return hasZh || !hasEn ? Language.ZH : Language.EN;
        if (c.isAdHoc()) return c.zh().isEmpty() ? Language.EN : Language.ZH;
        return hasZh && !c.zh().isEmpty() || !hasEn ? Language.ZH : Language.EN;
    }

    /**
     * Rules a preview implies: every glossary concept it mentions ("appears"), "rises" for those in a sentence that
     * says they will be stressed, and "at-least" for its own numeric claims about the coming text.
     */
    public List<Suggestion> suggest(String previewKey) {
        Document preview = workspace.store().document(previewKey)
                .orElseThrow(() -> new IllegalArgumentException("no document '" + previewKey + "' (see `tifa docs` for keys)"));
        Counting counting = new Counting(workspace.glossary());
        DocumentCounts dc = counting.glossaryCounts(preview);
        Map<String, Suggestion> out = new LinkedHashMap<>();
        String text = preview.clean();
        dc.counts().values().stream().sorted(Comparator.comparingInt(ConceptCount::total).reversed()).forEach(cc -> {
            Concept c = workspace.glossary().concept(cc.conceptId()).orElse(null);
            if (c == null) return;
            String form = cc.byForm().entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(c.label());
            put(out, new Rule(RuleKind.APPEARS, form, null), "mentioned " + cc.total() + "× in the preview (" + c.id() + ")");
            boolean stressed = dc.hitsOf(c.id()).stream().anyMatch(h -> STRESS.matcher(sentenceAround(text, h.start())).find());
            if (stressed) put(out, new Rule(RuleKind.RISES, form, null), "the preview says it will be stressed");
        });
        for (Claim claim : ClaimService.finder(workspace.glossary()).find(text, preview.meta().language())) {
            if (claim.vague() || claim.year() != null || claim.number() == null || claim.number() < 1) continue;
            int n = claim.operator() == Operator.MORE_THAN ? claim.number() + 1 : claim.number();
            if (claim.operator() == Operator.FEWER_THAN || claim.operator() == Operator.AT_MOST) continue;
            put(out, new Rule(RuleKind.AT_LEAST, claim.phrase(), n), "the preview's claim: \u201C" + claim.sentence() + "\u201D");
        }
        List<Suggestion> numbered = new ArrayList<>();
        for (Suggestion s : out.values()) numbered.add(new Suggestion(numbered.size() + 1, s.rule(), s.reason()));
        return numbered;
    }

    /** Adds the suggestions numbered {@code accept} (1-based) to the event; returns how many were new. */
    public int accept(String eventKey, String previewKey, List<Integer> accept) {
        List<Suggestion> all = suggest(previewKey);
        List<Rule> chosen = new ArrayList<>();
        for (int i : accept) {
            if (i < 1 || i > all.size()) throw new IllegalArgumentException("no suggestion " + i + " (there are " + all.size() + ")");
            chosen.add(all.get(i - 1).rule());
        }
        return store.add(events.event(eventKey), chosen, previewKey);
    }

    /** The event a preview belongs to, for {@code suggest --accept} without {@code --event}. */
    public Optional<String> eventOf(String docKey) {
        return workspace.store().document(docKey).flatMap(d -> events.eventsOf(d).stream().findFirst()).map(v -> v.event().key());
    }

    private static void put(Map<String, Suggestion> out, Rule r, String reason) {
        out.putIfAbsent(r.text(), new Suggestion(0, r, reason));
    }

    private static String sentenceAround(String text, int at) {
        int s = at;
        while (s > 0 && ".。!?！？\n".indexOf(text.charAt(s - 1)) < 0) s--;
        int e = at;
        while (e < text.length() && ".。!?！？\n".indexOf(text.charAt(e)) < 0) e++;
        return text.substring(s, e);
    }
}
