package dev.tifa.cli;

import dev.tifa.model.Concept;
import dev.tifa.model.Document;
import dev.tifa.text.match.MatchOptions;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** The small print under every count: what was counted, in which texts, by which rules. */
final class Notes {
    private Notes() {
    }

    static String rules(MatchOptions o) {
        return "Rules: Chinese = exact substring of the cleaned text; English = case-insensitive whole words, hyphen = space"
                + (o.inflect() ? ", regular plurals folded (--exact to turn off)" : ", no plural folding")
                + ". 'standalone' leaves out occurrences nested in a longer glossary form. Rates are per 10,000 characters (zh) or words (en).";
    }

    static String concepts(Collection<Concept> concepts) {
        return concepts.stream().map(c -> c.isAdHoc() ? "\"" + c.id() + "\" (phrase, not in the glossary)"
                        : c.id() + " = " + String.join(" | ", concat(c.zh(), c.en())) + shared(c))
                .collect(Collectors.joining("; ", "Counted: ", "."));
    }

    /** " (people-centered also renders people-first)": an English count of a shared form may include the other concept. */
    private static String shared(Concept c) {
        if (c.shared().isEmpty()) return "";
        return c.shared().entrySet().stream().map(e -> String.join(", ", e.getValue()) + " also "
                        + (e.getValue().size() == 1 ? "renders " : "render ") + e.getKey())
                .collect(Collectors.joining("; ", " (", ")"));
    }

        /** Which translations/editions the English or partial texts are, so a number is never separated from its text. */
    static String sources(Collection<Document> docs) {
        String s = docs.stream()
                .filter(d -> d.meta().attributes().containsKey("translation") || d.meta().attributes().containsKey("edition"))
                .map(d -> d.key() + ": " + d.meta().attributes().entrySet().stream()
                        .filter(e -> e.getKey().equals("translation") || e.getKey().equals("edition"))
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
        return s.isEmpty() ? null : "Texts: " + s + ".";
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
