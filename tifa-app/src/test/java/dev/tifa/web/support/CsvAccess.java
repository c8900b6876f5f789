package dev.tifa.web.support;

/** Gives the tests in dev.tifa.web the package-private CSV cell rule. */
public final class CsvAccess {
    private CsvAccess() {
    }

    public static String cell(Object v) {
        return Csv.cell(v);
    }
}
