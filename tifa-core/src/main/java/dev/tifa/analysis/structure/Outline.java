package dev.tifa.analysis.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headings and numbered lists of a text, parsed from the paragraph starts: 一、 (level 1), （一） (2), 1. (3),
 * （1） (4), in full or half width (（一） or (一), １． or 1.). A marker counts only at the start of a paragraph, and a
 * 1. only when no digit follows (1.5万亿 is a number, not an item).
 *
 * <p>The <em>task list</em> is the list whose items a report ranks its tasks by: the items directly under the first
 * level-1 heading whose title speaks of tasks or proposals (任务, 建议, 部署) — the one with the most items where several
 * do (a 2026 report has both 主要目标和重大任务 and 政府工作任务) — else the longest list in the text.
 */
public final class Outline {
    static final int TITLE = 40;
    private static final String HAN_NUMBER = "[一二三四五六七八九十百零〇两]+";
    private static final String DIGITS = "[0-9０-９]{1,3}";
    private static final Pattern[] MARKERS = {
            Pattern.compile("^(" + HAN_NUMBER + ")[、，]"),
            Pattern.compile("^[（(](" + HAN_NUMBER + ")[）)]"),
            Pattern.compile("^(" + DIGITS + ")[.．、](?![0-9０-９])"),
            Pattern.compile("^[（(](" + DIGITS + ")[）)]"),
    };
    private static final Pattern TASKS = Pattern.compile("任务|建议|部署");

    private final List<Heading> headings;
    private final int taskParent; // index of the task list's parent heading; -1: top level; -2: no list
    private final int length;

    private Outline(List<Heading> headings, int taskParent, int length) {
        this.headings = List.copyOf(headings);
        this.taskParent = taskParent;
        this.length = length;
    }

    public static Outline parse(String text) {
        List<int[]> raw = new ArrayList<>();   // level, start, number, markerEnd
        int p = 0;
        while (p <= text.length()) {
            int nl = text.indexOf('\n', p);
            int lineEnd = nl < 0 ? text.length() : nl;
            int s = p;
            while (s < lineEnd && Character.isWhitespace(text.charAt(s))) s++;
            String line = text.substring(s, lineEnd);
            for (int level = 1; level <= MARKERS.length; level++) {
                Matcher m = MARKERS[level - 1].matcher(line);
                if (m.find()) {
                    int n = level <= 2 ? hanNumber(m.group(1)) : arabic(m.group(1));
                    if (n > 0) raw.add(new int[]{level, s, n, s + m.end(), lineEnd});
                    break;
                }
            }
            if (nl < 0) break;
            p = nl + 1;
        }
        List<Heading> out = new ArrayList<>();
        List<Integer> stack = new ArrayList<>();
        Map<Integer, Integer> childCount = new HashMap<>();
        for (int[] r : raw) {
            while (!stack.isEmpty() && out.get(stack.get(stack.size() - 1)).level() >= r[0]) stack.remove(stack.size() - 1);
            int parent = stack.isEmpty() ? -1 : stack.get(stack.size() - 1);
            int rank = childCount.merge(parent, 1, Integer::sum);
            String title = title(text.substring(r[3], r[4]));
            out.add(new Heading(r[0], text.substring(r[1], r[3]).strip(), r[2], title, r[1], text.length(), parent, rank));
            stack.add(out.size() - 1);
        }
        // an item ends where the next item of the same or a higher level begins
        for (int i = 0; i < out.size(); i++) {
            Heading h = out.get(i);
            for (int j = i + 1; j < out.size(); j++) {
                if (out.get(j).level() <= h.level()) {
                    out.set(i, new Heading(h.level(), h.label(), h.number(), h.title(), h.start(), out.get(j).start(), h.parent(), h.rank()));
                    break;
                }
            }
        }
        return new Outline(out, taskParent(out, childCount), text.length());
    }

    private static int taskParent(List<Heading> hs, Map<Integer, Integer> childCount) {
        int named = -1;
        for (int i = 0; i < hs.size(); i++) {
            int children = childCount.getOrDefault(i, 0);
            if (hs.get(i).level() == 1 && TASKS.matcher(hs.get(i).title()).find() && children > 0
                    && (named < 0 || children > childCount.get(named))) named = i;
        }
        if (named >= 0) return named;
        int best = -2, most = 1;
        for (var e : childCount.entrySet()) {
            if (e.getValue() > most || e.getValue() == most && best != -2 && e.getKey() < best) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    private static String title(String rest) {
        int end = rest.length();
        for (int k = 0; k < rest.length(); k++) {
            char c = rest.charAt(k);
            if (c == '。' || c == '！' || c == '？' || c == '；') {
                end = k;
                break;
            }
        }
        String t = rest.substring(0, end).strip();
        return t.length() > TITLE ? t.substring(0, TITLE) + "…" : t;
    }

    public List<Heading> headings() {
        return headings;
    }

    /** The items of the task list, in order (empty when the text has no list). */
    public List<Heading> tasks() {
        if (taskParent == -2) return List.of();
        return headings.stream().filter(h -> h.parent() == taskParent).toList();
    }

    /** The section path and task rank of {@code offset}. */
    public Section sectionAt(int offset) {
        List<Heading> path = new ArrayList<>();
        int taskRank = 0;
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            if (h.start() > offset) break;
            if (offset < h.end()) {
                path.add(h);
                if (h.parent() == taskParent) taskRank = h.rank();
            }
        }
        return new Section(List.copyOf(path), taskRank, tasks().size());
    }

    /** {@code offset} as a fraction of the text's length, for dispersion plots. */
    public double relative(int offset) {
        return length == 0 ? 0 : offset / (double) length;
    }

    static int arabic(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) b.append(c >= '０' && c <= '９' ? (char) ('0' + c - '０') : c);
        return Integer.parseInt(b.toString());
    }

    /** 一 → 1, 十二 → 12, 二十三 → 23, 一百零五 → 105; 0 when it is not a number this parser knows. */
    static int hanNumber(String s) {
        String digits = "零一二三四五六七八九";
        int total = 0, current = 0;
        for (char c : s.toCharArray()) {
            int d = c == '〇' ? 0 : c == '两' ? 2 : digits.indexOf(c);
            if (d >= 0) current = d;
            else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else return 0;
        }
        return total + current;
    }
}
