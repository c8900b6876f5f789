package dev.tifa.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A formulation (提法) the analyst tracks, with the forms it takes in each language.
 *
 * @param id     kebab-case identifier, stable across glossary versions
 * @param zh     Chinese forms, matched as exact substrings of the cleaned text
 * @param en     English renderings, matched case-insensitively on word boundaries with hyphen/space folded
 * @param themes theme ids, the first being the primary theme
 * @param note   one line on what it means and when it appeared
 * @param broader ids of broader concepts (SKOS-like): 高水平对外开放 → 对外开放 → 开放. Narrower concepts are the
 *                inverse, derived by {@code Glossary#narrower}; the relation never changes what a form counts.
 * @param except  longer words a form is not counted inside, because there it is no word of its own: 民生 is not in
 *                人民生活 (人民 + 生活) nor in 国民生产总值. Chinese has no spaces to tell them apart.
 * @param shared  forms of this concept that also render another concept, by that concept's id: "people-centered"
 *                renders 以人民为中心 and, in some texts, 以人为本. The form still counts here (a form has one owner);
 *                the parallel check lets the other side of an aligned pair say which concept it renders.
 */
public record Concept(String id, List<String> zh, List<String> en, List<String> themes, String note,
                      List<String> broader, List<String> except, Map<String, List<String>> shared) {
    private static final String AD_HOC = "ad-hoc phrase";

    public Concept {
        Objects.requireNonNull(id, "id");
        zh = zh == null ? List.of() : List.copyOf(zh);
        en = en == null ? List.of() : List.copyOf(en);
        themes = themes == null ? List.of() : List.copyOf(themes);
        note = note == null ? "" : note;
        broader = broader == null ? List.of() : List.copyOf(broader);
        except = except == null ? List.of() : List.copyOf(except);
        Map<String, List<String>> sharedCopy = new LinkedHashMap<>();
        if (shared != null) shared.forEach((k, v) -> sharedCopy.put(k, v == null ? List.of() : List.copyOf(v)));
        shared = java.util.Collections.unmodifiableMap(sharedCopy);
    }

    public Concept(String id, List<String> zh, List<String> en, List<String> themes, String note, List<String> broader,
                   List<String> except) {
        this(id, zh, en, themes, note, broader, except, Map.of());
    }

    public Concept(String id, List<String> zh, List<String> en, List<String> themes, String note, List<String> broader) {
        this(id, zh, en, themes, note, broader, List.of());
    }

    public Concept(String id, List<String> zh, List<String> en, List<String> themes, String note) {
        this(id, zh, en, themes, note, List.of());
    }

    /** A phrase the user asked about that is not in the glossary: its own id, one form in its own script. */
    public static Concept adHoc(String phrase) {
        String p = phrase.strip();
        boolean chinese = p.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return new Concept(p, chinese ? List.of(p) : List.of(), chinese ? List.of() : List.of(p), List.of(), AD_HOC);
    }

    /** True for a concept made by {@link #adHoc}: its one form is its id, it has no themes. */
    public boolean isAdHoc() {
        return AD_HOC.equals(note) && themes.isEmpty() && zh.size() + en.size() == 1 && (zh.contains(id) || en.contains(id));
    }

    public List<String> forms(Language language) {
        return language == Language.ZH ? zh : en;
    }

    /** The form to show as its name: the first Chinese form, else the first English one, else the id. */
    public String label() {
        if (!zh.isEmpty()) return zh.get(0);
        return en.isEmpty() ? id : en.get(0);
    }

    public String primaryTheme() {
        return themes.isEmpty() ? null : themes.get(0);
    }
}
