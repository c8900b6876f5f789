package dev.tifa.ingest;

/** A page could not be fetched or read; the message starts with its address. */
public class FetchException extends IllegalArgumentException {
    private final String url;

    public FetchException(String url, String message) {
        super(url + ": " + message);
        this.url = url;
    }

    public String url() {
        return url;
    }
}
