package dev.tifa.web.support;

import dev.tifa.glossary.Glossary;
import dev.tifa.model.Concept;
import dev.tifa.model.Theme;

import java.util.List;

/** One colour per glossary theme, in the glossary's order, the same in the text, the legend and the charts. */
public final class ThemePalette {
    private static final List<String> COLOURS = List.of(
            "#2563eb", "#d97706", "#0d9488", "#dc2626", "#7c3aed", "#be123c", "#db2777",
            "#16a34a", "#0284c7", "#4f46e5", "#65a30d", "#92400e", "#c026d3");
    public static final String NO_THEME = "#64748b";

    private final Glossary glossary;

    public ThemePalette(Glossary glossary) {
        this.glossary = glossary;
    }

    public String colour(String themeId) {
        List<Theme> themes = glossary.themes();
        for (int i = 0; i < themes.size(); i++) {
            if (themes.get(i).id().equals(themeId)) return COLOURS.get(i % COLOURS.size());
        }
        return NO_THEME;
    }

    public String colourOf(String conceptId) {
        return glossary.concept(conceptId).map(Concept::primaryTheme).map(this::colour).orElse(NO_THEME);
    }
}
