package dev.tifa.ingest;

import dev.tifa.model.DocumentMeta;
import dev.tifa.model.RawDocument;

import dev.tifa.text.ControlCharacters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The checks every document passes after its reader, whatever the format: not bigger than the size limit, not mostly
 * undecodable, no NUL or unpaired surrogate characters (replaced, with a warning), no control characters in the
 * title (an escape sequence in a title would otherwise reach the analyst's terminal).
 */
final class TextChecks {
    static final char REPLACEMENT = '\uFFFD';
    /** More replacement characters than this share of the text: it was decoded with the wrong charset. */
    private static final double MAX_REPLACEMENT_SHARE = 0.02;

    private TextChecks() {
    }

    static SourceItem check(SourceItem item, int maxChars) {
        if (!item.ok()) return item;
        RawDocument doc = item.document();
        String text = doc.original();
        if (text.length() > maxChars) {
            return SourceItem.problem(item.location(), String.format(Locale.ROOT,
                    "document too large: %,d characters (the limit is %,d; raise it with --max-chars)", text.length(), maxChars));
        }
        // replacement characters the decoder put in, not the ones put in for NULs below
        int bad = count(text, REPLACEMENT);
        int visible = visibleChars(text);
        if (bad > 0 && bad > MAX_REPLACEMENT_SHARE * visible) {
            return SourceItem.problem(item.location(), String.format(Locale.ROOT,
                    "text is mostly undecodable (%d%% replacement characters U+FFFD): wrong character encoding? "
                            + "Save it as UTF-8 or declare its charset", Math.round(100.0 * bad / Math.max(1, visible))));
        }
        List<String> repairs = new ArrayList<>();
        String repaired = replaceUnencodable(text, repairs);
        DocumentMeta meta = doc.meta();
        String title = replaceUnencodable(ControlCharacters.strip(meta.title()), new ArrayList<>()).strip();
        if (title.isBlank()) title = "untitled";
        if (!title.equals(meta.title())) repairs.add("control characters or unpaired surrogates removed from the title");
        if (repairs.isEmpty()) return item;
        DocumentMeta cleanMeta = new DocumentMeta(title, meta.date(), meta.year(), meta.series(), meta.kind(),
                meta.language(), meta.source(), meta.attributes());
        return item.withWarning(new RawDocument(cleanMeta, repaired, doc.profile()), String.join("; ", repairs));
    }

    /** NUL and unpaired surrogates become U+FFFD: SQLite, terminals and every later stage handle that one. */
    private static String replaceUnencodable(String text, List<String> repairs) {
        StringBuilder out = null;
        int nul = 0;
        int lone = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairHigh = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            boolean pairLow = Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            boolean bad = c == 0 || Character.isSurrogate(c) && !pairHigh && !pairLow;
            if (bad && out == null) out = new StringBuilder(text.length()).append(text, 0, i);
            if (bad) {
                if (c == 0) nul++;
                else lone++;
                out.append(REPLACEMENT);
            } else if (out != null) {
                out.append(c);
            }
        }
        if (nul > 0) repairs.add(nul + " NUL character(s) replaced with U+FFFD");
        if (lone > 0) repairs.add(lone + " unpaired surrogate(s) replaced with U+FFFD");
        return out == null ? text : out.toString();
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }

    private static int visibleChars(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (!Character.isWhitespace(s.charAt(i))) n++;
        return n;
    }
}
