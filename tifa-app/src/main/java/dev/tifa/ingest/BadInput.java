package dev.tifa.ingest;

/**
 * Content a reader cannot turn into a document. It becomes a problem item, never a stack trace,
 * so it carries no stack trace of its own.
 */
final class BadInput extends Exception {
    private final int line;

    /** @param line the 1-based line the problem is on, or 0 when it concerns the whole file */
    BadInput(int line, String message) {
        super(line > 0 ? "line " + line + ": " + message : message, null, false, false);
        this.line = line;
    }

    BadInput(String message) {
        this(0, message);
    }

    int line() {
        return line;
    }
}
