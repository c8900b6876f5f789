package dev.tifa.app;

/**
 * How a value is written into a CSV cell (RFC 4180), the same for the command line and the web: numbers in full
 * precision, text quoted when it must be, and text a spreadsheet would run as a formula prefixed with an apostrophe
 * (commentary pages are untrusted input).
 */
public final class CsvCells {
    private CsvCells() {
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
