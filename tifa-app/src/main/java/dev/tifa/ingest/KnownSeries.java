package dev.tifa.ingest;

import dev.tifa.model.Kind;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the series of an official document from its title and fields, as the Chinese Wikisource
 * collections give them: Government Work Reports, the NPC resolutions approving them, CPC congress reports.
 */
final class KnownSeries {
    static final String GOV_WORK_REPORT = "gov-work-report";
    static final String PARTY_CONGRESS = "party-congress";
    /** CCTV's evening news 新闻联播, one item a record with its running order ({@code num}). */
    static final String XWLB = "xwlb";

    private static final Pattern WORK_REPORT = Pattern.compile("^(\\d{4})年.*政府工作报告");
    private static final Pattern NPC_SESSION = Pattern.compile("第([〇零一二两三四五六七八九十\\d]+)届全国人民代表大会第([〇零一二三四五六七八九十\\d]+)次会议");
    /** The congress in a title's brackets: "… (十九大)" or "…（二十大）". */
    private static final Pattern CONGRESS_BRACKET = Pattern.compile("[(（]([〇一二三四五六七八九十]+)大[)）]");
    private static final Pattern CONGRESS_NAMED = Pattern.compile("中国共产党第([〇一二三四五六七八九十]+)次全国代表大会");

    private KnownSeries() {
    }

    /**
     * Fills series, kind, year, date and attributes that the title and fields imply. Fields the record states
     * itself are applied afterwards by the caller and win.
     *
     * @param congress the record's {@code congress} field, or null
     * @param type     the record's {@code type} field, or null
     */
    static void recognise(String title, Integer congress, String type, MetaDraft draft) {
        if (title == null) title = "";
        Matcher npc = NPC_SESSION.matcher(title);
        if (npc.find() && title.contains("决议")) {
            resolution(npc, title, draft);
            return;
        }
        Matcher report = WORK_REPORT.matcher(title);
        if (report.find()) {
            draft.series = GOV_WORK_REPORT;
            draft.kind = Kind.OFFICIAL;
            draft.year = Integer.valueOf(report.group(1));
            return;
        }
        int n = congress != null ? congress : congressFromTitle(title);
        if (n > 0 || "cpc_congress_report".equals(type)) congressReport(n, draft);
    }

    /**
     * A CCTV evening-news item (the china-data/xwlb transcripts: date, num, title, url, text): series {@code xwlb},
     * kind news, Chinese. {@code num}, the running order, stays an attribute (prominence: 1 is the lead item).
     */
    static void recogniseNews(String url, boolean hasRunningOrder, MetaDraft draft) {
        if (url == null || !hasRunningOrder) return;
        String host;
        try {
            host = java.net.URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return;
        }
        if (host == null || !host.toLowerCase(java.util.Locale.ROOT).endsWith("cctv.com")) return;
        draft.series = XWLB;
        draft.kind = Kind.NEWS;
        draft.language = dev.tifa.model.Language.ZH;
    }

    private static void resolution(Matcher npc, String title, MetaDraft draft) {
        int term = ChineseNumerals.parse(npc.group(1));
        int session = ChineseNumerals.parse(npc.group(2));
        draft.kind = Kind.RESOLUTION;
        if (title.contains("政府工作报告")) draft.series = GOV_WORK_REPORT;
        if (term > 0 && session > 0) {
            draft.year = SessionCalendar.npcSessionYear(term, session);
            draft.attribute("npc", term + "-" + session);
        }
    }

    private static void congressReport(int n, MetaDraft draft) {
        draft.series = PARTY_CONGRESS;
        draft.kind = Kind.OFFICIAL;
        if (n <= 0) return;
        draft.attribute("congress", n);
        draft.year = SessionCalendar.congressYear(n);
        LocalDate opening = SessionCalendar.congressOpening(n);
        if (opening != null) draft.date = opening;
    }

    /** "——2024年3月5日" or "1957年6月26日在第一届全国人民代表大会…" near the start of a report: the day it was delivered. */
    private static final Pattern STATED_DATE = Pattern.compile("(?:——|—|-)\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"
            + "|(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*在\\s*第");
    private static final int HEAD = 600;

    /**
     * The day a Government Work Report was delivered, for records that carry only a year: the date the text states
     * at its head (of the report's year), else the opening day of that year's NPC session. Sets {@code date-source}
     * to {@code text} or {@code npc-session} so that the user sees where the date came from.
     */
    static void workReportDate(String text, MetaDraft draft) {
        if (draft.date != null || draft.year == null || !GOV_WORK_REPORT.equals(draft.series) || draft.kind != Kind.OFFICIAL) return;
        String head = java.text.Normalizer.normalize(text.substring(0, Math.min(HEAD, text.length())), java.text.Normalizer.Form.NFKC);
        Matcher m = STATED_DATE.matcher(head);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 4;
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(g)), Integer.parseInt(m.group(g + 1)), Integer.parseInt(m.group(g + 2)));
                if (d.getYear() != draft.year) continue;
                draft.date = d;
                draft.attribute("date-source", "text");
                return;
            } catch (java.time.DateTimeException e) {
                // not a real day: look on
            }
        }
        LocalDate opening = SessionCalendar.npcSessionOpening(draft.year);
        if (opening != null) {
            draft.date = opening;
            draft.attribute("date-source", "npc-session");
        }
    }

    /** The congress number a title names, or -1. */
    static int congressFromTitle(String title) {
        Matcher m = CONGRESS_BRACKET.matcher(title);
        if (m.find()) return ChineseNumerals.parse(m.group(1));
        m = CONGRESS_NAMED.matcher(title);
        return m.find() ? ChineseNumerals.parse(m.group(1)) : -1;
    }
}
