package dev.tifa.analysis.themes;

import dev.tifa.analysis.DocumentCounts;
import dev.tifa.analysis.Rates;
import dev.tifa.glossary.Glossary;
import dev.tifa.model.Concept;
import dev.tifa.model.Hit;
import dev.tifa.model.Theme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Profiles a document by theme through the glossary (the codebook). Each occurrence counts once, for its concept's
 * primary theme, and only when standalone: "opening up" inside "reform and opening up" is one mention, not two.
 */
public final class ThemeProfiler {
    private final Glossary glossary;

    public ThemeProfiler(Glossary glossary) {
        this.glossary = glossary;
    }

    public ThemeProfile profile(DocumentCounts counts) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        glossary.themes().forEach(t -> hits.put(t.id(), 0));
        int total = 0;
        for (Hit h : counts.hits()) {
            if (!h.standalone()) continue;
            String theme = glossary.concept(h.conceptId()).map(Concept::primaryTheme).orElse(null);
            if (theme == null) continue;
            hits.merge(theme, 1, Integer::sum);
            total++;
        }
        List<ThemeShare> shares = new ArrayList<>();
        for (var e : hits.entrySet()) {
            Theme t = glossary.theme(e.getKey()).orElse(new Theme(e.getKey(), e.getKey(), e.getKey()));
            shares.add(new ThemeShare(t.id(), t.zh(), t.en(), e.getValue(), total == 0 ? 0 : e.getValue() / (double) total,
                    Rates.per10k(e.getValue(), counts.size())));
        }
        shares.sort(Comparator.comparingInt(ThemeShare::hits).reversed());
        return new ThemeProfile(counts.document().key(), total, List.copyOf(shares));
    }
}
