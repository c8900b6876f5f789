package dev.tifa.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset to decode a page with. Pages labelled GB2312 or GBK routinely contain characters outside those
 * tables (镕, 堃 …), so they are decoded as GB18030, which contains both.
 */
final class HtmlCharset {
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_\\-:.]+)");
    /** Browsers look for the charset declaration in the first 1024 bytes; pages in the wild stretch that a little. */
    private static final int SNIFF = 4096;

    private HtmlCharset() {
    }

    /**
     * @param hint a charset from the HTTP header or the caller, or null
     * @return the charset name to decode with, or null to let jsoup decide (BOM, meta tag, else UTF-8)
     */
    static String choose(byte[] bytes, String hint) {
        if (TextBytes.startsWith(bytes, 0xEF, 0xBB, 0xBF) || TextBytes.startsWith(bytes, 0xFE, 0xFF)
                || TextBytes.startsWith(bytes, 0xFF, 0xFE)) {
            return null; // a BOM is the strongest evidence; jsoup reads it
        }
        String declared = hint;
        if (declared == null || declared.isBlank()) {
            String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            declared = m.find() ? m.group(1) : null;
        }
        if (declared == null) return null;
        String name = declared.strip().toLowerCase(Locale.ROOT);
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk") || name.equals("cp936")
                || name.equals("windows-936") || name.equals("gb_2312-80") || name.equals("euc-cn")) {
            return "GB18030";
        }
        try {
            return Charset.isSupported(name) ? name : null;
        } catch (IllegalArgumentException e) {
            return null; // a garbled label: fall back to jsoup's own detection
        }
    }
}
