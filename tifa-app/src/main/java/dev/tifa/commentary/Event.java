package dev.tifa.commentary;

import java.time.LocalDate;

/**
 * A plenum, congress or session: its official text(s) and what was written about it.
 *
 * @param key   short handle, e.g. {@code 3p-2031}
 * @param title e.g. "Third Plenum of the 21st Central Committee"
 * @param date  the day it ended or its text was published, when known
 */
public record Event(long id, String key, String title, LocalDate date) {
}
