package dev.tifa.store;

/** The store could not do what was asked; the message says what and where, and nothing was half-written. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
