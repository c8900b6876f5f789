package dev.tifa.web;

import dev.tifa.app.Workspace;
import dev.tifa.web.support.HostCheck;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;

/**
 * Tifa in a browser: server-rendered pages and a JSON API over one workspace, read-only. Binds to loopback unless
 * told otherwise. {@code start(ws, "127.0.0.1", 0)} picks a free port; {@link #port()} says which.
 */
public final class WebServer implements AutoCloseable {
    private final Javalin app;
    private final String host;

    private WebServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /**
     * How the server spends its memory and time: {@code cacheBytes} of computed answers kept (0: none), at most
     * {@code timeLimit} of work for one request, and who is told when work stops early (tests, the log).
     */
    public record Options(long cacheBytes, java.time.Duration timeLimit, dev.tifa.web.support.RequestStops.Watcher watcher) {
        public static final Options DEFAULTS = new Options(dev.tifa.web.support.AnswerCache.DEFAULT_BYTES,
                dev.tifa.web.support.RequestStops.DEFAULT_LIMIT, dev.tifa.web.support.RequestStops.Watcher.NONE);
    }

    public static WebServer start(Workspace workspace, String host, int port) {
        return start(workspace, host, port, Options.DEFAULTS);
    }

    public static WebServer start(Workspace workspace, String host, int port, Options options) {
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.staticFiles.enableWebjars();
            config.staticFiles.add(s -> {
                s.hostedPath = "/static";
                s.directory = "/web/static";
                s.location = Location.CLASSPATH;
            });
            // Jetty answers malformed requests (400, 414, 431) itself, before any route: with the same headers
            config.jetty.modifyServer(server -> server.setErrorHandler(new HeadedErrorHandler()));
            Routes.install(config.routes, workspace, HostCheck.forBinding(host), options);
        });
        app.start(host, port);
        return new WebServer(app, host);
    }

    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + (h.equals("0.0.0.0") ? "127.0.0.1" : h) + ":" + port() + "/";
    }

    public void stop() {
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
