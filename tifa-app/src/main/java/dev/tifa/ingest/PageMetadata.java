package dev.tifa.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Title, byline, date, section and site of a news page, from its meta tags first and its visible text second. */
record PageMetadata(String title, String byline, LocalDate date, String section, String site, String url) {

    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[-|–—·:]{1,2}\\s+|\\s*[_｜]\\s*");
    /** Words that make a title's last part a site name ("… - Xinhua", "… | China Daily", "…_新华网"). */
    private static final Pattern SITE_WORDS = Pattern.compile("(?i)(daily|news|times|post|xinhua|global|review|journal|online|"
            + "\\.com|\\.cn|\\.org|agency|magazine|economist|reuters|bloomberg|caixin|cgtn|people|herald|tribune|"
            + "gazette|observer|guardian|网|报|社|台)");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern ZH_DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern EN_DATE = Pattern.compile(
            "(?i)\\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{4})\\b");
    private static final int MAX_BYLINE = 100;

    /** Reads the metadata; call before the page is stripped of clutter, as headers and bylines go then. */
    static PageMetadata of(Document page) {
        String site = meta(page, "property", "og:site_name");
        Element bylineElement = bylineElement(page);
        return new PageMetadata(title(page, site), byline(page, bylineElement), date(page, bylineElement),
                meta(page, "property", "article:section"), site, url(page));
    }

    private static String title(Document page, String site) {
        String title = meta(page, "property", "og:title");
        if (title == null) title = meta(page, "name", "twitter:title");
        if (title == null) {
            Element h1 = page.selectFirst("article h1, [itemprop=headline], h1");
            if (h1 != null && !h1.text().isBlank()) title = h1.text();
        }
        if (title == null && !page.title().isBlank()) title = page.title();
        return title == null ? null : withoutSiteName(title.strip(), site);
    }

    /** "Plenum signals reform - Lakeside Review" → "Plenum signals reform", when the last part names a site. */
    static String withoutSiteName(String title, String site) {
        String t = title;
        while (true) {
            Matcher m = TITLE_SEPARATOR.matcher(t);
            int lastStart = -1;
            int lastEnd = -1;
            while (m.find()) {
                lastStart = m.start();
                lastEnd = m.end();
            }
            if (lastStart <= 0) return t;
            String tail = t.substring(lastEnd).strip();
            boolean isSite = site != null && tail.equalsIgnoreCase(site.strip())
                    || tail.length() <= 30 && SITE_WORDS.matcher(tail).find();
            if (!isSite) return t;
            t = t.substring(0, lastStart).strip();
        }
    }

    private static Element bylineElement(Document page) {
        for (Element e : page.select("[rel=author], [itemprop=author], .byline, .author, .author-name, .writer")) {
            String text = e.text().strip();
            if (!text.isEmpty() && text.length() <= MAX_BYLINE) return e;
        }
        return null;
    }

    private static String byline(Document page, Element element) {
        String byline = meta(page, "name", "author");
        if (byline == null) {
            String author = meta(page, "property", "article:author");
            if (author != null && !author.startsWith("http")) byline = author;
        }
        if (byline == null && element != null) {
            byline = element.hasAttr("content") ? element.attr("content") : element.text();
        }
        if (byline == null) return null;
        String cleaned = ISO_DATE.matcher(ZH_DATE.matcher(byline).replaceAll("")).replaceAll("")
                .replaceFirst("(?i)^\\s*by\\s+", "").replaceFirst("^\\s*(作者|记者)\\s*[:：]?\\s*", "").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static LocalDate date(Document page, Element bylineElement) {
        String[][] metas = {{"property", "article:published_time"}, {"itemprop", "datePublished"}, {"name", "pubdate"},
                {"name", "publishdate"}, {"name", "publish-date"}, {"name", "PubDate"}, {"name", "date"}, {"name", "dc.date"},
                {"name", "DC.date.issued"}, {"name", "dcterms.date"}};
        for (String[] m : metas) {
            LocalDate d = firstDate(meta(page, m[0], m[1]));
            if (d != null) return d;
        }
        Element time = page.selectFirst("time[datetime], [itemprop=datePublished][datetime]");
        if (time != null) {
            LocalDate d = firstDate(time.attr("datetime"));
            if (d != null) return d;
        }
        StringBuilder area = new StringBuilder();
        if (bylineElement != null && bylineElement.parent() != null) area.append(bylineElement.parent().text()).append(' ');
        for (Element e : page.select("time, .date, .time, .pubtime, .publish-time, .pub-time, .dateline, .info, .article-meta, .meta")) {
            area.append(e.text()).append(' ');
        }
        return firstDate(area.toString());
    }

    /** The first date written as yyyy-mm-dd, yyyy年m月d日 or "July 21, 2024" in a text, or null. */
    static LocalDate firstDate(String text) {
        if (text == null || text.isBlank()) return null;
        for (Pattern p : new Pattern[]{ISO_DATE, ZH_DATE}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                } catch (java.time.DateTimeException e) {
                    // 2024-13-45 is not a date; try the next match
                }
            }
        }
        Matcher m = EN_DATE.matcher(text);
        while (m.find()) {
            LocalDate d = englishDate(m.group(1));
            if (d != null) return d;
        }
        return null;
    }

    private static LocalDate englishDate(String text) {
        String t = text.replace(".", "").replace(",", "").replaceAll("\\s+", " ").strip();
        t = t.replaceAll("(?i)\\bsept\\b", "Sep");
        for (String pattern : new String[]{"MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy"}) {
            try {
                return LocalDate.parse(t, DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH));
            } catch (DateTimeParseException e) {
                // try the next spelling
            }
        }
        return null;
    }

    private static String url(Document page) {
        String url = meta(page, "property", "og:url");
        if (url == null) {
            Element canonical = page.selectFirst("link[rel=canonical]");
            if (canonical != null && !canonical.attr("href").isBlank()) url = canonical.absUrl("href").isEmpty() ? canonical.attr("href") : canonical.absUrl("href");
        }
        return url;
    }

    private static String meta(Document page, String attribute, String name) {
        for (Element e : page.select("meta[" + attribute + "]")) {
            if (e.attr(attribute).equalsIgnoreCase(name) && !e.attr("content").isBlank()) return e.attr("content").strip();
        }
        return null;
    }
}
