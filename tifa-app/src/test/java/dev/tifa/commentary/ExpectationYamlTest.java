package dev.tifa.commentary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpectationYamlTest {
    @TempDir
    Path dir;

    @Test
    void mistakesNameTheFileLineOrRule() throws IOException {
        Path dup = Files.writeString(dir.resolve("dup.yaml"), "- rule: rises\n  term: 安全\n  term: 发展\n");
        assertThatThrownBy(() -> ExpectationService.readYaml(dup))
                .hasMessage(dup + ":3: key 'term' appears twice in one mapping");

        Path broken = Files.writeString(dir.resolve("broken.yaml"), "- {rule: rises, term: 安全\n");
        assertThatThrownBy(() -> ExpectationService.readYaml(broken)).hasMessageStartingWith(broken + ":").hasMessageContaining("not valid YAML");

        Path noRule = Files.writeString(dir.resolve("norule.yaml"), "- {term: 安全}\n");
        assertThatThrownBy(() -> ExpectationService.readYaml(noRule)).hasMessage(noRule + ": rule 1: needs a 'rule' field");
    }

    @Test
    void goodRulesAreRead() throws IOException {
        Path ok = Files.writeString(dir.resolve("ok.yaml"), "- {rule: rises, term: 安全}\n");
        assertThat(ExpectationService.readYaml(ok)).hasSize(1);
    }
}
