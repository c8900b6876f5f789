package dev.tifa.ingest;

import java.time.LocalDate;

/** When the CPC's national congresses and the NPC's sessions met, for records that only name the session. */
final class SessionCalendar {
    /** Years of the 1st–20th National Congress of the CPC. */
    private static final int[] CONGRESS_YEARS = {
            1921, 1922, 1923, 1925, 1927, 1928, 1945, 1956, 1969, 1973,
            1977, 1982, 1987, 1992, 1997, 2002, 2007, 2012, 2017, 2022};
    /** Opening days of the 12th–20th congresses, the day the report is delivered. */
    private static final LocalDate[] CONGRESS_OPENINGS = {
            LocalDate.of(1982, 9, 1), LocalDate.of(1987, 10, 25), LocalDate.of(1992, 10, 12),
            LocalDate.of(1997, 9, 12), LocalDate.of(2002, 11, 8), LocalDate.of(2007, 10, 15),
            LocalDate.of(2012, 11, 8), LocalDate.of(2017, 10, 18), LocalDate.of(2022, 10, 16)};
    /** First-session years of the 1st–4th NPC; from the 5th (1978) a new NPC starts every five years. */
    private static final int[] EARLY_NPC_START = {1954, 1959, 1964, 1975};

    /**
     * Opening days of the NPC sessions that heard a Government Work Report (the report is delivered at the opening or
     * within days of it), from the NPC's public record. Years missing here get no date from the calendar.
     */
    private static final java.util.Map<Integer, LocalDate> NPC_OPENINGS = npcOpenings();

    private static java.util.Map<Integer, LocalDate> npcOpenings() {
        java.util.Map<Integer, LocalDate> m = new java.util.TreeMap<>();
        String[] days = {"1954-09-15", "1955-07-05", "1956-06-15", "1958-02-01", "1959-04-18", "1960-03-30", "1964-12-21",
                "1975-01-13", "1978-02-26", "1979-06-18", "1980-08-30", "1981-11-30", "1982-11-26", "1983-06-06", "1984-05-15",
                "1985-03-27", "1986-03-25", "1987-03-25", "1988-03-25", "1992-03-20", "1993-03-15", "1994-03-10", "1995-03-05",
                "1997-03-01", "2020-05-22"};
        for (String d : days) m.put(Integer.parseInt(d.substring(0, 4)), LocalDate.parse(d));
        // from 1998 the annual session opens on 5 March (2020, delayed, is listed above)
        for (int y = 1998; y <= 2025; y++) m.putIfAbsent(y, LocalDate.of(y, 3, 5));
        return java.util.Map.copyOf(m);
    }

    private SessionCalendar() {
    }

    /** The opening day of the NPC session of this year that heard the work report, or null when not known here. */
    static LocalDate npcSessionOpening(int year) {
        return NPC_OPENINGS.get(year);
    }

    /** The year of the n-th CPC congress, or null when unknown. */
    static Integer congressYear(int congress) {
        return congress >= 1 && congress <= CONGRESS_YEARS.length ? CONGRESS_YEARS[congress - 1] : null;
    }

    /** The opening day of the n-th CPC congress, known here for the 12th–20th; else null. */
    static LocalDate congressOpening(int congress) {
        int i = congress - 12;
        return i >= 0 && i < CONGRESS_OPENINGS.length ? CONGRESS_OPENINGS[i] : null;
    }

    /**
     * The year of the m-th session of the n-th NPC: one session a year from the NPC's first year, except that
     * the 2nd NPC held no session in 1961 (its 3rd and 4th sessions met in 1962 and 1963).
     */
    static Integer npcSessionYear(int npc, int session) {
        if (npc < 1 || session < 1) return null;
        int start = npc <= EARLY_NPC_START.length ? EARLY_NPC_START[npc - 1] : 1978 + 5 * (npc - 5);
        int year = start + session - 1;
        if (npc == 2 && session >= 3) year++;
        return year;
    }
}
