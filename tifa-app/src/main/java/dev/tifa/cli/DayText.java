package dev.tifa.cli;

import dev.tifa.analysis.time.DayBound;
import picocli.CommandLine;

/**
 * Checks a {@code --from}/{@code --to} value (yyyy, yyyy-mm or yyyy-mm-dd) while the command line is parsed, so that a
 * bad one is a usage error in one line (exit 2) like any other malformed option.
 */
final class DayText implements CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
        try {
            DayBound.from(value);
            return value;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
