package dev.tifa.cli;

import dev.tifa.app.ImportService;
import dev.tifa.app.ImportService.OnError;
import dev.tifa.app.ImportService.Simplify;
import dev.tifa.app.Workspace;
import dev.tifa.ingest.DocumentSources;
import dev.tifa.ingest.ImportOptions;
import dev.tifa.ingest.ReadLimits;
import dev.tifa.ingest.SourceItem;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import dev.tifa.store.Store;
import dev.tifa.text.ControlCharacters;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import documents: JSONL collections, .txt/.md files (optional front matter), HTML pages, PDFs, "
                + "aligned zh–en .tsv files, or folders of them.",
                "Documents are stored in batches as they are read (--on-error abort: the whole run is one transaction). "
                        + "Re-importing a document already stored (same text; for news: same date, running order and url) changes nothing.",
                "Exit code: 0 all imported, 3 some inputs skipped (listed), 1 aborted or failed."})
public final class ImportCommand implements Callable<Integer> {
    @Mixin DataOption data;
    @Mixin FormatOption format;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders.")
    List<Path> paths;

    @Option(names = "--series", description = "Series of every document, e.g. gov-work-report, party-congress, third-plenum.")
    String series;

    @Option(names = "--kind", description = "official, resolution, commentary, preview or news.")
    String kind;

    @Option(names = "--lang", description = "zh or en (default: from the source, else detected).")
    String language;

    @Option(names = "--title", description = "Title (for a single document).")
    String title;

    @Option(names = "--date", description = "Date as yyyy-mm-dd.")
    LocalDate date;

    @Option(names = "--attr", paramLabel = "KEY=VALUE", description = "Extra metadata, e.g. translation=Xinhua; repeatable.")
    Map<String, String> attributes = new LinkedHashMap<>();

    @Option(names = "--on-error", defaultValue = "skip", paramLabel = "POLICY",
            description = "skip: report bad inputs and import the rest; abort: import nothing if any input is bad (default: ${DEFAULT-VALUE}).")
    String onError;

    @Option(names = "--simplify", defaultValue = "auto", paramLabel = "WHEN",
            description = "Traditional → simplified conversion for Chinese: auto (texts with many traditional characters), always, never (default: ${DEFAULT-VALUE}).")
    String simplify;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + ReadLimits.DEFAULT_MAX_CHARS,
            description = "Largest document accepted, in characters (default: ${DEFAULT-VALUE}); a bigger one is skipped.")
    @Range(min = 1, max = 500_000_000, unit = "characters")
    int maxChars;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "60",
            description = "Longest time reading one document may take (default: ${DEFAULT-VALUE} s); a slower one is skipped.")
    @Range(min = 1, max = 86_400, unit = "seconds")
    int timeLimit;

    @Option(names = "--verbose", description = "A line per document (status, key, title, where) as it is stored.")
    boolean verbose;

    @Option(names = "--report", paramLabel = "FILE", description = "Write a line per document to FILE: CSV, or JSON if FILE ends in .json.")
    Path report;

    /** Up to this many documents, the lines per document are printed without --verbose (as for a single file). */
    private static final int LIST_UP_TO = 20;

    @Override
    public Integer call() {
        OnError policy = parse(OnError.class, onError, "--on-error");
        Simplify when = parse(Simplify.class, simplify, "--simplify");
        ImportOptions options = new ImportOptions(series, kind == null ? null : Kind.parse(kind),
                language == null ? null : Language.parse(language), title, date, attributes);
        for (Path p : paths) {
            if (!p.toFile().exists()) throw new UserError("no such file or folder: " + p);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        Table small = new Table("status", "key", "title", "where");
        try (Workspace ws = data.open(); ProgressBar bar = progressBar(); ImportLog log = report == null ? null : ImportLog.open(report)) {
            ws.onNotice(err::println);
            long[] chars = {0};
            ReadLimits limits = ReadLimits.DEFAULT.withMaxChars(maxChars).withPerDocument(java.time.Duration.ofSeconds(timeLimit));
            ImportService.Summary r = new ImportService(ws).run(paths, options, limits, policy, when, new ImportService.Listener() {
                @Override
                public void read(SourceItem item) {
                    if (bar == null) return;
                    if (item.ok()) chars[0] += item.document().original().length();
                    bar.step();
                    bar.setExtraMessage(String.format(java.util.Locale.ROOT, "%.1f M chars", chars[0] / 1e6));
                }

                @Override
                public void stored(Store.Saved s, String location) {
                    String status = s.alreadyStored() ? "unchanged" : "added";
                    var d = s.document();
                    if (log != null) log.row(status, d.key(), d.meta().title(), location);
                    if (verbose && format.format() == OutputFormat.table) {
                        out.println(status + "\t" + d.key() + "\t" + ControlCharacters.strip(d.meta().title()) + "\t" + ControlCharacters.strip(location));
                    } else if (small.rows().size() <= LIST_UP_TO) {
                        small.row(status, d.key(), d.meta().title(), location);
                    }
                }
            });
            if (bar != null) bar.close();
            double seconds = (System.nanoTime() - started) / 1e9;
            for (SourceItem p : r.problems()) {
                if (log != null) log.row(r.aborted() ? "aborted" : "skipped", null, p.problem(), p.location());
            }
            boolean list = (verbose && format.format() != OutputFormat.table) || (!verbose && r.read() <= LIST_UP_TO);
            Table t = list ? small : new Table("status", "key", "title", "where");
            if (list) for (SourceItem p : r.problems()) t.row(r.aborted() ? "aborted" : "skipped", null, p.problem(), p.location());
            t.note(r.aborted()
                    ? "Aborted: " + r.problems().size() + " bad input(s); nothing was stored (--on-error skip imports the rest)."
                    : r.added() + " added, " + r.unchanged() + " already stored, " + r.problems().size() + " skipped. Store: " + ws.dataDir());
            t.note(String.format(java.util.Locale.ROOT, "%d documents, %.1f million characters read in %.1f s.", r.read(), r.chars() / 1e6, seconds)
                    + (list || verbose ? "" : " A line per document: --verbose or --report FILE."));
            if (!list && format.format() == OutputFormat.table) {
                t.notes().forEach(out::println); // a summary, not an empty table: the lines per document are elsewhere
                out.flush();
            } else {
                TableRenderer.render(t, format.format(), out);
            }
            for (SourceItem w : r.warnings()) err.println(ControlCharacters.strip("tifa import: " + w.location() + ": warning: " + w.warning()));
            for (SourceItem p : r.problems()) err.println(ControlCharacters.strip("tifa import: " + p.describe()));
            err.flush();
            if (r.aborted()) return 1;
            return r.problems().isEmpty() ? 0 : 3;
        }
    }

    private ProgressBar progressBar() {
        if (System.console() == null) return null;
        long n = paths.stream().mapToLong(DocumentSources::countItems).sum();
        if (n < 20) return null;
        return new ProgressBarBuilder().setTaskName("import").setInitialMax(n).setUnit(" docs", 1).showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String option) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError(option + ": '" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase());
        }
    }
}
