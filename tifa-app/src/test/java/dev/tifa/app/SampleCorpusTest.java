package dev.tifa.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 9 item 17: a TIFA_SAMPLE_DIR that does not exist is an error, not a silent fallback; the message says where to get it. */
class SampleCorpusTest {
    @Test
    void aMissingSampleDirIsAnError(@TempDir Path tmp) {
        String missing = tmp.resolve("no-such-folder").toString();
        assertThatThrownBy(() -> SampleCorpus.locate(missing))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TIFA_SAMPLE_DIR=" + missing + ": no such folder");
        assertThat(SampleCorpus.locate(tmp.toString())).contains(tmp.normalize());
    }

    @Test
    void theMessageSaysWhereToGetTheCorpus() {
        assertThat(SampleCorpus.HOW_TO_GET).contains("get it from the project", "../shared/corpora", "TIFA_SAMPLE_DIR");
    }
}
