package dev.tifa.app;

import dev.tifa.analysis.compare.KeyTerm;
import dev.tifa.analysis.compare.Keyness;
import dev.tifa.model.Language;
import dev.tifa.store.DocumentFilter;
import dev.tifa.store.TallyTable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Before and after a day: the rate of every glossary formulation in the N days before it and in the N days from it
 * on, ranked by log-likelihood (G²) with the log ratio, as {@code compare} ranks words — "which formulations did the
 * plenum launch into the news?". Read from the stored tallies; one language (rates of different units never mix).
 */
public final class WindowService {
    /**
     * @param before  the days before: [day − N, day − 1]
     * @param after   the day and the days after: [day, day + N − 1]
     * @param sizeA   characters (zh) or words (en) of all text before
     * @param terms   one row per formulation occurring in either window (concept ids as terms), by descending G²
     */
    public record Window(LocalDate day, int days, Language language, LocalDate[] before, LocalDate[] after, long itemsA,
                         long itemsB, long sizeA, long sizeB, List<KeyTerm> terms) {
    }

    private final Workspace workspace;

    public WindowService(Workspace workspace) {
        this.workspace = workspace;
    }

    public Window around(LocalDate day, int days, DocumentFilter filter, Language language, int minFrequency) {
        if (days < 1 || days > 3_650) throw new IllegalArgumentException("--days must be from 1 to 3650, not " + days);
        DocumentFilter f = filter.withLanguage(language);
        DocumentFilter before = f.withDays(day.minusDays(days), day.minusDays(1));
        DocumentFilter after = f.withDays(day, day.plusDays(days - 1));
        TallyTable tallies = workspace.tallies().table();
        long[] a = tallies.volume(before), b = tallies.volume(after);
        Map<String, Integer> countsA = tallies.totals(before), countsB = tallies.totals(after);
        List<KeyTerm> terms = Keyness.rank(countsA, a[0], countsB, b[0], minFrequency, 1);
        return new Window(day, days, language, new LocalDate[]{day.minusDays(days), day.minusDays(1)},
                new LocalDate[]{day, day.plusDays(days - 1)}, a[1], b[1], a[0], b[0], terms);
    }
}
