package dev.tifa.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ControlCharactersTest {

    @Test
    void escapeSequencesAndControlsAreRemoved() {
        assertThat(ControlCharacters.strip("\u001B[2J\u001B[HHarbour\u0007 plan\u001B]0;owned\u0007\r")).isEqualTo("Harbour plan\n".replace('\n', ' '));
        assertThat(ControlCharacters.strip("line one\nline\ttwo")).isEqualTo("line one line two");
        assertThat(ControlCharacters.keepLines("a\r\nb\u009B2Jc")).isEqualTo("a\nbc");
        assertThat(ControlCharacters.strip("港口报告")).isEqualTo("港口报告");
    }

    @Test
    void colourMayStayWhereTifaHighlightsButNothingElse() {
        String highlighted = "left \u001B[1;31m发展\u001B[0m right";
        assertThat(ControlCharacters.keepColour(highlighted)).isEqualTo(highlighted);
        assertThat(ControlCharacters.keepColour("\u001B[2J\u001B[31mx\u001B[0m\u001B[10;10H")).isEqualTo("\u001B[31mx\u001B[0m");
    }
}
