package dev.tifa.app;

import dev.tifa.analysis.FormTally;
import dev.tifa.glossary.Glossary;
import dev.tifa.model.Concept;
import dev.tifa.store.TallyTable;
import dev.tifa.store.TallyTable.TalliedConcept;
import dev.tifa.text.match.FormulationMatcher;
import dev.tifa.text.match.MatchOptions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Keeps the stored glossary tallies true to the glossary in force. Every document is tallied by the matcher a full
 * scan uses (the whole glossary, default options), so a count read from the tallies equals a count made by scanning.
 * When the glossary changes (default or user overlay), only the documents holding a form of a changed, added or
 * removed concept are recounted: a form can only change the counts (or the nesting) where it occurs.
 */
public final class GlossaryTallies {
    private static final int CHUNK = 500;

    private final TallyTable table;
    private final Glossary glossary;
    private final FormulationMatcher matcher;

    public GlossaryTallies(TallyTable table, Glossary glossary) {
        this.table = table;
        this.glossary = glossary;
        this.matcher = FormulationMatcher.compile(glossary.concepts(), MatchOptions.defaults());
    }

    public TallyTable table() {
        return table;
    }

    /** The tallies of one cleaned text, by the same matcher as the stored ones. */
    public List<FormTally> count(String clean) {
        return FormTally.of(matcher.match(clean));
    }

    /** True when the stored tallies answer for this concept (a glossary concept counted with default options). */
    public boolean answers(Concept c, MatchOptions options) {
        return options.equals(MatchOptions.defaults()) && glossary.concept(c.id()).filter(c::equals).isPresent();
    }

    /**
     * Brings the tallies up to date: documents never tallied, and those holding a form of a concept that changed.
     *
     * @param notice told once, before a recount, how many documents it takes
     * @return how many documents were recounted
     */
    public int refresh(Consumer<String> notice) {
        Map<String, TalliedConcept> stored = table.concepts();
        Map<String, TalliedConcept> current = new LinkedHashMap<>();
        for (Concept c : glossary.concepts()) current.put(c.id(), fingerprint(c));
        List<Concept> changed = new ArrayList<>();
        current.forEach((id, t) -> {
            TalliedConcept old = stored.get(id);
            if (old == null || !old.fingerprint().equals(t.fingerprint())) changed.add(formsOf(id, t.forms()));
        });
        stored.forEach((id, old) -> {
            TalliedConcept now = current.get(id);
            if (now == null || !now.fingerprint().equals(old.fingerprint())) changed.add(formsOf("was:" + id, old.forms()));
        });
        Set<Long> todo = new LinkedHashSet<>(table.untallied());
        if (!changed.isEmpty()) {
            FormulationMatcher probe = FormulationMatcher.compile(changed, MatchOptions.defaults());
            table.forEachTalliedText(e -> {
                if (!probe.match(e.getValue()).isEmpty()) todo.add(e.getKey());
            });
        }
        if (!todo.isEmpty()) {
            notice.accept("Counting glossary tallies of " + todo.size() + " document(s)"
                    + (changed.isEmpty() ? "" : " (glossary changed: " + changed.size() + " concept(s))") + "…");
            List<Long> ids = new ArrayList<>(todo);
            for (int i = 0; i < ids.size(); i += CHUNK) {
                Map<Long, String> texts = table.texts(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
                Map<Long, List<FormTally>> counted = new LinkedHashMap<>();
                texts.entrySet().parallelStream().map(e -> Map.entry(e.getKey(), count(e.getValue())))
                        .toList().forEach(e -> counted.put(e.getKey(), e.getValue()));
                table.replace(counted);
            }
        }
        int external = changed.isEmpty() ? 0 : table.external();
        if (external > 0) { // their texts are on the cluster: never recounted here, and never silently taken as current
            notice.accept("The glossary changed (" + changed.size() + " concept(s)): " + external + " document(s) counted on the cluster"
                    + " keep the tallies of the glossary they were counted with; re-run `tifa spark` with this glossary and"
                    + " load its output into a fresh store with `tifa import-counts`.");
        }
        if (!changed.isEmpty() || !todo.isEmpty() || stored.size() != current.size()) table.setConcepts(current.values());
        return todo.size();
    }

    /** A concept's forms and their hash: what the tallies were counted with (tifa-spark writes the same per concept). */
    public static TalliedConcept fingerprint(Concept c) {
        // exceptions change counts as forms do; a concept without them keeps the fingerprint it always had
        String forms = "zh\t" + String.join("\t", c.zh()) + "\nen\t" + String.join("\t", c.en())
                + (c.except().isEmpty() ? "" : "\nexcept\t" + String.join("\t", c.except()));
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(forms.getBytes(StandardCharsets.UTF_8));
            return new TalliedConcept(c.id(), HexFormat.of().formatHex(d), forms);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A concept made of the forms stored for a concept that has since changed, to find where it was counted. */
    private static Concept formsOf(String id, String forms) {
        List<String> zh = new ArrayList<>(), en = new ArrayList<>();
        // the probe for documents to recount: every occurrence of a form, exceptions or not (a document whose only
        // occurrences sit inside a new exception must be recounted too)
        for (String line : forms.split("\n")) {
            String[] parts = line.split("\t");
            if (!parts[0].equals("zh") && !parts[0].equals("en")) continue;
            List<String> target = parts[0].equals("zh") ? zh : en;
            for (int i = 1; i < parts.length; i++) if (!parts[i].isEmpty()) target.add(parts[i]);
        }
        return new Concept(id, zh, en, List.of(), "");
    }
}
