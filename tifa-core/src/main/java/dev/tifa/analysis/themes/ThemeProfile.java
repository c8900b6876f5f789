package dev.tifa.analysis.themes;

import java.util.List;
import java.util.Optional;

/** How a document's formulations divide among the glossary's themes, largest share first. */
public record ThemeProfile(String documentKey, int totalHits, List<ThemeShare> shares) {
    public Optional<ThemeShare> share(String themeId) {
        return shares.stream().filter(s -> s.themeId().equals(themeId)).findFirst();
    }
}
