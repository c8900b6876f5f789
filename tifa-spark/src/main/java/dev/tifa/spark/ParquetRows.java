package dev.tifa.spark;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns a Parquet row into the JSON object a JSONL line would be, so that the import's field rules apply unchanged:
 * columns named like the fields ({@code title, text, date, …}) or mapped to them with {@code --column FIELD=COLUMN}.
 */
final class ParquetRows {
    static final String FILE = "_tifa_file";
    static final String ROW = "_tifa_row";

    private final Map<String, String> fieldOfColumn = new HashMap<>();

    ParquetRows(Map<String, String> columnOfField) {
        columnOfField.forEach((field, column) -> fieldOfColumn.put(column, field));
    }

    static String fileName(Row row) {
        return InputFiles.displayName(new Path(row.<String>getAs(FILE)));
    }

    static long rowNumber(Row row) {
        return row.<Long>getAs(ROW) + 1; // 1-based like lines
    }

    ObjectNode record(Row row) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (StructField f : row.schema().fields()) {
            String column = f.name();
            if (column.equals(FILE) || column.equals(ROW)) continue;
            Object v = row.getAs(column);
            String field = fieldOfColumn.getOrDefault(column, column);
            if (v == null) node.putNull(field);
            else if (v instanceof String s) node.put(field, s);
            else if (v instanceof Integer i) node.put(field, i);
            else if (v instanceof Long l) node.put(field, l);
            else if (v instanceof Short s) node.put(field, s);
            else if (v instanceof Double d) node.put(field, d);
            else if (v instanceof Float d) node.put(field, d);
            else if (v instanceof BigDecimal d) node.put(field, d);
            else if (v instanceof Boolean b) node.put(field, b);
            else if (v instanceof java.sql.Timestamp t) node.put(field, t.toInstant().toString());
            else node.put(field, v.toString()); // dates print as yyyy-mm-dd
        }
        return node;
    }
}
