package dev.tifa.web.support;

import dev.tifa.model.Document;

import java.util.Locale;

/** Numbers and dates as the pages show them. */
public final class Fmt {
    private Fmt() {
    }

    public static String rate(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    public static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    public static String num(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    public static String when(Document d) {
        if (d.meta().date() != null) return d.meta().date().toString();
        return d.meta().year() == null ? "—" : d.meta().year().toString();
    }

    public static String orDash(Object o) {
        return o == null || o.toString().isEmpty() ? "—" : o.toString();
    }

    /** "12,345 characters" / "3,456 words". */
    public static String size(Document d) {
        return num(d.size()) + " " + d.meta().language().unit();
    }
}
