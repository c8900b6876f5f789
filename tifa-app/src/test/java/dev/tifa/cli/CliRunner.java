package dev.tifa.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the real command line in-process against a data directory and captures what it prints. */
public final class CliRunner {
    public record Result(int exitCode, String out, String err) {
    }

    private final Path data;

    public CliRunner(Path data) {
        this.data = data;
    }

    public Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data"); // options may follow the positional parameters, in every sub-command
        all.add(data.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Tifa.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }
}
