package dev.tifa.spark;

import java.io.Serializable;

/**
 * One file to read, in import order.
 *
 * @param index    its place in the import order
 * @param path     the Hadoop path ({@code file:/…}, {@code hdfs://…}, {@code s3a://…})
 * @param name     how messages and sources name it: the local path for local files (as {@code tifa import} names
 *                 them), else the full URI
 * @param format   how to read it, or null when Tifa does not read this kind of file
 * @param codec    true when it is compressed (the format is that of the name without {@code .gz} etc.)
 */
record InputFile(int index, String path, String name, Format format, boolean codec) implements Serializable {
    enum Format { JSONL, TEXT, PARQUET }
}
