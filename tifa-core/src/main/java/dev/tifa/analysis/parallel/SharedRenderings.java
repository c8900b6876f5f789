package dev.tifa.analysis.parallel;

import dev.tifa.glossary.FormKey;
import dev.tifa.glossary.Glossary;
import dev.tifa.model.Concept;
import dev.tifa.model.Hit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shared-rendering rule: a form the glossary lists as {@link Concept#shared() shared} renders its own concept or
 * another one, and the other side of an aligned pair says which. English "people-centered" renders 以人民为中心 and also
 * 以人为本; in a pair whose Chinese says 以人为本 and not 以人民为中心, the English hit is read as 以人为本's. This is
 * the oldest use of parallel text, disambiguating a word's sense by its translation (Gale, Church and Yarowsky, 1992).
 *
 * <p>On one side of one pair, a hit of concept X through a form shared with concept Y is read as Y's when X has more
 * hits on that side than on the other and Y has fewer; never more than either difference. Counting documents is not
 * changed: the form still counts for the concept that lists it.
 */
final class SharedRenderings {
    /** One side of one pair: hits read as another concept's (by their concept), and hits gained (by concept). */
    record Reading(Map<String, List<Hit>> moved, Map<String, Integer> gained) {
        static final Reading NONE = new Reading(Map.of(), Map.of());

        List<Hit> moved(String id) {
            return moved.getOrDefault(id, List.of());
        }

        int gained(String id) {
            return gained.getOrDefault(id, 0);
        }
    }

    /** Per concept with shared forms: the other concept's id → the keys of the forms shared with it. */
    private final Map<String, Map<String, Set<String>>> shared = new HashMap<>();

    SharedRenderings(Glossary glossary) {
        for (Concept c : glossary.concepts()) {
            if (c.shared().isEmpty()) continue;
            Map<String, Set<String>> byOther = new java.util.LinkedHashMap<>();
            c.shared().forEach((other, forms) -> byOther.put(other, forms.stream().map(FormKey::of).collect(Collectors.toSet())));
            shared.put(c.id(), byOther);
        }
    }

    /** How the {@code other} side of a pair reads the shared forms standing on {@code side}. */
    Reading read(Map<String, List<Hit>> side, Map<String, List<Hit>> other) {
        if (shared.isEmpty()) return Reading.NONE;
        Map<String, List<Hit>> moved = new HashMap<>();
        Map<String, Integer> gained = new HashMap<>();
        shared.forEach((x, byOther) -> {
            List<Hit> hits = side.getOrDefault(x, List.of());
            if (hits.isEmpty()) return;
            int surplus = hits.size() - other.getOrDefault(x, List.of()).size();
            byOther.forEach((y, keys) -> {
                List<Hit> away = moved.computeIfAbsent(x, k -> new ArrayList<>());
                int shortfall = other.getOrDefault(y, List.of()).size() - side.getOrDefault(y, List.of()).size() - gained.getOrDefault(y, 0);
                for (Hit h : hits) {
                    if (away.size() >= surplus || shortfall <= 0) break;
                    if (away.contains(h) || !keys.contains(FormKey.of(h.form()))) continue;
                    away.add(h);
                    gained.merge(y, 1, Integer::sum);
                    shortfall--;
                }
            });
        });
        moved.values().removeIf(List::isEmpty);
        return moved.isEmpty() ? Reading.NONE : new Reading(moved, gained);
    }
}
