package dev.tifa.app;

import dev.tifa.glossary.Glossary;
import dev.tifa.glossary.GlossaryCheck;
import dev.tifa.model.Concept;
import dev.tifa.model.Language;

import java.util.ArrayList;
import java.util.List;

/**
 * Changes to the glossary in force, written to the user's glossary file: a new or replaced concept, or one more form
 * of a concept. Both are checked against the whole glossary first, so a form that already belongs to another concept
 * is refused with the reason and nothing is written. {@code tifa glossary add} and accepting a suggested rendering
 * both come here.
 */
public final class GlossaryEditor {
    private final Workspace workspace;

    public GlossaryEditor(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Adds {@code concept} to the user glossary (replacing one of the same id); refused when the check finds an error. */
    public void add(Concept concept) {
        Glossary candidate = workspace.glossary().with(new Glossary(List.of(), List.of(concept)));
        List<GlossaryCheck.Finding> errors = new GlossaryCheck().check(candidate).stream()
                .filter(f -> f.error() && concept.id().equals(f.conceptId())).toList();
        if (!errors.isEmpty()) throw new IllegalArgumentException(concept.id() + ": " + errors.get(0).message());
        new UserGlossary(workspace).add(concept);
    }

    /** Adds {@code form} to the {@code language} forms of concept {@code id} as it stands in the glossary in force. */
    public Concept addForm(String id, Language language, String form) {
        Concept c = workspace.glossary().concept(id)
                .orElseThrow(() -> new IllegalArgumentException("unknown concept '" + id + "'"));
        String f = form.strip();
        if (f.isEmpty()) throw new IllegalArgumentException(id + ": empty form");
        List<String> zh = new ArrayList<>(c.zh());
        List<String> en = new ArrayList<>(c.en());
        List<String> forms = language == Language.ZH ? zh : en;
        if (forms.stream().anyMatch(x -> dev.tifa.glossary.FormKey.of(x).equals(dev.tifa.glossary.FormKey.of(f)))) {
            throw new IllegalArgumentException(id + ": '" + f + "' is already one of its forms");
        }
        forms.add(f);
        Concept changed = new Concept(c.id(), zh, en, c.themes(), c.note(), c.broader(), c.except(), c.shared());
        add(changed);
        return changed;
    }
}
