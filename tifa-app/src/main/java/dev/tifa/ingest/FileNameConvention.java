package dev.tifa.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metadata carried by a file's name, as in the shared third-plenum corpus:
 * {@code 2024-07-18_communique_20th_cc_3rd_plenum.txt} is the communiqué of the 20th Central Committee's
 * 3rd plenum, dated 18 July 2024. Any name starting with {@code yyyy-mm-dd_} gives at least the date.
 */
final class FileNameConvention {
    private static final Pattern DATED = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:[_\\-\\s]|$)");
    private static final Pattern PLENUM = Pattern.compile(
            "^\\d{4}-\\d{2}-\\d{2}_([a-z][a-z-]*)_(\\d+)(?:st|nd|rd|th)_cc_(\\d+)(?:st|nd|rd|th)_plenum(?:[_.]|$)");

    private FileNameConvention() {
    }

    static void read(Path file, MetaDraft draft) {
        String name = file.getFileName().toString();
        Matcher dated = DATED.matcher(name);
        if (dated.find()) {
            try {
                draft.date = LocalDate.parse(dated.group(1));
                draft.year = draft.date.getYear();
            } catch (DateTimeParseException e) {
                return; // 2024-13-45_… is not a date; the name is just a name
            }
        }
        Matcher plenum = PLENUM.matcher(name);
        if (plenum.find()) {
            draft.attribute("doc-type", plenum.group(1));
            draft.attribute("cc", plenum.group(2));
            draft.attribute("plenum", plenum.group(3));
            // only the third plenum has a series of its own in Tifa (the reform plenums); others keep their attributes
            if (plenum.group(3).equals("3")) draft.series = "third-plenum";
        }
    }
}
