package dev.tifa.web.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The addresses of pages and API resources, so that every number can link to where it comes from. */
public final class Links {
    private Links() {
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static String doc(String key) {
        return "/doc/" + enc(key);
    }

    public static String docAt(String key, int start) {
        return doc(key) + "#h-" + start;
    }

    /** A stretch of a document's text (a claim's sentence) marked and scrolled to in the reader. */
    public static String passage(String key, int start, int end) {
        return doc(key) + "?passage=" + start + "-" + end + "#passage";
    }

    public static String event(String key) {
        return "/event/" + enc(key);
    }

    public static String term(String q) {
        return "/term?q=" + enc(q);
    }

    /** The passages behind a count, as a page to read: what every number and chart point links to. */
    public static String kwic(String q, String docKey, boolean phrase) {
        return "/passages?q=" + enc(q) + "&doc=" + enc(docKey) + (phrase ? "&phrase=1" : "");
    }

    /**
     * The passages of a term over a span of days ({@code from}..{@code to} inclusive) in the items of a kind or of
     * series (comma-separated; either may be null): what a point of a chart over periods opens, a page at a time.
     */
    public static String passagesBetween(String q, boolean phrase, java.time.LocalDate from, java.time.LocalDate to, String kind, String series) {
        return "/passages?q=" + enc(q) + (phrase ? "&phrase=1" : "") + "&from=" + from + "&to=" + to
                + (kind == null ? "" : "&kind=" + enc(kind)) + (series == null ? "" : "&series=" + enc(series));
    }

    /** The same passages as data: the KWIC API for one term in one document (JSON, or CSV with format=csv). */
    public static String kwicApi(String q, String docKey, boolean phrase) {
        return "/api/kwic?q=" + enc(q) + "&doc=" + enc(docKey) + (phrase ? "&phrase=1" : "");
    }
}
