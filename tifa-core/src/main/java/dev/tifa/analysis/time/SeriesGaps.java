package dev.tifa.analysis.time;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The years an annual series lacks (the Government Work Reports of 1962, 1989–1991, 1996, 2020 are not in the
 * source): a trend marks them instead of drawing a zero. A series is annual when its documents cover most years
 * between its first and last (at least five years, at least two in three); congresses every five years are not.
 */
public final class SeriesGaps {
    private SeriesGaps() {
    }

    public static List<Integer> missingYears(List<Integer> years) {
        TreeSet<Integer> have = new TreeSet<>();
        for (Integer y : years) if (y != null) have.add(y);
        if (have.size() < 5) return List.of();
        int span = have.last() - have.first() + 1;
        if (have.size() * 3 < span * 2) return List.of();
        List<Integer> missing = new ArrayList<>();
        for (int y = have.first(); y <= have.last(); y++) if (!have.contains(y)) missing.add(y);
        return missing;
    }
}
