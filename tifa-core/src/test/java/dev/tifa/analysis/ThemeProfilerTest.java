package dev.tifa.analysis;

import dev.tifa.analysis.themes.ThemeProfile;
import dev.tifa.analysis.themes.ThemeProfiler;
import dev.tifa.glossary.Glossary;
import dev.tifa.model.Concept;
import dev.tifa.model.Theme;
import dev.tifa.text.match.FormulationMatcher;
import dev.tifa.text.match.MatchOptions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ThemeProfilerTest {
    private final Glossary glossary = new Glossary(
            List.of(new Theme("opening-up", "对外开放", "Opening up"), new Theme("reform", "改革", "Reform")),
            List.of(new Concept("opening-up", List.of("对外开放"), List.of(), List.of("opening-up"), ""),
                    new Concept("high-opening", List.of("高水平对外开放"), List.of(), List.of("opening-up"), ""),
                    new Concept("deepen-reform", List.of("深化改革"), List.of(), List.of("reform"), "")));

    @Test
    void nestedOccurrencesCountOnceForTheirTheme() {
        var doc = Fixtures.zh("推进高水平对外开放。深化改革，深化改革，扩大对外开放。");
        var counts = new Counter(FormulationMatcher.compile(glossary.concepts(), MatchOptions.defaults())).count(doc);
        ThemeProfile p = new ThemeProfiler(glossary).profile(counts);
        // standalone hits: 高水平对外开放, 对外开放 (second), 深化改革 ×2 → opening-up 2, reform 2; the nested 对外开放 is not counted
        assertThat(p.totalHits()).isEqualTo(4);
        assertThat(p.share("opening-up").orElseThrow().hits()).isEqualTo(2);
        assertThat(p.share("reform").orElseThrow().share()).isCloseTo(0.5, within(1e-9));
    }
}
