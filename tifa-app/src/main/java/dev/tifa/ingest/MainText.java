package dev.tifa.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article text of a news page: choose the container that holds the article, strip the clutter inside it,
 * and emit its paragraphs separated by blank lines. Changes the document it is given.
 */
final class MainText {
    private static final String PARAGRAPHS = "p, h2, h3, h4, h5, li, blockquote, pre";
    private static final String INLINE = "a, span, em, strong, b, i, u, s, small, sup, sub, code, abbr, cite, q, time, mark, font";
    /** An element holding more than this share of the page's paragraph text is the article's wrapper, not clutter. */
    private static final double WRAPPER_SHARE = 0.5;
    /** An {@code <article>} with less than this share of the paragraph text is a teaser, not the story. */
    private static final double ARTICLE_SHARE = 0.25;

    private MainText() {
    }

    static String extract(Document page) {
        Element body = page.body();
        removeClutterTags(body);
        int total = paragraphText(body);
        Element container = container(body, total);
        removeClutter(container, paragraphText(container));
        return paragraphs(container);
    }

    /** Drops nav, header, aside, forms …; but unwraps a form that holds most of the text (ASP.NET pages sit in one). */
    private static void removeClutterTags(Element body) {
        boolean paragraphs = paragraphText(body) > 0;
        int total = paragraphs ? paragraphText(body) : body.text().length();
        for (Element e : body.select(Clutter.TAGS)) {
            if (e.parent() == null) continue; // already gone with an ancestor
            int share = paragraphs ? paragraphText(e) : e.text().length();
            if (e.is("form") && total > 0 && share > WRAPPER_SHARE * total) e.unwrap();
            else e.remove();
        }
    }

    /** The element that holds the article: articleBody, the largest article, main, else the densest block. */
    private static Element container(Element body, int total) {
        Element best = largest(body.select("[itemprop=articleBody]"));
        if (best != null && paragraphText(best) > 0) return best;
        best = largest(body.select("article"));
        if (best != null && paragraphText(best) >= ARTICLE_SHARE * total && total > 0) return best;
        best = largest(body.select("main, [role=main]"));
        if (best != null && paragraphText(best) >= WRAPPER_SHARE * total && total > 0) return best;
        best = densest(body);
        return best != null ? best : body;
    }

    private static Element largest(Elements candidates) {
        Element best = null;
        int bestText = -1;
        for (Element e : candidates) {
            int text = paragraphText(e);
            if (text > bestText) {
                best = e;
                bestText = text;
            }
        }
        return best;
    }

    /**
     * Each paragraph scores its text (minus links) for its parent and half that for its grandparent; the
     * highest-scoring block is the article body. Link lists score nothing, so they never win.
     */
    private static Element densest(Element body) {
        Map<Element, Double> scores = new HashMap<>();
        if (body.select("p").isEmpty()) return densestText(body);
        for (Element p : body.select("p")) {
            double score = Math.max(0, p.text().length() - linkText(p));
            if (score == 0) continue;
            Element parent = p.parent();
            if (parent != null) scores.merge(parent, score, Double::sum);
            if (parent != null && parent.parent() != null) scores.merge(parent.parent(), score / 2, Double::sum);
        }
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** For pages without {@code <p>}: the element whose own text (outside links) is longest, e.g. a {@code <td>} with {@code <br>}s. */
    private static Element densestText(Element body) {
        Element best = null;
        int bestText = 0;
        for (Element e : body.getAllElements()) {
            if (e.is("a")) continue;
            int own = 0;
            for (TextNode t : e.textNodes()) own += t.text().strip().length();
            if (own > bestText) {
                best = e;
                bestText = own;
            }
        }
        return best;
    }

    private static void removeClutter(Element container, int total) {
        for (Element e : container.getAllElements()) {
            if (e == container || e.parent() == null) continue;
            if (Clutter.byName(e) && paragraphText(e) <= WRAPPER_SHARE * total) e.remove();
        }
        for (Element e : container.select("h2, h3, h4, h5, h6, p, strong, b, span, div")) {
            if (e.parent() != null && standsAlone(e) && Clutter.linkBlockHeading(e.text())) removeLinkBlock(e, container);
        }
        for (Element e : container.getAllElements()) {
            if (e != container && e.parent() != null && standsAlone(e) && Clutter.stockText(e.text())) e.remove();
        }
    }

    /** A block, or an inline element that is all its parent says: "the <em>share</em> of" must keep its "share". */
    private static boolean standsAlone(Element e) {
        return !e.is(INLINE) || e.parent() == null || e.parent().text().strip().equals(e.text().strip());
    }

    /** A "Related" heading goes with the list after it, or with its whole block when that is mostly links. */
    private static void removeLinkBlock(Element heading, Element container) {
        Element block = heading.parent();
        if (block != null && block != container && mostlyLinks(block, heading)) {
            block.remove();
            return;
        }
        Element next = heading.nextElementSibling();
        if (next != null && (next.is("ul, ol") || mostlyLinks(next, null))) next.remove();
        heading.remove();
    }

    private static boolean mostlyLinks(Element block, Element except) {
        int text = block.text().length() - (except == null ? 0 : except.text().length());
        return text > 0 && linkText(block) >= 0.6 * text;
    }

    /** Leaf paragraphs (a p inside a blockquote or li is emitted itself), one per paragraph, blank line between. */
    private static String paragraphs(Element container) {
        List<String> out = new ArrayList<>();
        for (Element e : container.select(PARAGRAPHS)) {
            if (!e.select(PARAGRAPHS).stream().allMatch(inner -> inner == e)) continue;
            String text = e.text().strip();
            if (text.isEmpty() || Clutter.stockText(text)) continue;
            // a list item or short line that is nothing but a link is navigation left over
            if (linkText(e) >= 0.9 * text.length() && (e.is("li") || text.length() < 80)) continue;
            out.add(text);
        }
        if (out.isEmpty()) out = lines(container);
        return String.join("\n\n", out);
    }

    /** For pages that separate paragraphs with {@code <br>} instead of {@code <p>}. */
    private static List<String> lines(Element container) {
        for (Element br : container.select("br")) br.replaceWith(new TextNode("\n"));
        List<String> out = new ArrayList<>();
        for (String line : container.wholeText().split("\n")) {
            String t = line.strip();
            if (!t.isEmpty() && !Clutter.stockText(t)) out.add(t);
        }
        return out;
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) n += p.text().length();
        return n;
    }

    private static int linkText(Element e) {
        int n = 0;
        for (Element a : e.select("a")) n += a.text().length();
        return n;
    }
}
