package dev.tifa.analysis.time;

import dev.tifa.model.Language;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Concepts by period: day counts and day volumes folded into periods, each concept and language its own series
 * (a Chinese rate per 10,000 characters and an English one per 10,000 words are never one line). Every period
 * from the first to the last one with documents is listed, so that a period without documents is shown as a gap,
 * never drawn as a zero.
 */
public final class PeriodTrend {
    /**
     * Reports shorter than this (characters or words) are stubs (the 7th Congress report in the source is 76
     * characters): marked, never drawn as a zero. News items are short by nature and are never stubs.
     */
    public static final int STUB = 100;

    private PeriodTrend() {
    }

    public static List<PeriodPoint> of(List<String> conceptIds, Period by, List<DayCount> counts, List<DayVolume> volumes) {
        Map<Language, TreeMap<LocalDate, long[]>> vol = new TreeMap<>(); // start → items, size, stubs
        for (DayVolume v : volumes) {
            long[] a = vol.computeIfAbsent(v.language(), l -> new TreeMap<>()).computeIfAbsent(by.start(v.day()), d -> new long[3]);
            a[0] += v.items();
            a[1] += v.size();
            a[2] += v.stubs();
        }
        Map<String, int[]> cnt = new HashMap<>(); // concept|lang|start → total, standalone, items, lead
        for (DayCount c : counts) {
            int[] a = cnt.computeIfAbsent(c.conceptId() + "|" + c.language() + "|" + by.start(c.day()), k -> new int[4]);
            a[0] += c.total();
            a[1] += c.standalone();
            a[2] += c.items();
            a[3] += c.leadTotal();
        }
        List<PeriodPoint> out = new ArrayList<>();
        for (String id : conceptIds) {
            for (var e : vol.entrySet()) {
                Language lang = e.getKey();
                TreeMap<LocalDate, long[]> periods = e.getValue();
                if (periods.isEmpty()) continue;
                for (LocalDate s = periods.firstKey(); !s.isAfter(periods.lastKey()); s = by.next(s)) {
                    long[] v = periods.getOrDefault(s, new long[3]);
                    int[] c = cnt.getOrDefault(id + "|" + lang + "|" + s, new int[4]);
                    String gap = v[0] == 0 ? "no items" : v[2] == v[0] && c[0] == 0 ? "stubs only" : null;
                    out.add(new PeriodPoint(id, lang, by.label(s), s, c[0], c[1], c[2], (int) v[0], v[1], c[3], gap));
                }
            }
        }
        return out;
    }
}
