package dev.tifa.web.support;

import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Guards the few requests that change something (POST): the request must come from a page of this server (its
 * Origin, else its Referer, names this server) and carry this server's token, a random value made when the server
 * starts and put in every form. Another site can neither read the token nor forge the Origin of a browser's request.
 */
public final class Csrf {
    public static final String FIELD = "csrf";

    private final String token;

    public Csrf() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        this.token = HexFormat.of().formatHex(b);
    }

    public String token() {
        return token;
    }

    public void check(Context ctx) {
        String self = ctx.scheme() + "://" + ctx.host();
        String origin = ctx.header("Origin");
        String referer = ctx.header("Referer");
        boolean sameOrigin = origin != null ? origin.equals(self) : referer != null && (referer.equals(self) || referer.startsWith(self + "/"));
        if (!sameOrigin) throw WebError.forbidden("refused: this request did not come from a page of this server");
        String sent = ctx.formParam(FIELD);
        if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            throw WebError.forbidden("refused: the form's token is missing or stale; reload the page and try again");
        }
    }
}
