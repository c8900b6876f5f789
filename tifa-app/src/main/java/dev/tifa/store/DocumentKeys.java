package dev.tifa.store;

import dev.tifa.model.DocumentMeta;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Proposes short, readable, unique keys for documents: {@code gwr-2024}, {@code gwr-2024-resolution},
 * {@code pc-20}, {@code 3p-2024-decision}, {@code gwr-2024-en}; commentary gets a slug of its title.
 */
final class DocumentKeys {
    private static final Map<String, String> SERIES = Map.of(
            "gov-work-report", "gwr",
            "party-congress", "pc",
            "third-plenum", "3p",
            "five-year-plan", "fyp");

    private DocumentKeys() {
    }

    static String propose(DocumentMeta m, Predicate<String> taken) {
        StringBuilder k = new StringBuilder();
        if (m.kind() == Kind.NEWS) return unique(newsKey(m), taken);
        String prefix = m.series() == null ? null : SERIES.getOrDefault(m.series(), slug(m.series(), 3));
        boolean titled = m.kind() == Kind.COMMENTARY || m.kind() == Kind.PREVIEW || prefix == null;
        if (titled) {
            k.append(m.kind().code());
            if (m.year() != null) k.append('-').append(m.year());
            String s = slug(m.title(), 4);
            if (!s.isEmpty()) k.append('-').append(s);
        } else {
            k.append(prefix);
            String congress = m.attributes().get("congress");
            if ("pc".equals(prefix) && congress != null) k.append('-').append(congress);
            else if (m.year() != null) k.append('-').append(m.year());
            String type = m.attributes().get("doc-type");
            if (type != null) k.append('-').append(slug(type, 2));
            if (m.kind() == Kind.RESOLUTION) k.append("-resolution");
            String edition = m.attributes().get("edition");
            if (edition != null && m.language() == Language.ZH) k.append('-').append(slug(edition, 2));
        }
        if (m.language() == Language.EN && !titled) k.append("-en");
        return unique(k.toString(), taken);
    }

    private static String unique(String base, Predicate<String> taken) {
        String key = base;
        for (int n = 2; taken.test(key); n++) key = base + "-" + n;
        return key;
    }

    /** {@code xwlb-2024-03-05-01}: series, broadcast day and running order, so that keys sort like the programme. */
    private static String newsKey(DocumentMeta m) {
        StringBuilder k = new StringBuilder(m.series() == null ? "news" : slug(m.series(), 3));
        if (m.date() != null) k.append('-').append(m.date());
        else if (m.year() != null) k.append('-').append(m.year());
        String num = m.attributes().get("num");
        if (num != null && num.strip().matches("\\d{1,4}")) k.append('-').append(String.format("%02d", Integer.parseInt(num.strip())));
        return k.toString();
    }

    /** Up to {@code words} ASCII words of the text, lower case, joined by hyphens. */
    static String slug(String text, int words) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", " ");
        String[] parts = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim().split(" ");
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (String p : parts) {
            if (p.isEmpty() || (n > 0 && p.length() < 3 && !p.matches("\\d+"))) continue;
            if (b.length() > 0) b.append('-');
            b.append(p);
            if (++n == words) break;
        }
        return b.toString();
    }
}
