package dev.tifa.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 9 through the command line: counting titles (item 9) and the glossary's broader/narrower ladder (item 13). */
class TruthCliTest {
    @TempDir Path data;
    private CliRunner tifa;

    private static String fixture(String name) {
        try {
            return Path.of(TruthCliTest.class.getResource("/fixtures/truth/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void setUp() {
        tifa = new CliRunner(data);
        var r = tifa.run("import", fixture("titled-2032.md"));
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void withTitleCountsTheTitleTooAndSaysSo() {
        var body = tifa.run("count", "高水平对外开放", "--kind", "official", "--format", "csv");
        assertThat(body.out()).contains(",high-standard-opening-up,1,");
        var titled = tifa.run("count", "高水平对外开放", "--kind", "official", "--with-title", "--format", "csv");
        assertThat(titled.out()).contains(",high-standard-opening-up,2,");
        assertThat(tifa.run("count", "高水平对外开放", "--kind", "official").out()).contains("Counted in: the body");
        assertThat(tifa.run("count", "高水平对外开放", "--kind", "official", "--with-title").out()).contains("Counted in: title + body");
        var kwic = tifa.run("kwic", "高水平对外开放", "--kind", "official", "--with-title");
        assertThat(kwic.out()).contains("2 of 2 occurrences").contains("title + body");
    }

    @Test
    void glossaryShowsTheLadder() {
        var show = tifa.run("glossary", "show", "高水平对外开放");
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("broader: high-standard-opening-up (高水平对外开放) → opening-up (对外开放) → opening (开放)");
        var tree = tifa.run("glossary", "tree", "reform");
        assertThat(tree.out()).contains("reform (改革)").contains("  └ comprehensively-deepening-reform (全面深化改革)")
                .contains("    └ further-deepening-reform (进一步全面深化改革)");
        var missing = tifa.run("glossary", "show", "no-such-concept");
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.err()).contains("no glossary concept 'no-such-concept'");
    }
}
