package dev.tifa.ingest;

import dev.tifa.model.Kind;
import dev.tifa.model.Language;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * A metadata block at the top of a text file: a line {@code ---}, then {@code key: value} lines, then {@code ---}.
 * Known keys fill the metadata; any other key becomes an attribute. Plain {@code key: value} pairs are all
 * it takes, so this is parsed by hand rather than as YAML (whose typing would turn "no" into false).
 */
final class FrontMatter {
    private FrontMatter() {
    }

    /**
     * Reads the block into {@code draft} when the text has one.
     *
     * @return the text after the block (the whole text when there is none)
     * @throws BadInput for an unclosed block, a line that is not {@code key: value}, or a bad date, year, kind or language
     */
    static String read(String text, MetaDraft draft) throws BadInput {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) return text;
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                end = i;
                break;
            }
        }
        if (end < 0) throw new BadInput(1, "front matter not closed: no second '---' line");
        for (int i = 1; i < end; i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
            int colon = line.indexOf(':');
            if (colon <= 0) throw new BadInput(i + 1, "front matter line must be 'key: value', found '" + line.strip() + "'");
            apply(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), unquote(line.substring(colon + 1).strip()), i + 1, draft);
        }
        return skipLines(text, end + 1);
    }

    private static void apply(String key, String value, int line, MetaDraft draft) throws BadInput {
        if (value.isEmpty()) return;
        try {
            switch (key) {
                case "title" -> draft.title = value;
                case "date" -> {
                    draft.date = LocalDate.parse(value);
                    draft.year = draft.date.getYear();
                }
                case "year" -> draft.year = Integer.valueOf(value);
                case "series" -> draft.series = value;
                case "kind" -> draft.kind = Kind.parse(value);
                case "language", "lang" -> draft.language = Language.parse(value);
                case "source", "url" -> draft.source = value;
                default -> draft.attribute(key, value);
            }
        } catch (DateTimeParseException e) {
            throw new BadInput(line, "date must be yyyy-mm-dd, found '" + value + "'");
        } catch (NumberFormatException e) {
            throw new BadInput(line, "year must be a whole number, found '" + value + "'");
        } catch (IllegalArgumentException e) {
            throw new BadInput(line, e.getMessage());
        }
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** The text after the first {@code n} lines, keeping its own line breaks. */
    private static String skipLines(String text, int n) {
        int at = 0;
        for (int i = 0; i < n && at >= 0; i++) {
            int nl = text.indexOf('\n', at);
            at = nl < 0 ? -1 : nl + 1;
        }
        return at < 0 ? "" : text.substring(at);
    }
}
