package dev.tifa.web.instruments;

import java.util.List;
import java.util.Map;

/**
 * One table of an instrument's answer: shown on its page, returned by its API as JSON, downloadable as CSV.
 *
 * @param id      the table's name in the API ({@code table=} chooses it for CSV)
 * @param title   its heading on the page
 * @param columns the keys of each row, in order
 * @param rows    the rows
 */
public record Grid(String id, String title, List<String> columns, List<Map<String, Object>> rows) {
}
