package dev.tifa.cli;

import picocli.CommandLine.Option;

/** {@code --format table|csv|json}. */
public final class FormatOption {
    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    /** Read by {@link Tifa#run} before the command runs, so that the mark comes first. */
    @Option(names = "--bom", description = "With --format csv: start with a UTF-8 byte order mark, for Excel (Chinese text).")
    boolean bom;

    public OutputFormat format() {
        return format;
    }
}
