package dev.tifa.cli;

import dev.tifa.app.Workspace;
import dev.tifa.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Browse, read, chart and compare the documents in a browser (read-only).",
                "Listens on 127.0.0.1 unless --host is given; stop with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin DataOption data;
    @Spec CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    @Range(min = 0, max = 65_535, unit = "a TCP port; 0 picks a free one")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). 0.0.0.0 shares the corpus with your network.")
    String host;

    @Option(names = "--cache-mb", defaultValue = "64", paramLabel = "MB",
            description = "Memory for answers already computed, served again until the store or glossary changes (default: ${DEFAULT-VALUE}; 0: none).")
    @Range(min = 0, max = 65_536, unit = "megabytes")
    int cacheMb;

    @Option(names = "--time-limit", defaultValue = "120", paramLabel = "SECONDS",
            description = "Longest work for one request; a longer one is stopped with a 503 (default: ${DEFAULT-VALUE}).")
    @Range(min = 1, max = 86_400, unit = "seconds")
    int timeLimit;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) throw new UserError("--port must be from 0 to 65535");
        PrintWriter out = spec.commandLine().getOut();
        Workspace ws = data.open();
        WebServer server;
        try {
            server = WebServer.start(ws, host, port, new WebServer.Options((long) cacheMb << 20,
                    java.time.Duration.ofSeconds(timeLimit), dev.tifa.web.support.RequestStops.Watcher.NONE));
        } catch (RuntimeException e) {
            ws.close();
            throw new UserError("cannot listen on " + host + ":" + port + " (" + rootMessage(e) + ")");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            ws.close();
            stopped.countDown();
        }, "tifa-serve-shutdown"));
        out.println("Tifa is serving " + ws.store().count() + " documents from " + ws.dataDir() + " at " + server.url());
        out.println("Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
