package dev.tifa.web.instruments;

import dev.tifa.web.support.Evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the rows of a grid: keys in column order, numbers rounded to two decimals, nulls kept. */
final class Rows {
    private final List<String> columns;

    Rows(String... columns) {
        this.columns = List.of(columns);
    }

    List<String> columns() {
        return columns;
    }

    Map<String, Object> row(Object... cells) {
        if (cells.length != columns.size()) throw new IllegalArgumentException(cells.length + " cells for " + columns.size() + " columns");
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < cells.length; i++) m.put(columns.get(i), cells[i] instanceof Double d ? Evidence.round(d) : cells[i]);
        return m;
    }

    Grid grid(String id, String title, List<Map<String, Object>> rows) {
        return new Grid(id, title, columns, rows);
    }
}
