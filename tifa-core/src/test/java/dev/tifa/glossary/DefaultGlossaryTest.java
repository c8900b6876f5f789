package dev.tifa.glossary;

import dev.tifa.model.Concept;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DefaultGlossaryTest {
    private final Glossary g = new GlossaryReader().readDefault();

    @Test
    void defaultGlossaryIsLargeAndHasNoErrors() {
        assertThat(g.size()).isGreaterThanOrEqualTo(150);
        assertThat(new GlossaryCheck().check(g)).filteredOn(GlossaryCheck.Finding::error).isEmpty();
    }

    @Test
    void coversTheFormulationsAnalystsAskAbout() {
        Concept nqpf = g.conceptWithForm("新质生产力").orElseThrow();
        assertThat(nqpf.en()).contains("new quality productive forces", "new productive forces");
        assertThat(g.conceptWithForm("New-Quality Productive Forces")).contains(nqpf);
        for (String form : new String[]{"新型举国体制", "数据要素", "全国统一大市场", "共同富裕", "高水平对外开放", "负面清单", "总体国家安全观", "改革开放"}) {
            assertThat(g.conceptWithForm(form)).as(form).isPresent();
        }
        assertThat(g.themes()).extracting(t -> t.id()).contains("technology", "economy", "opening-up", "security", "reform");
    }

    @Test
    void userOverlayReplacesAndAdds() {
        Glossary overlay = new GlossaryReader().read(new ByteArrayInputStream("""
                concepts:
                  - id: new-quality-productive-forces
                    zh: [新质生产力, 新质生产力发展]
                    en: [new quality productive forces]
                    themes: [technology]
                  - id: my-phrase
                    zh: [因地制宜发展]
                    themes: [economy]
                """.getBytes(StandardCharsets.UTF_8)), "glossary.yaml");
        Glossary merged = g.with(overlay);
        assertThat(merged.size()).isEqualTo(g.size() + 1);
        assertThat(merged.concept("new-quality-productive-forces").orElseThrow().zh()).contains("新质生产力发展");
    }

    @Test
    void badYamlNamesFileAndLine() {
        assertThatThrownBy(() -> new GlossaryReader().read(new ByteArrayInputStream("concepts:\n  - id: x\n    colour: red\n".getBytes(StandardCharsets.UTF_8)), "mine.yaml"))
                .isInstanceOf(GlossaryFormatException.class).hasMessageStartingWith("mine.yaml:").hasMessageContaining("unknown key 'colour'");
    }
}
