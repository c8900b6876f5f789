package dev.tifa.cli;

import picocli.CommandLine.Option;

/** {@code --format table|csv|json}. */
public final class FormatOption {
    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    public OutputFormat format() {
        return format;
    }
}
