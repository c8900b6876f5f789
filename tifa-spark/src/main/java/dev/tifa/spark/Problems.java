package dev.tifa.spark;

/**
 * Why a row was not counted, in a few words a summary can group by. The readers explain each problem in a sentence;
 * this names its kind from that sentence, so that the wording stays in one place (tifa-app's ingest).
 */
final class Problems {
    static final String CORRUPT_JSON = "corrupt JSON line";
    static final String MISSING_FIELD = "missing field";
    static final String WRONG_FIELD = "field of the wrong type or value";
    static final String NOT_UTF8 = "non-UTF-8 text";
    static final String BINARY = "binary file";
    static final String EMPTY = "empty file";
    static final String UNSUPPORTED = "unsupported file type";
    static final String UNREADABLE = "unreadable file";
    static final String OTHER = "other";

    private Problems() {
    }

    static String reason(String problem) {
        if (problem.contains("invalid UTF-8")) return NOT_UTF8;
        if (problem.contains("truncated or invalid JSON") || problem.contains("expected a JSON object")) return CORRUPT_JSON;
        if (problem.contains("no text") || problem.contains("no column")) return MISSING_FIELD;
        if (problem.contains("empty file") || problem.contains("empty text")) return EMPTY;
        if (problem.contains("must be") || problem.contains("unknown ")) return WRONG_FIELD;
        if (problem.contains("binary file")) return BINARY;
        if (problem.contains("unsupported file type")) return UNSUPPORTED;
        if (problem.contains("cannot read")) return UNREADABLE;
        return OTHER;
    }
}
