package dev.tifa.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code tifa} command line: one sub-command per question, each a small class. */
@Command(name = "tifa", mixinStandardHelpOptions = true, version = "tifa 0.1.0",
        description = "Tifa measures what Chinese policy documents actually say: exact, traceable counts of formulations (提法).",
        subcommands = {DemoCommand.class, ImportCommand.class, ImportCountsCommand.class, DocsCommand.class, ShowCommand.class, CountCommand.class,
                KwicCommand.class, TrendCommand.class, CompareCommand.class, DiffCommand.class, FirstsCommand.class,
                DiscoverCommand.class, GlossaryCommand.class, ParallelCommand.class, FetchCommand.class, EventCommand.class,
                ClaimsCommand.class, ExpectCommand.class, ThemesCommand.class, ServeCommand.class,
                PositionCommand.class, OutlineCommand.class, LadderCommand.class, CollocatesCommand.class, NgramsCommand.class,
                VerifyCommand.class, BackupCommand.class, RestoreCommand.class, CommandLine.HelpCommand.class})
public final class Tifa implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs a command line with the given streams; returns the exit code (0 ok, 1 failed, 2 usage error). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands Errors on; the analyst needs the remedy, not the trace
            err.println("tifa: out of memory; give Java more (TIFA_JAVA_OPTS=-Xmx4g) or work on fewer or smaller documents");
            err.flush();
            return 1;
        } catch (StackOverflowError e) {
            err.println("tifa: input too deeply nested to process (stack overflow)");
            err.flush();
            return 1;
        }
    }

    private static boolean csvWithBom(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult leaf = parsed;
        while (leaf.hasSubcommand()) leaf = leaf.subcommand();
        return leaf.hasMatchedOption("--bom") && leaf.matchedOptionValue("--format", OutputFormat.table) == OutputFormat.csv;
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Tifa());
        cl.setExecutionExceptionHandler(new ErrorReporter());
        // ranges first; then a CSV for Excel gets its byte-order mark before the command writes
        OptionRanges ranges = new OptionRanges(parsed -> {
            if (csvWithBom(parsed)) parsed.commandSpec().commandLine().getOut().print(dev.tifa.app.CsvCells.BOM);
            return new CommandLine.RunLast().execute(parsed);
        });
        cl.setExecutionStrategy(ranges);
        cl.setParameterExceptionHandler(ranges);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }
}
