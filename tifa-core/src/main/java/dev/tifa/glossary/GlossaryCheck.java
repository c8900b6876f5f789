package dev.tifa.glossary;

import dev.tifa.model.Concept;
import dev.tifa.model.Theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds what would make counts wrong or ambiguous: duplicate ids or forms, unknown themes, empty or too-short forms. */
public final class GlossaryCheck {
    /** One finding; {@code error} ones make the glossary unusable, the others deserve a look. */
    public record Finding(boolean error, String conceptId, String message) {
    }

    public List<Finding> check(Glossary g) {
        List<Finding> out = new ArrayList<>();
        Set<String> themeIds = new HashSet<>();
        for (Theme t : g.themes()) {
            if (!themeIds.add(t.id())) out.add(new Finding(true, null, "theme '" + t.id() + "' is defined twice"));
        }
        Map<String, String> formOwner = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (Concept c : g.concepts()) {
            if (!c.id().matches("[a-z0-9]+(-[a-z0-9]+)*")) out.add(new Finding(false, c.id(), "id should be kebab-case ASCII"));
            if (!ids.add(c.id())) out.add(new Finding(true, c.id(), "id is used twice"));
            if (c.zh().isEmpty() && c.en().isEmpty()) out.add(new Finding(true, c.id(), "has no forms"));
            for (String th : c.themes()) {
                if (!themeIds.contains(th)) out.add(new Finding(true, c.id(), "unknown theme '" + th + "'"));
            }
            for (String f : concat(c.zh(), c.en())) {
                String key = FormKey.of(f);
                if (key.isEmpty()) {
                    out.add(new Finding(true, c.id(), "empty form"));
                    continue;
                }
                if (c.zh().contains(f) && key.codePointCount(0, key.length()) < 2) {
                    out.add(new Finding(false, c.id(), "one-character form '" + f + "' will match inside many words"));
                }
                String owner = formOwner.putIfAbsent(key, c.id());
                if (owner != null && !owner.equals(c.id())) {
                    out.add(new Finding(true, c.id(), "form '" + f + "' is also a form of '" + owner + "'"));
                } else if (owner != null) {
                    out.add(new Finding(false, c.id(), "form '" + f + "' is listed twice (case, hyphens and width are folded)"));
                }
            }
        }
        for (Concept c : g.concepts()) {
            for (String word : c.except()) {
                boolean holdsAForm = java.util.stream.Stream.concat(c.zh().stream(), c.en().stream())
                        .anyMatch(f -> !f.isBlank() && word.contains(f) && !word.equals(f));
                if (!holdsAForm) {
                    out.add(new Finding(true, c.id(), "exception '" + word + "' holds none of its forms (an exception names a "
                            + "longer word a form is not counted inside)"));
                }
            }
            c.shared().forEach((other, forms) -> {
                if (other.equals(c.id())) out.add(new Finding(true, c.id(), "shares forms with itself"));
                else if (g.concept(other).isEmpty()) out.add(new Finding(true, c.id(), "shares forms with '" + other + "', which is not in the glossary"));
                for (String f : forms) {
                    boolean own = concat(c.zh(), c.en()).stream().anyMatch(x -> FormKey.of(x).equals(FormKey.of(f)));
                    if (!own) {
                        out.add(new Finding(true, c.id(), "shared form '" + f + "' is not one of its forms (list the form "
                                + "under zh or en first: a shared form counts for the concept that lists it)"));
                    }
                }
            });
            for (String b : c.broader()) {
                if (b.equals(c.id())) out.add(new Finding(true, c.id(), "names itself as broader"));
                else if (g.concept(b).isEmpty()) out.add(new Finding(true, c.id(), "broader concept '" + b + "' is not in the glossary"));
                else if (g.allNarrower(c.id()).stream().anyMatch(n -> n.id().equals(b))) {
                    out.add(new Finding(true, c.id(), "broader '" + b + "' is also below it: the relation has a cycle"));
                }
            }
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
