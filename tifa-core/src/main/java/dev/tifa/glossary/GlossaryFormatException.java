package dev.tifa.glossary;

/** A glossary file that cannot be read: the message names the file and, where known, the line. */
public class GlossaryFormatException extends RuntimeException {
    public GlossaryFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
