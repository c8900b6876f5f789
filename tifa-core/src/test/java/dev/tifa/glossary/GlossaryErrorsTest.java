package dev.tifa.glossary;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Glossary mistakes said in the user's terms: file and line, key, and the shape expected. */
class GlossaryErrorsTest {
    private final GlossaryReader reader = new GlossaryReader();

    private Glossary read(String yaml) {
        return reader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "glossary.yaml");
    }

    private Glossary overlay(String yaml) {
        return reader.readOverlay(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "glossary.yaml", reader.readDefault());
    }

    @Test
    void anEmptyFileOrOneWithOnlyCommentsIsAnEmptyOverlay() {
        assertThat(read("").size()).isZero();
        assertThat(read("# my concepts will go here\n\n").size()).isZero();
        assertThat(overlay("").size()).isZero();
    }

    @Test
    void aTextWhereAListBelongsNamesTheKeyAndTheShape() {
        assertThatThrownBy(() -> read("concepts:\n  - id: harbour\n    zh: 港口建设\n"))
                .isInstanceOf(GlossaryFormatException.class)
                .hasMessage("glossary.yaml:3: key 'concepts', entry 1, key 'zh': expected a list, e.g. [first, second]");
    }

    @Test
    void aListWhereAMappingBelongsSaysWhichKeysAreExpected() {
        assertThatThrownBy(() -> read("concepts:\n  - harbour\n"))
                .hasMessageStartingWith("glossary.yaml:2: key 'concepts', entry 1: expected a mapping with the keys id, zh, en, themes, note, broader");
    }

    @Test
    void anUnknownKeyListsTheKnownOnes() {
        assertThatThrownBy(() -> read("concepts:\n  - id: harbour\n    zhh: [港口建设]\n"))
                .hasMessage("glossary.yaml:3: key 'concepts', entry 1: unknown key 'zhh' (expected one of: broader, en, except, id, note, shared, themes, zh)");
    }

    @Test
    void aKeyGivenTwiceIsAMistake() {
        assertThatThrownBy(() -> read("concepts:\n  - id: harbour\n    zh: [港口建设]\n    zh: [港口]\n"))
                .hasMessage("glossary.yaml:4: key 'zh' appears twice in one mapping");
    }

    @Test
    void aConceptIdGivenTwiceIsAMistake() {
        assertThatThrownBy(() -> read("concepts:\n  - id: harbour\n    zh: [港口建设]\n  - id: harbour\n    zh: [港口]\n"))
                .hasMessage("glossary.yaml:4: concept id 'harbour' appears twice");
    }

    @Test
    void anUnknownThemeIsAMistakeButADefaultThemeIsKnown() {
        String defaultTheme = reader.readDefault().themes().get(0).id();
        assertThat(overlay("concepts:\n  - id: harbour\n    zh: [港口建设]\n    themes: [" + defaultTheme + "]\n").size()).isEqualTo(1);
        assertThatThrownBy(() -> overlay("concepts:\n  - id: harbour\n    zh: [港口建设]\n    themes: [tecnology]\n"))
                .hasMessageStartingWith("glossary.yaml:2: concept 'harbour': unknown theme 'tecnology' (known themes: ");
    }

    @Test
    void brokenYamlSaysWhereAndWhat() {
        assertThatThrownBy(() -> read("concepts:\n  - id: harbour\n   zh: [港口\n"))
                .isInstanceOf(GlossaryFormatException.class)
                .hasMessageStartingWith("glossary.yaml:").hasMessageContaining("not valid YAML");
    }
}
