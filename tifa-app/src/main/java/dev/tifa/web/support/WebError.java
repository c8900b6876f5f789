package dev.tifa.web.support;

/** A request that cannot be answered, with the status and a message safe to show to the user. */
public final class WebError extends RuntimeException {
    private final int status;

    private WebError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public static WebError badRequest(String message) {
        return new WebError(400, message);
    }

    public static WebError forbidden(String message) {
        return new WebError(403, message);
    }

    public static WebError notFound(String message) {
        return new WebError(404, message);
    }

    /** 503: the server stopped working on the request (its time limit). */
    public static WebError unavailable(String message) {
        return new WebError(503, message);
    }

    public int status() {
        return status;
    }
}
