package dev.tifa.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * What a command prints, before it is rendered as an aligned table, CSV or JSON. Notes are printed under the table
 * (and kept in JSON) so that every number says which text and which matching rules it comes from.
 */
public final class Table {
    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public Table(String... columns) {
        this.columns = List.of(columns);
    }

    public Table(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    public Table row(Object... cells) {
        if (cells.length != columns.size()) throw new IllegalArgumentException(cells.length + " cells for " + columns.size() + " columns");
        rows.add(java.util.Arrays.asList(cells));
        return this;
    }

    public Table row(List<?> cells) {
        return row(cells.toArray());
    }

    public Table note(String note) {
        notes.add(note);
        return this;
    }

    public List<String> columns() {
        return columns;
    }

    public List<List<Object>> rows() {
        return rows;
    }

    public List<String> notes() {
        return notes;
    }
}
