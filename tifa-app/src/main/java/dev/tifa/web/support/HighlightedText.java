package dev.tifa.web.support;

import dev.tifa.glossary.Glossary;
import dev.tifa.model.Concept;
import dev.tifa.model.Hit;
import gg.jte.Content;
import gg.jte.TemplateOutput;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * A document's clean text as paragraphs with every formulation marked in its theme's colour. Occurrences nested in
 * a longer formulation are marks inside its mark. The document text is only ever written through
 * {@link TemplateOutput#writeUserContent(String)}, which escapes it; the markup around it is Tifa's own.
 * (An occurrence that overlaps another without being inside it is counted but not marked: marks cannot cross.)
 * A passage (a claim's sentence) can be marked too: its text is wrapped, piece by piece between the marks, in
 * {@code <span class="passage">}, the first piece with {@code id="passage"}.
 */
public final class HighlightedText implements Content {
    private static final Comparator<Hit> ORDER = Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit::end).reversed());

    private final String text;
    private final List<Hit> hits;
    private final Glossary glossary;
    private final ThemePalette palette;
    private final int passageStart;
    private final int passageEnd;

    public HighlightedText(String text, List<Hit> hits, Glossary glossary, ThemePalette palette) {
        this(text, hits, glossary, palette, -1, -1);
    }

    /** With the passage {@code [passageStart, passageEnd)} marked; -1, -1 for none. */
    public HighlightedText(String text, List<Hit> hits, Glossary glossary, ThemePalette palette, int passageStart, int passageEnd) {
        this.text = text;
        this.hits = hits.stream().sorted(ORDER).toList();
        this.glossary = glossary;
        this.palette = palette;
        this.passageStart = passageStart;
        this.passageEnd = passageEnd;
    }

    @Override
    public void writeTo(TemplateOutput out) {
        Deque<Hit> open = new ArrayDeque<>();
        int pos = 0;
        int lastId = -1;
        out.writeContent("<p>");
        for (Hit h : hits) {
            while (!open.isEmpty() && open.peek().end() <= h.start()) pos = close(out, open, pos);
            if (!open.isEmpty() && h.end() > open.peek().end()) continue;
            pos = write(out, pos, h.start(), open.isEmpty());
            out.writeContent(openTag(h, h.start() != lastId));
            lastId = h.start();
            open.push(h);
        }
        while (!open.isEmpty()) pos = close(out, open, pos);
        write(out, pos, text.length(), true);
        out.writeContent("</p>");
    }

    private int close(TemplateOutput out, Deque<Hit> open, int pos) {
        Hit h = open.pop();
        int p = write(out, pos, h.end(), false);
        out.writeContent("</mark>");
        return p;
    }

    /** Text from {@code from} to {@code to}; outside marks a line break starts a new paragraph. */
    private int write(TemplateOutput out, int from, int to, boolean paragraphs) {
        int start = from;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != '\n') continue;
            if (i > start) piece(out, start, i);
            out.writeContent(paragraphs ? "</p>\n<p>" : " ");
            start = i + 1;
        }
        if (to > start) piece(out, start, to);
        return Math.max(from, to);
    }

    /** Text without line breaks, the part inside the passage (if any) wrapped in its span. */
    private void piece(TemplateOutput out, int from, int to) {
        int s = Math.max(from, passageStart);
        int e = Math.min(to, passageEnd);
        if (passageStart < 0 || s >= e) {
            out.writeUserContent(text.substring(from, to));
            return;
        }
        if (s > from) out.writeUserContent(text.substring(from, s));
        boolean first = true;
        for (int i = passageStart; i < s; i++) {
            if (text.charAt(i) != '\n') {
                first = false;
                break;
            }
        }
        out.writeContent(first ? "<span class=\"passage\" id=\"passage\">" : "<span class=\"passage\">");
        out.writeUserContent(text.substring(s, e));
        out.writeContent("</span>");
        if (to > e) out.writeUserContent(text.substring(e, to));
    }

    private String openTag(Hit h, boolean withId) {
        Concept c = glossary.concept(h.conceptId()).orElse(null);
        String title = (c == null ? h.conceptId() : c.label() + (c.en().isEmpty() ? "" : " · " + c.en().get(0)))
                + (h.standalone() ? "" : " (inside " + h.nestedIn() + ")");
        return "<mark class=\"f" + (h.standalone() ? "" : " nested") + "\"" + (withId ? " id=\"h-" + h.start() + "\"" : "")
                + " data-start=\"" + h.start() + "\" tabindex=\"0\""
                + " style=\"--c:" + palette.colourOf(h.conceptId()) + "\""
                + " data-concept=\"" + attr(h.conceptId()) + "\" title=\"" + attr(title) + "\">";
    }

    /** Escapes a glossary value for a double-quoted attribute. */
    static String attr(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&#34;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
