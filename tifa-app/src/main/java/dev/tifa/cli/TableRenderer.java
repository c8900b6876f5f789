package dev.tifa.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tifa.app.CsvCells;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link Table}. CSV follows RFC 4180; JSON is {@code {"rows": [{column: value}…], "notes": […]}}. Both name
 * columns in snake_case ({@code per_10k}) so that R's {@code read.csv} and pandas get usable names.
 */
public final class TableRenderer {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TableRenderer() {
    }

    public static void render(Table t, OutputFormat format, PrintWriter out) {
        switch (format) {
            case csv -> csv(t, out);
            case json -> json(t, out);
            default -> aligned(t, out);
        }
        out.flush();
    }

    static void aligned(Table t, PrintWriter out) {
        int n = t.columns().size();
        int[] width = new int[n];
        boolean[] numeric = new boolean[n];
        java.util.Arrays.fill(numeric, true);
        for (int i = 0; i < n; i++) width[i] = Cells.width(t.columns().get(i));
        for (List<Object> r : t.rows()) {
            for (int i = 0; i < n; i++) {
                width[i] = Math.max(width[i], Cells.width(Cells.text(r.get(i))));
                if (r.get(i) != null && !(r.get(i) instanceof Number)) numeric[i] = false;
            }
        }
        line(t.columns().stream().map(Object.class::cast).toList(), width, numeric, out);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < n; i++) rule.append(i == 0 ? "" : "  ").append("─".repeat(width[i]));
        out.println(rule);
        for (List<Object> r : t.rows()) line(r, width, numeric, out);
        if (t.rows().isEmpty()) out.println("(no rows)");
        for (String note : t.notes()) out.println(note);
    }

    private static void line(List<Object> cells, int[] width, boolean[] numeric, PrintWriter out) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String s = Cells.text(cells.get(i));
            String pad = " ".repeat(Math.max(0, width[i] - Cells.width(s)));
            if (i > 0) b.append("  ");
            b.append(numeric[i] ? pad + s : (i == cells.size() - 1 ? s : s + pad));
        }
        out.println(b.toString().stripTrailing());
    }

    static void csv(Table t, PrintWriter out) {
        out.print(String.join(",", t.columns().stream().map(c -> CsvCells.encode(key(c))).toList()));
        out.print("\r\n");
        for (List<Object> r : t.rows()) {
            out.print(String.join(",", r.stream().map(CsvCells::encode).toList()));
            out.print("\r\n");
        }
    }

    static void json(Table t, PrintWriter out) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode rows = root.putArray("rows");
        for (List<Object> r : t.rows()) {
            ObjectNode o = rows.addObject();
            for (int i = 0; i < t.columns().size(); i++) o.set(key(t.columns().get(i)), JSON.valueToTree(r.get(i)));
        }
        ArrayNode notes = root.putArray("notes");
        t.notes().forEach(notes::add);
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Column headings become snake_case keys: "per 10k" → per_10k. */
    static String key(String column) {
        return CsvCells.column(column);
    }
}
