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
        return when(d.meta());
    }

    public static String when(dev.tifa.model.DocumentInfo d) {
        return when(d.meta());
    }

    private static String when(dev.tifa.model.DocumentMeta m) {
        if (m.date() != null) return m.date().toString();
        return m.year() == null ? "—" : m.year().toString();
    }

    /** An enum constant as a CSS class part: NOT_FOUND → not-found. */
    public static String code(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** An enum constant as a badge says it: NOT_FOUND → NOT FOUND. */
    public static String label(Enum<?> e) {
        return e.name().replace('_', ' ');
    }

    public static String orDash(Object o) {
        return o == null || o.toString().isEmpty() ? "—" : o.toString();
    }

    /** "12,345 characters" / "3,456 words". */
    public static String size(Document d) {
        return num(d.size()) + " " + d.meta().language().unit();
    }

    /**
     * A document's source as a page may show it: a web address as is; a local file by its name only, since the
     * folders it sat in (a user name, a client's name) are nobody's business on a shared server.
     */
    public static String shownSource(String s) {
        if (s == null || isWebLink(s)) return s;
        String t = s.strip();
        int cut = Math.max(t.lastIndexOf('/'), t.lastIndexOf('\\'));
        return cut >= 0 && cut < t.length() - 1 ? t.substring(cut + 1) : t;
    }

    public static String size(dev.tifa.model.DocumentInfo d) {
        return num(d.size()) + " " + d.meta().language().unit();
    }

    /** Only http(s) sources become links (never javascript: or file: from imported metadata). */
    public static boolean isWebLink(String s) {
        return s != null && (s.startsWith("https://") || s.startsWith("http://"));
    }

    /** A percent-encoded address with its Chinese characters readable again. */
    public static String readableUrl(String s) {
        try {
            return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
