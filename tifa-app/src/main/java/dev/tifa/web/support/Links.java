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

    /** The same passages as data: the KWIC API for one term in one document (JSON, or CSV with format=csv). */
    public static String kwicApi(String q, String docKey, boolean phrase) {
        return "/api/kwic?q=" + enc(q) + "&doc=" + enc(docKey) + (phrase ? "&phrase=1" : "");
    }
}
