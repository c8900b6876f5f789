package dev.tifa.web.support;

import java.util.Map;

/**
 * The headers every response carries, the app's pages and Jetty's own error pages alike. Scripts only from this
 * server (none inline): document text can never run as code, even if escaping failed.
 */
public final class SecurityHeaders {
    public static final Map<String, String> ALL = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                    + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer");

    private SecurityHeaders() {
    }
}
