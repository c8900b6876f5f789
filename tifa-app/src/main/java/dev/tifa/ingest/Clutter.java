package dev.tifa.ingest;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What news pages carry besides the article: recognised by tag, by class or id, or by short stock phrases.
 * Each rule is a pattern only; {@link MainText} decides where it applies.
 */
final class Clutter {
    /** Elements that never hold article text. */
    static final String TAGS = "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, input,"
            + " select, textarea, nav, header, footer, aside, figure, figcaption, picture, img, video, audio, dialog";

    /** Parts of class or id names (split at '-', '_' and spaces) that mark clutter. */
    private static final Set<String> NAME_PARTS = Set.of(
            "ad", "ads", "adv", "advert", "adverts", "advertisement", "adslot", "adunit", "dfp", "sponsor", "sponsored",
            "promo", "paywall", "subscribe", "subscription", "newsletter", "signup", "cookie", "cookies", "consent",
            "gdpr", "share", "sharing", "social", "comment", "comments", "related", "recommended", "recommend",
            "popular", "trending", "bio", "biography", "caption", "credit", "credits", "readtime", "badge", "factcheck",
            "breadcrumb", "breadcrumbs", "tags", "toolbar", "modal", "popup", "overlay", "sidebar", "widget", "loading",
            "placeholder", "skeleton", "byline", "dateline", "meta", "outbrain", "taboola", "disclaimer", "copyright");
    /** Longer fragments matched anywhere in a class or id name. */
    private static final String[] NAME_FRAGMENTS = {
            "author-info", "authorinfo", "about-the-author", "author-bio", "authorbio", "read-more", "readmore",
            "more-stories", "most-popular", "most-read", "also-like", "fact-check", "reading-time", "read-time",
            "min-read", "trust", "pullquote", "pull-quote", "pull_quote", "audio-player", "listen-button"};

    /** Whole texts of short elements that are page furniture, not article. */
    private static final Pattern STOCK_TEXT = Pattern.compile("(?iu)^(?:"
            + "advertisement|advertising|ad|sponsored(?: content)?|广告|推广"
            + "|loading(?:\\.\\.\\.|…)?|加载中(?:\\.\\.\\.|…)?"
            + "|listen to (?:this|the) (?:article|story).{0,40}|(?:play|pause) audio.{0,20}|收听本文.{0,20}"
            + "|subscribe\\b.{0,60}|already a subscriber\\?.{0,40}|(?:log|sign) in(?: to .{0,40})?"
            + "|sign up for (?:our|the) .{0,40}newsletters?.{0,60}|get (?:our|the) .{0,40}newsletter.{0,60}"
            + "|this (?:article|story) is for subscribers only.{0,60}|you have reached your .{0,40}limit.{0,60}"
            + "|\\d+\\s*(?:-\\s*)?min(?:ute)?s?\\.? read|阅读(?:时间|需要)?\\s*[:：]?\\s*\\d+\\s*分钟"
            + "|fact[- ]?checked.{0,60}|verified by .{0,40}|trusted (?:source|journalism).{0,40}"
            + "|\\d+\\s+comments?|comments?(?: \\(\\d+\\))?|leave a comment|show comments|\\d*\\s*条?评论"
            + "|share(?: this)?(?: article| story| on .{0,20})?|tweet|email|print|copy link|facebook|twitter|x|linkedin"
            + "|whatsapp|weibo|wechat|微信|微博|分享(?:到)?.{0,30}|扫一扫.{0,30}|打印(?:本页)?|关闭(?:窗口)?|【?纠错】?"
            + "|(?:photo|photograph|image|illustration|graphic|chart|video|file photo|图|图片|摄影|制图)\\s*[:：/].{0,150}"
            + "|[（(](?:xinhua|新华社|reuters|afp|ap|cfp|vcg|视觉中国)[^)）]{0,80}[)）]"
            + "|(?:related|related (?:articles|stories|news|coverage|content)|read more|more (?:stories|on this topic|from .{0,30})"
            + "|most popular|most read|you may also like|you might also like|recommended(?: for you)?|editor'?s picks|trending(?: now)?"
            + "|相关(?:新闻|阅读|文章|报道|链接)|推荐阅读|延伸阅读|热门(?:文章|新闻|推荐)?|猜你喜欢)\\s*[:：]?"
            + "|(?:read more|related|see also|also read|相关阅读)\\s*[:：].{0,150}"
            + "|[【\\[（(]?责任编辑\\s*[:：].{0,30}|编辑\\s*[:：].{0,20}"
            + "|.{0,120}(?:we use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies|cookie (?:policy|settings)).{0,200}"
            + ")$");
    /** A caption that ends in an agency credit, "… (Xinhua/Li Wei)": found under photos, never in running text. */
    private static final Pattern CAPTION_CREDIT = Pattern.compile("(?iu)^.{0,400}[（(](?:xinhua|新华社|reuters|afp|ap|cfp)\\s*/[^)）]{1,60}[)）]$");
    /** A heading that opens a block of links to other articles. */
    private static final Pattern LINK_BLOCK_HEADING = Pattern.compile("(?iu)^(?:related|related (?:articles|stories|news|coverage|content)"
            + "|read more|more stories|most popular|most read|you may also like|you might also like|recommended(?: for you)?"
            + "|editor'?s picks|trending(?: now)?|相关(?:新闻|阅读|文章|报道|链接)|推荐阅读|延伸阅读|热门(?:文章|新闻|推荐)?|猜你喜欢)\\s*[:：]?$");

    private Clutter() {
    }

    static boolean byName(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).strip();
        if (names.isEmpty()) return false;
        for (String fragment : NAME_FRAGMENTS) if (names.contains(fragment)) return true;
        for (String part : names.split("[\\s_\\-]+")) if (NAME_PARTS.contains(part)) return true;
        return false;
    }

    static boolean stockText(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.length() <= 420 && (STOCK_TEXT.matcher(t).matches() || CAPTION_CREDIT.matcher(t).matches());
    }

    static boolean linkBlockHeading(String text) {
        return text.length() <= 40 && LINK_BLOCK_HEADING.matcher(text.strip()).matches();
    }
}
