package dev.tifa.web.support;

import io.javalin.http.Context;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Answers only requests addressed to this server by a name it is known by. A server on loopback answers to
 * {@code localhost}, {@code 127.0.0.1} and {@code [::1]} only, so that a web page whose name is re-pointed at
 * 127.0.0.1 (DNS rebinding) cannot read the corpus through the analyst's browser. Bound to a given address or name
 * ({@code serve --host}), that name is accepted too; bound to all interfaces (0.0.0.0), any name is.
 */
public final class HostCheck {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final Set<String> names; // null: any name

    private HostCheck(Set<String> names) {
        this.names = names;
    }

    public static HostCheck forBinding(String bindHost) {
        String h = bindHost == null ? "" : bindHost.strip().toLowerCase(Locale.ROOT);
        if (h.isEmpty() || h.equals("0.0.0.0") || h.equals("::") || h.equals("[::]")) return new HostCheck(null);
        Set<String> names = new TreeSet<>(LOOPBACK);
        names.add(h);
        if (h.contains(":") && !h.startsWith("[")) names.add("[" + h + "]");
        return new HostCheck(names);
    }

    public boolean allows(String hostHeader) {
        if (names == null) return true;
        if (hostHeader == null || hostHeader.isBlank()) return false;
        return names.contains(withoutPort(hostHeader.strip().toLowerCase(Locale.ROOT)));
    }

    public void check(Context ctx) {
        if (!allows(ctx.header("Host"))) {
            throw WebError.forbidden("this server answers only to " + String.join(", ", names)
                    + " (start it with serve --host NAME to use another name)");
        }
    }

    private static String withoutPort(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.indexOf(':');
        return colon >= 0 && host.indexOf(':', colon + 1) < 0 ? host.substring(0, colon) : host;
    }
}
