package dev.tifa.spark;

import dev.tifa.ingest.SourceRecords;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Lists the files under the inputs in the order {@code tifa import} reads them: inputs as given, folders walked depth
 * first in name order, hidden entries skipped (and, as in every Hadoop job, {@code _SUCCESS}-like entries).
 */
final class InputFiles {
    private final Configuration conf;
    private final CompressionCodecFactory codecs;

    InputFiles(Configuration conf) {
        this.conf = conf;
        this.codecs = new CompressionCodecFactory(conf);
    }

    /** @throws IllegalArgumentException naming an input that does not exist */
    List<InputFile> list(List<String> inputs) {
        List<InputFile> out = new ArrayList<>();
        for (String input : inputs) {
            Path path = new Path(input);
            try {
                FileSystem fs = path.getFileSystem(conf);
                walk(fs, fs.getFileStatus(path), out);
            } catch (FileNotFoundException e) {
                throw new IllegalArgumentException("no such file or folder: " + input);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + input + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private void walk(FileSystem fs, FileStatus status, List<InputFile> out) throws IOException {
        if (!status.isDirectory()) {
            out.add(file(out.size(), status.getPath()));
            return;
        }
        FileStatus[] children = fs.listStatus(status.getPath());
        Arrays.sort(children, Comparator.comparing(s -> s.getPath().getName()));
        for (FileStatus child : children) {
            String name = child.getPath().getName();
            if (name.startsWith(".") || name.startsWith("_")) continue;
            walk(fs, child, out);
        }
    }

    private InputFile file(int index, Path path) {
        CompressionCodec codec = codecs.getCodec(path);
        String name = path.getName();
        if (codec != null) name = CompressionCodecFactory.removeSuffix(name, codec.getDefaultExtension());
        InputFile.Format format = null;
        if (name.toLowerCase(Locale.ROOT).endsWith(".parquet")) {
            format = InputFile.Format.PARQUET;
        } else if (SourceRecords.format(name) == SourceRecords.Format.JSONL) {
            format = InputFile.Format.JSONL;
        } else if (SourceRecords.format(name) == SourceRecords.Format.TEXT) {
            format = InputFile.Format.TEXT;
        }
        return new InputFile(index, path.toString(), displayName(path), format, codec != null);
    }

    /** Local files by their path, as the import names them; others by their URI. */
    static String displayName(Path path) {
        String scheme = path.toUri().getScheme();
        return scheme == null || scheme.equals("file") ? path.toUri().getPath() : path.toString();
    }
}
