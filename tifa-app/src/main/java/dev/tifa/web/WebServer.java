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

    public static WebServer start(Workspace workspace, String host, int port) {
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
            Routes.install(config.routes, workspace, HostCheck.forBinding(host));
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
