package dev.tifa.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import dev.tifa.model.CleaningProfile;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import dev.tifa.model.RawDocument;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Maps one JSON object (a JSONL line) to a document: generic fields first, then what known series imply. */
final class JsonRecords {
    private static final String[] TEXT_FIELDS = {"content", "text", "body"};
    /** Fields with a meaning of their own; every other scalar field becomes an attribute. */
    private static final Set<String> KNOWN = Set.of("title", "content", "text", "body", "date", "year", "series",
            "kind", "language", "lang", "url", "source", "congress", "type");

    private JsonRecords() {
    }

    /**
     * @param location {@code path:line}, the source when the record has no url
     * @param line     1-based line number for messages
     */
    static RawDocument toDocument(JsonNode node, String location, int line, ImportOptions options) throws BadInput {
        if (!node.isObject()) throw new BadInput(line, "expected a JSON object, found " + typeName(node));
        String text = text(node, line);
        String title = string(node, "title", line);
        MetaDraft draft = new MetaDraft();
        KnownSeries.recognise(title, integer(node, "congress", line), string(node, "type", line), draft);
        KnownSeries.recogniseNews(firstString(node, line, "url", "source"), node.has("num"), draft);

        draft.title = title;
        LocalDate date = date(node, line);
        if (date != null) draft.date = date;
        Integer year = integer(node, "year", line);
        if (year != null) draft.year = year;
        if (date != null && year == null) draft.year = date.getYear();
        String series = string(node, "series", line);
        if (series != null) draft.series = series;
        String kind = string(node, "kind", line);
        if (kind != null) draft.kind = parse(() -> Kind.parse(kind), line);
        String language = firstString(node, line, "language", "lang");
        if (language != null) draft.language = parse(() -> Language.parse(language), line);
        String url = firstString(node, line, "url", "source");
        draft.source = url != null ? url : location;
        extraAttributes(node, draft);
        KnownSeries.workReportDate(text, draft);

        CleaningProfile profile = url != null && isWikisource(url) ? CleaningProfile.WIKISOURCE : CleaningProfile.PLAIN;
        return new RawDocument(draft.build(options, text, "record at " + location), text, profile);
    }

    /** The text field, exactly as given: the cleaner chain deals with footers and stray line breaks. */
    private static String text(JsonNode node, int line) throws BadInput {
        for (String field : TEXT_FIELDS) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) continue;
            if (!value.isTextual()) throw wrongType(field, "a string", value, line);
            if (value.asText().isBlank()) throw new BadInput(line, "empty text in field '" + field + "'");
            return value.asText();
        }
        throw new BadInput(line, "no text: expected a string field 'content', 'text' or 'body'");
    }

    private static String string(JsonNode node, String field, int line) throws BadInput {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isTextual()) throw wrongType(field, "a string", value, line);
        return value.asText().isBlank() ? null : value.asText().strip();
    }

    private static String firstString(JsonNode node, int line, String... fields) throws BadInput {
        for (String field : fields) {
            String value = string(node, field, line);
            if (value != null) return value;
        }
        return null;
    }

    /** A whole number, given as a JSON number or as a string of digits ("2025"). */
    private static Integer integer(JsonNode node, String field, int line) throws BadInput {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return null;
        if (value.isIntegralNumber() && value.canConvertToInt()) return value.intValue();
        if (value.isTextual() && value.asText().strip().matches("\\d{1,9}")) return Integer.valueOf(value.asText().strip());
        if (value.isTextual() && value.asText().isBlank()) return null;
        throw wrongType(field, "a whole number", value, line);
    }

    /** An ISO date; a date-time ("2024-07-18T10:00:00+08:00") is cut to its day. */
    private static LocalDate date(JsonNode node, int line) throws BadInput {
        String value = string(node, "date", line);
        if (value == null) return null;
        String day = value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value;
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new BadInput(line, "field 'date' must be a date yyyy-mm-dd, found '" + value + "'");
        }
    }

    private static void extraAttributes(JsonNode node, MetaDraft draft) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (!KNOWN.contains(field.getKey()) && value.isValueNode() && !value.isNull()) {
                draft.attribute(field.getKey(), value.asText());
            }
        }
    }

    private static boolean isWikisource(String url) {
        try {
            String host = URI.create(url).getHost();
            return host != null && host.toLowerCase(Locale.ROOT).endsWith("wikisource.org");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private interface Parse<T> {
        T get();
    }

    /** Kind and Language parsers explain a bad value in their exception message; keep it, add the line. */
    private static <T> T parse(Parse<T> parse, int line) throws BadInput {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new BadInput(line, e.getMessage());
        }
    }

    private static BadInput wrongType(String field, String expected, JsonNode value, int line) {
        return new BadInput(line, "field '" + field + "' must be " + expected + ", found " + typeName(value));
    }

    private static String typeName(JsonNode value) {
        JsonNodeType type = value.getNodeType();
        return type == JsonNodeType.POJO || type == JsonNodeType.BINARY ? "value" : type.name().toLowerCase(Locale.ROOT);
    }
}
