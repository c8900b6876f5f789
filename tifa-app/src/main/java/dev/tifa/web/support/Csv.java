package dev.tifa.web.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CSV (RFC 4180) from the API's rows: nested objects become dotted columns ({@code source.key}), lists are joined
 * with "; ". A text cell that a spreadsheet would take for a formula gets a leading apostrophe.
 */
public final class Csv {
    private Csv() {
    }

    public static String of(List<? extends Map<String, ?>> rows) {
        List<Map<String, Object>> flat = rows.stream().map(Csv::flatten).toList();
        Set<String> columns = new LinkedHashSet<>();
        flat.forEach(r -> columns.addAll(r.keySet()));
        StringBuilder b = new StringBuilder();
        line(b, columns.stream().map(dev.tifa.app.CsvCells::column).toList());
        for (Map<String, Object> r : flat) {
            List<Object> cells = new ArrayList<>(columns.size());
            for (String c : columns) cells.add(r.get(c));
            line(b, cells);
        }
        return b.toString();
    }

    static Map<String, Object> flatten(Map<String, ?> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        flatten("", row, out);
        return out;
    }

    private static void flatten(String prefix, Map<String, ?> row, Map<String, Object> out) {
        row.forEach((k, v) -> {
            if (v instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked") Map<String, ?> sub = (Map<String, ?>) m;
                flatten(prefix + k + ".", sub, out);
            } else if (v instanceof List<?> l) {
                out.put(prefix + k, String.join("; ", l.stream().map(String::valueOf).toList()));
            } else {
                out.put(prefix + k, v);
            }
        });
    }

    private static void line(StringBuilder b, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) b.append(',');
            b.append(cell(cells.get(i)));
        }
        b.append("\r\n");
    }

    static String cell(Object v) {
        return dev.tifa.app.CsvCells.encode(v);
    }
}
