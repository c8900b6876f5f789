package dev.tifa.cli;

import dev.tifa.app.ImportService;
import dev.tifa.app.Workspace;
import dev.tifa.commentary.FetchService;
import dev.tifa.ingest.ImportOptions;
import dev.tifa.ingest.PageFetcher;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Download pages (news/analysis HTML, PDF, plain text) and import them: the article text without the "
                + "page's clutter, with title, byline and date; the page as downloaded is kept beside it.",
                "Exit code: 0 all fetched, 3 some addresses failed (listed), 1 nothing could be done."})
public final class FetchCommand implements Callable<Integer> {
    @Mixin DataOption data;
    @Mixin FormatOption format;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "URL", arity = "1..*", description = "http(s) addresses.")
    List<String> urls;

    @Option(names = "--kind", defaultValue = "commentary", description = "commentary, preview or official (default: ${DEFAULT-VALUE}).")
    String kind;

    @Option(names = "--series", description = "Series, e.g. third-plenum.")
    String series;

    @Option(names = "--lang", description = "zh or en (default: detected).")
    String language;

    @Option(names = "--title", description = "Title (for a single page).")
    String title;

    @Option(names = "--date", description = "Date as yyyy-mm-dd.")
    LocalDate date;

    @Option(names = "--attr", paramLabel = "KEY=VALUE", description = "Extra metadata, e.g. translation=Xinhua; repeatable.")
    Map<String, String> attributes = new LinkedHashMap<>();

    @Option(names = "--event", paramLabel = "KEY", description = "Also add each page to this event (role from --kind).")
    String event;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS", description = "Read timeout (default: ${DEFAULT-VALUE}).")
    @Range(min = 1, max = 3600, unit = "seconds")
    int timeout;

    @Option(names = "--max-size", defaultValue = "10", paramLabel = "MB", description = "Largest page to download (default: ${DEFAULT-VALUE} MB).")
    @Range(min = 1, max = 2000, unit = "MB")
    int maxMb;

    @Option(names = "--allow-private", description = "Also fetch from loopback, private and link-local addresses (your own "
            + "network, a local server); refused by default, also when a page redirects there.")
    boolean allowPrivate;

    @Override
    public Integer call() {
        ImportOptions options = new ImportOptions(series, Kind.parse(kind), language == null ? null : Language.parse(language), title, date, attributes);
        PageFetcher fetcher = new PageFetcher(new PageFetcher.Settings(Duration.ofSeconds(Math.min(timeout, 10)), Duration.ofSeconds(timeout),
                maxMb * 1024L * 1024L, 5, allowPrivate));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Workspace ws = data.open()) {
            List<FetchService.Result> results = new FetchService(ws, fetcher).fetch(urls, options, ImportService.Simplify.AUTO, event);
            Table t = new Table("status", "key", "kind", "lang", "title", "source", "type", "charset");
            for (FetchService.Result r : results) {
                if (!r.ok()) {
                    t.row("failed", null, null, null, r.problem(), r.url(), null, null);
                    continue;
                }
                var d = r.saved().document();
                t.row(r.saved().alreadyStored() ? "unchanged" : "added", d.key(), d.meta().kind().code(), d.meta().language().code(),
                        d.meta().title(), d.meta().source(), r.fetched().contentType(), r.fetched().charset());
            }
            long failed = results.stream().filter(r -> !r.ok()).count();
            t.note((results.size() - failed) + " fetched, " + failed + " failed." + (event == null ? "" : " Added to event " + event + "."));
            TableRenderer.render(t, format.format(), out);
            results.stream().filter(r -> !r.ok()).forEach(r -> err.println("tifa fetch: " + r.problem()));
            err.flush();
            if (failed == results.size()) return 1;
            return failed == 0 ? 0 : 3;
        }
    }
}
