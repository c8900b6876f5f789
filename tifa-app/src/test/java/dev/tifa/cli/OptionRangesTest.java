package dev.tifa.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OptionRangesTest {
    @TempDir
    Path data;

    /** Every numeric option of every command, sub-commands included, declares its range. */
    @Test
    void everyNumericOptionHasARange() {
        List<String> missing = new ArrayList<>();
        collect(Tifa.commandLine(), missing);
        assertThat(missing).isEmpty();
    }

    private static void collect(CommandLine cl, List<String> missing) {
        CommandSpec spec = cl.getCommandSpec();
        for (ArgSpec arg : spec.args()) {
            Class<?> type = arg.type();
            boolean numeric = Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class
                    || Collection.class.isAssignableFrom(type) && arg.auxiliaryTypes().length > 0 && Number.class.isAssignableFrom(arg.auxiliaryTypes()[0]);
            if (numeric && OptionRanges.range(arg) == null) missing.add(spec.qualifiedName() + " " + arg);
        }
        for (CommandLine sub : cl.getSubcommands().values()) collect(sub, missing);
    }

    @Test
    void outOfRangeValuesAreOneLineUsageErrors() {
        CliRunner tifa = new CliRunner(data);
        String[][] cases = {
                {"kwic", "发展", "--window", "-5"},
                {"kwic", "发展", "--window", "2147483647"},
                {"count", "发展", "--top", "-1"},
                {"compare", "a", "b", "--min-freq", "-1"},
                {"discover", "a", "--min-freq", "0"},
                {"compare", "--around", "2024-07-18", "--days", "0"},
                {"serve", "--port", "70000"},
                {"import", "x.txt", "--max-chars", "0"},
                {"discover", "a", "--add", "1,-2"},
        };
        for (String[] args : cases) {
            CliRunner.Result r = tifa.run(args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).contains("is out of range; it must be").contains("--help");
        }
        CliRunner.Result window = tifa.run("kwic", "发展", "--window", "-5");
        assertThat(window.err().strip()).isEqualTo("tifa kwic: --window: -5 is out of range; it must be from 0 to 10000 (characters) (see tifa kwic --help)");
    }

    @Test
    void otherUsageErrorsAreOneLineToo() {
        CliRunner.Result r = new CliRunner(data).run("kwic", "发展", "--window", "wide");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("--window", "wide");
        CliRunner.Result day = new CliRunner(data).run("docs", "--from", "-3");
        assertThat(day.exitCode()).isEqualTo(2);
        assertThat(day.err().strip()).isEqualTo("tifa docs: Invalid value for option '--from': '-3' is not a date "
                + "(expected yyyy, yyyy-mm or yyyy-mm-dd) (see tifa docs --help)");
    }
}
