package dev.tifa.glossary;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.tifa.model.Concept;
import dev.tifa.model.Theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Reads and writes the YAML glossary format:
 * <pre>
 * version: 1
 * themes:   [{id: technology, zh: 科技创新, en: Technology and innovation}, …]
 * concepts: [{id: new-quality-productive-forces, zh: [新质生产力], en: [new quality productive forces], themes: [technology], note: …}, …]
 * </pre>
 */
public final class GlossaryReader {
    /** The glossary shipped with Tifa. */
    public static final String DEFAULT_RESOURCE = "/dev/tifa/glossary/default-glossary.yaml";

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // only the record components are the file format; derived getters such as isAdHoc() are not
            .setVisibility(com.fasterxml.jackson.annotation.PropertyAccessor.IS_GETTER, com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE);

    @JsonIgnoreProperties(ignoreUnknown = false)
    record File(Integer version, List<Theme> themes, List<Concept> concepts) {
    }

    /**
     * Reads a glossary file. An empty file (or one with only comments) is an empty glossary. Mistakes are reported in
     * the user's terms: the line, the key and the shape expected there; a key given twice and a concept id given twice
     * are mistakes too.
     *
     * @throws GlossaryFormatException naming the file and line
     */
    public Glossary read(InputStream in, String name) {
        byte[] bytes = null;
        try {
            bytes = in.readAllBytes();
            com.fasterxml.jackson.databind.JsonNode tree = yaml.readTree(bytes);
            if (tree == null || tree.isMissingNode() || tree.isNull()) return Glossary.empty();
            File f = yaml.readValue(bytes, File.class);
            List<Theme> themes = f.themes() == null ? List.of() : f.themes();
            List<Concept> concepts = f.concepts() == null ? List.of() : f.concepts();
            requireUniqueIds(name, new String(bytes, java.nio.charset.StandardCharsets.UTF_8), themes, concepts);
            return new Glossary(themes, concepts);
        } catch (JacksonException e) {
            throw new GlossaryFormatException(YamlProblems.describe(name,
                    bytes == null ? null : new String(bytes, java.nio.charset.StandardCharsets.UTF_8), e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a user's glossary that overlays {@code base}: as {@link #read}, and every theme a concept is filed under
     * must exist in the file or in {@code base} (a misspelt theme would silently drop the concept from theme shares).
     */
    public Glossary readOverlay(InputStream in, String name, Glossary base) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
        Glossary overlay = read(new java.io.ByteArrayInputStream(bytes), name);
        java.util.Set<String> known = new java.util.TreeSet<>();
        base.themes().forEach(t -> known.add(t.id()));
        overlay.themes().forEach(t -> known.add(t.id()));
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        for (Concept c : overlay.concepts()) {
            for (String theme : c.themes()) {
                if (!known.contains(theme)) {
                    throw new GlossaryFormatException(name + lineOf(text, c.id()) + ": concept '" + c.id() + "': unknown theme '"
                            + theme + "' (known themes: " + String.join(", ", known) + ")", null);
                }
            }
        }
        return overlay;
    }

    private static void requireUniqueIds(String name, String text, List<Theme> themes, List<Concept> concepts) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Concept c : concepts) {
            if (c.id() == null || c.id().isBlank()) throw new GlossaryFormatException(name + ": a concept without an 'id'", null);
            if (!seen.add(c.id())) {
                throw new GlossaryFormatException(name + lineOf(text, c.id(), 2) + ": concept id '" + c.id() + "' appears twice", null);
            }
        }
        seen.clear();
        for (Theme t : themes) {
            if (t.id() == null || t.id().isBlank()) throw new GlossaryFormatException(name + ": a theme without an 'id'", null);
            if (!seen.add(t.id())) throw new GlossaryFormatException(name + ": theme id '" + t.id() + "' appears twice", null);
        }
    }

    private static String lineOf(String text, String id) {
        return lineOf(text, id, 1);
    }

    /** ":N", the line of the {@code nth} "id: …" with this id, or "" when it cannot be found. */
    private static String lineOf(String text, String id, int nth) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("\\bid:\\s*[\"']?" + java.util.regex.Pattern.quote(id) + "[\"']?\\s*[,}\\n]");
        java.util.regex.Matcher m = p.matcher(text);
        for (int i = 0; i < nth; i++) if (!m.find()) return "";
        return ":" + (text.substring(0, m.start()).chars().filter(ch -> ch == '\n').count() + 1);
    }

    public Glossary readDefault() {
        try (InputStream in = GlossaryReader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) throw new IllegalStateException("default glossary missing from the jar: " + DEFAULT_RESOURCE);
            return read(in, "default-glossary.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(Glossary glossary, Writer out) {
        try {
            yaml.writeValue(out, new File(1, glossary.themes(), glossary.concepts()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
