package dev.tifa.glossary;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A YAML mistake said in the user's terms: the file and line, the key (as a path: {@code concepts, entry 3, zh}),
 * and the shape expected there, instead of Jackson's Java type names.
 */
public final class YamlProblems {
    private YamlProblems() {
    }

    /** One line: {@code glossary.yaml:12: concepts, entry 3, key 'zh': expected a list, e.g. [新质生产力]}. */
    public static String describe(String file, JacksonException e) {
        return describe(file, null, e);
    }

    /**
     * As {@link #describe(String, JacksonException)}; with the file's text the line is that of the key itself
     * (Jackson reports where it stopped reading, often the line after).
     */
    public static String describe(String file, String text, JacksonException e) {
        String where = file + line(e.getLocation(), text, keyOf(e));
        if (e instanceof UnrecognizedPropertyException u) {
            return where + ": " + path(u, true) + "unknown key '" + u.getPropertyName() + "' (expected one of: "
                    + u.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")) + ")";
        }
        if (e instanceof MismatchedInputException m) {
            if (m.getMessage() != null && m.getMessage().startsWith("No content to map")) return where + ": the file is empty";
            return where + ": " + path(m, false) + "expected " + shape(m.getTargetType());
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("").strip();
        if (message.startsWith("Duplicate field")) {
            return where + ": key " + message.substring("Duplicate field".length()).strip() + " appears twice in one mapping";
        }
        return where + ": not valid YAML: " + message;
    }

    private static String keyOf(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException u) return u.getPropertyName();
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) return m.getPath().get(m.getPath().size() - 1).getFieldName();
        return null;
    }

    private static String line(JsonLocation at, String text, String key) {
        if (at == null || at.getLineNr() <= 0) return "";
        int line = at.getLineNr();
        if (text != null && key != null) {
            String[] lines = text.split("\n", -1);
            java.util.regex.Pattern k = java.util.regex.Pattern.compile("(^|[\\s{,-])[\"']?" + java.util.regex.Pattern.quote(key) + "[\"']?\\s*:");
            for (int i = Math.min(line, lines.length); i >= 1; i--) {
                if (k.matcher(lines[i - 1]).find()) return ":" + i;
            }
        }
        return ":" + line;
    }

    /** {@code concepts, entry 3, key 'zh': } from Jackson's reference chain. */
    private static String path(JsonMappingException e, boolean parentOnly) {
        var refs = e.getPath();
        int n = parentOnly ? refs.size() - 1 : refs.size();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            JsonMappingException.Reference r = refs.get(i);
            if (out.length() > 0) out.append(", ");
            out.append(r.getFieldName() != null ? "key '" + r.getFieldName() + "'" : "entry " + (r.getIndex() + 1));
        }
        return out.length() == 0 ? "" : out.append(": ").toString();
    }

    private static String shape(Class<?> type) {
        if (type == null) return "another kind of value";
        if (Collection.class.isAssignableFrom(type) || type.isArray()) return "a list, e.g. [first, second]";
        if (Map.class.isAssignableFrom(type)) return "a mapping of keys to values (key: value)";
        if (type == String.class) return "a text (one value, not a list or mapping)";
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) return "a whole number";
        if (type == Boolean.class || type == boolean.class) return "true or false";
        if (type.isRecord()) {
            String keys = java.util.Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).collect(Collectors.joining(", "));
            return "a mapping with the keys " + keys;
        }
        return "a " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
