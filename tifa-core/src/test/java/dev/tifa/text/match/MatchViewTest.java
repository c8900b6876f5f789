package dev.tifa.text.match;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MatchViewTest {
    @Test
    void unchangedTextIsItsOwnView() {
        String s = "推进高水平对外开放 2024 reform";
        MatchView v = MatchView.of(s);
        assertThat(v.text()).isSameAs(s);
        assertThat(v.toSource(3)).isEqualTo(3);
    }

    @Test
    void foldsCaseHyphensAndApostrophesKeepingOffsets() {
        MatchView v = MatchView.of("Opening-Up’s");
        assertThat(v.text()).isEqualTo("opening up's");
        for (int i = 0; i < v.text().length(); i++) assertThat(v.toSource(i)).isEqualTo(i);
    }

    @Test
    void runsOfSpacesBecomeOneAndMapBack() {
        String s = "A  -\tb - c";
        MatchView v = MatchView.of(s);
        assertThat(v.text()).isEqualTo("a b c");
        assertThat(v.toSource(0)).isEqualTo(0);
        assertThat(v.toSource(1)).isEqualTo(1);
        assertThat(v.toSource(2)).isEqualTo(s.indexOf('b'));
        assertThat(v.toSource(3)).isEqualTo(s.indexOf('b') + 1);
        assertThat(v.toSource(4)).isEqualTo(s.indexOf('c'));
    }

    @Test
    void leadingSpaceIsKept() {
        assertThat(MatchView.of(" -x").text()).isEqualTo(" x");
        assertThat(MatchView.of("").text()).isEmpty();
    }

    @Test
    void hitsAfterDroppedSpacesMapToTheText() {
        FormulationMatcher m = FormulationMatcher.compile(java.util.List.of(
                new dev.tifa.model.Concept("open", java.util.List.of("开放"), java.util.List.of("opening up"), java.util.List.of(), "")),
                MatchOptions.defaults());
        String text = "The   Opening -  up of 开放";
        var hits = m.match(text);
        assertThat(hits).extracting(h -> text.substring(h.start(), h.end())).containsExactly("Opening -  up", "开放");
    }
}
