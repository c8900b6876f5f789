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

    private SessionCalendar() {
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
