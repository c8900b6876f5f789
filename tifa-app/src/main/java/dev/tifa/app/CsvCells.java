package dev.tifa.app;

/**
 * How a value is written into a CSV cell (RFC 4180), the same for the command line and the web: numbers in full
 * precision, text quoted when it must be, and text a spreadsheet would run as a formula prefixed with an apostrophe
 * (commentary pages are untrusted input).
 */
public final class CsvCells {
    private CsvCells() {
    }

    /** The UTF-8 byte order mark that makes Excel read a CSV file as UTF-8 (Chinese text), asked for with --bom / bom=1. */
    public static final String BOM = "\uFEFF";

    /**
     * A column heading or JSON key as a CSV column name, the same for the command line and the web API: snake_case,
     * "per 10k" and "per10k" both per_10k, "source.key" source_key, "#" n. Never empty.
     */
    public static String column(String name) {
        String s = name.strip();
        if (s.equals("#")) return "n";
        s = s.replaceAll("(?<=[a-z])(?=10k)", "_").replaceAll("(?<=[a-z0-9])(?=[A-Z])", "_");
        s = s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_|_$", "");
        return s.isEmpty() ? "column" : s;
    }

    public static String encode(Object v) {
        if (v == null) return "";
        if (v instanceof Number || v instanceof Boolean) return v.toString();
        String s = v.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) s = "'" + s;
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            s = '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
