package dev.tifa.spark;

import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

import java.util.List;

/** Writes each table under {@code OUT/parquet/NAME} and/or {@code OUT/csv/NAME} (CSV with a header row, UTF-8). */
final class Outputs {
    private final Path root;
    private final List<String> formats;

    Outputs(Path root, List<String> formats) {
        this.root = root;
        this.formats = formats;
    }

    void write(String name, Dataset<Row> table) {
        for (String format : formats) {
            String target = new Path(new Path(root, format), name).toString();
            switch (format) {
                case "parquet" -> table.write().mode(SaveMode.ErrorIfExists).parquet(target);
                case "csv" -> table.write().mode(SaveMode.ErrorIfExists).option("header", "true")
                        .option("escape", "\"").csv(target); // quotes doubled (RFC 4180), so any CSV reader reads it
                default -> throw new IllegalArgumentException("unknown output format '" + format + "' (expected parquet or csv)");
            }
        }
    }
}
