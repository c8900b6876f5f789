package dev.tifa.glossary;

import dev.tifa.model.Concept;
import dev.tifa.model.Theme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The codebook: themes and the concepts (formulations) filed under them. Immutable. */
public final class Glossary {
    private final List<Theme> themes;
    private final Map<String, Concept> concepts;

    public Glossary(List<Theme> themes, List<Concept> concepts) {
        this.themes = List.copyOf(themes);
        Map<String, Concept> byId = new LinkedHashMap<>();
        for (Concept c : concepts) byId.put(c.id(), c);
        this.concepts = java.util.Collections.unmodifiableMap(byId);
    }

    public static Glossary empty() {
        return new Glossary(List.of(), List.of());
    }

    public List<Theme> themes() {
        return themes;
    }

    public List<Concept> concepts() {
        return List.copyOf(concepts.values());
    }

    public int size() {
        return concepts.size();
    }

    public Optional<Concept> concept(String id) {
        return Optional.ofNullable(concepts.get(id));
    }

    public Optional<Theme> theme(String id) {
        return themes.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The concept one of whose forms is {@code form} (Chinese exactly, English ignoring case and hyphens), if any. */
    public Optional<Concept> conceptWithForm(String form) {
        String key = FormKey.of(form);
        return concepts.values().stream()
                .filter(c -> c.id().equals(form)
                        || c.zh().stream().anyMatch(f -> FormKey.of(f).equals(key))
                        || c.en().stream().anyMatch(f -> FormKey.of(f).equals(key)))
                .findFirst();
    }

    /** This glossary with {@code overlay}'s themes and concepts added; an overlay concept replaces one of the same id. */
    public Glossary with(Glossary overlay) {
        Map<String, Theme> t = new LinkedHashMap<>();
        themes.forEach(x -> t.put(x.id(), x));
        overlay.themes.forEach(x -> t.put(x.id(), x));
        List<Concept> c = new ArrayList<>(concepts.values());
        for (Concept o : overlay.concepts()) {
            c.removeIf(x -> x.id().equals(o.id()));
            c.add(o);
        }
        return new Glossary(new ArrayList<>(t.values()), c);
    }

    /** The concepts {@code id} names as broader, in the glossary's order (unknown ids left out). */
    public List<Concept> broader(String id) {
        Concept c = concepts.get(id);
        if (c == null) return List.of();
        return c.broader().stream().map(concepts::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The concepts that name {@code id} as broader. */
    public List<Concept> narrower(String id) {
        return concepts.values().stream().filter(c -> c.broader().contains(id)).toList();
    }

    /** Every concept below {@code id} through narrower links, nearest first, each once (cycles are cut). */
    public List<Concept> allNarrower(String id) {
        List<Concept> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>(List.of(id));
        java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(List.of(id));
        while (!queue.isEmpty()) {
            for (Concept n : narrower(queue.poll())) {
                if (seen.add(n.id())) {
                    out.add(n);
                    queue.add(n.id());
                }
            }
        }
        return out;
    }

    public List<Concept> conceptsInTheme(String themeId) {
        return concepts.values().stream().filter(c -> c.themes().contains(themeId)).toList();
    }
}
