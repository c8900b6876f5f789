package dev.tifa.cli;

import dev.tifa.app.CountsImport;
import dev.tifa.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "import-counts", mixinStandardHelpOptions = true,
        description = {"Load a `tifa spark` output folder: its documents' metadata, sizes and glossary tallies (and the",
                "recorded hits, with --hits), not their texts, which stay on the cluster. Glossary trends, firsts, counts",
                "and comparisons then include them. Refuses an output counted with another glossary; loading it again",
                "changes nothing. See docs/spark.md, \"Back into Tifa\"."})
public final class ImportCountsCommand implements Callable<Integer> {
    @Mixin DataOption data;

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "SPARK_OUTPUT", description = "The folder `tifa spark -o` wrote (with csv/ tables).")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = data.open()) {
            CountsImport.Result r = new CountsImport(ws).load(output);
            out.printf("%,d documents in %s: %,d stored, %,d already stored%s%n", r.documents(), output, r.stored(), r.unchanged(),
                    r.hits() > 0 ? " (" + String.format("%,d", r.hits()) + " recorded hits)" : "");
            for (String s : r.refused()) out.println("  refused " + s);
            out.println("Texts stay on the cluster: glossary counts, trends, firsts and comparisons include these documents;"
                    + " ad-hoc phrases and passages cannot read them.");
            out.flush();
            return r.refused().isEmpty() ? 0 : 1;
        }
    }
}
