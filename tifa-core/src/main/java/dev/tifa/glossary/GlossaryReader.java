package dev.tifa.glossary;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
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
            // only the record components are the file format; derived getters such as isAdHoc() are not
            .setVisibility(com.fasterxml.jackson.annotation.PropertyAccessor.IS_GETTER, com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE);

    @JsonIgnoreProperties(ignoreUnknown = false)
    record File(Integer version, List<Theme> themes, List<Concept> concepts) {
    }

    public Glossary read(InputStream in, String name) {
        try {
            File f = yaml.readValue(in, File.class);
            if (f == null) return Glossary.empty();
            return new Glossary(f.themes() == null ? List.of() : f.themes(), f.concepts() == null ? List.of() : f.concepts());
        } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw new GlossaryFormatException(name + (line > 0 ? ":" + line : "") + ": unknown field '" + e.getPropertyName()
                    + "' (known: " + e.getKnownPropertyIds() + ")", e);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? name : name + ":" + at.getLineNr();
            throw new GlossaryFormatException(where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
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
