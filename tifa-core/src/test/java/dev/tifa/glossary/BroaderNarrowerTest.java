package dev.tifa.glossary;

import dev.tifa.model.Concept;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BroaderNarrowerTest {
    private static Glossary read(String yaml) {
        return new GlossaryReader().read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    private static final String LADDER = """
            concepts:
              - {id: opening, zh: [开放]}
              - {id: opening-up, zh: [对外开放], broader: [opening]}
              - {id: high-level-opening-up, zh: [高水平对外开放], broader: [opening-up]}
              - {id: institutional-opening-up, zh: [制度型开放], broader: [opening]}
            """;

    @Test
    void readsBroaderAndDerivesNarrower() {
        Glossary g = read(LADDER);
        assertThat(g.broader("high-level-opening-up")).extracting(Concept::id).containsExactly("opening-up");
        assertThat(g.narrower("opening")).extracting(Concept::id).containsExactly("opening-up", "institutional-opening-up");
        assertThat(g.allNarrower("opening")).extracting(Concept::id)
                .containsExactly("opening-up", "institutional-opening-up", "high-level-opening-up");
        assertThat(g.broader("opening")).isEmpty();
    }

    @Test
    void checkFindsUnknownSelfAndCyclicBroader() {
        Glossary g = read("""
                concepts:
                  - {id: a, zh: [甲乙], broader: [b]}
                  - {id: b, zh: [丙丁], broader: [a]}
                  - {id: c, zh: [戊己], broader: [c, nowhere]}
                """);
        List<String> errors = new GlossaryCheck().check(g).stream().filter(GlossaryCheck.Finding::error)
                .map(f -> f.conceptId() + ": " + f.message()).toList();
        assertThat(errors).anyMatch(m -> m.startsWith("a: ") && m.contains("cycle"))
                .anyMatch(m -> m.startsWith("c: ") && m.contains("names itself"))
                .anyMatch(m -> m.startsWith("c: ") && m.contains("'nowhere' is not in the glossary"));
        assertThat(new GlossaryCheck().check(read(LADDER))).noneMatch(GlossaryCheck.Finding::error);
    }

    @Test
    void conceptsWithoutBroaderWriteAndReadBack() {
        Glossary g = read(LADDER);
        var out = new java.io.StringWriter();
        new GlossaryReader().write(g, out);
        assertThat(read(out.toString()).broader("opening-up")).extracting(Concept::id).containsExactly("opening");
    }
}
