package dev.tifa.analysis.ladder;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Words that govern a formulation and how forcefully (1 tentative … 5 most forceful): the shipped default, overlaid
 * by the analyst's own file like the glossary. A format error names the file and the problem.
 */
public final class IntensityLexicon {
    public static final String DEFAULT_RESOURCE = "/dev/tifa/analysis/ladder/intensity.yaml";
    public static final int MIN = 1;
    public static final int MAX = 5;

    private final Map<String, Integer> words;
    private final int longest;

    private IntensityLexicon(Map<String, Integer> words) {
        this.words = Collections.unmodifiableMap(new LinkedHashMap<>(words));
        this.longest = words.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    public static IntensityLexicon of(Map<String, Integer> words) {
        return new IntensityLexicon(words);
    }

    public static IntensityLexicon readDefault() {
        try (InputStream in = IntensityLexicon.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return read(in, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code words: {word: intensity}}; {@code name} is the file named in errors. */
    public static IntensityLexicon read(InputStream in, String name) {
        try {
            Map<?, ?> root = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
            if (root == null) return new IntensityLexicon(Map.of());
            Object w = root.get("words");
            if (!(w instanceof Map<?, ?> m)) throw new IllegalArgumentException(name + ": expected a 'words:' map of word: intensity");
            Map<String, Integer> out = new LinkedHashMap<>();
            for (var e : m.entrySet()) {
                String word = String.valueOf(e.getKey()).strip();
                if (!(e.getValue() instanceof Integer v) || v < 0 || v > MAX) {
                    throw new IllegalArgumentException(name + ": intensity of '" + word + "' must be a whole number 0–" + MAX + ", not " + e.getValue());
                }
                out.put(word, v);
            }
            return new IntensityLexicon(out);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(name + ": not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }

    /** This lexicon with {@code overlay}'s words added or replaced; intensity 0 removes a word. */
    public IntensityLexicon with(IntensityLexicon overlay) {
        Map<String, Integer> out = new LinkedHashMap<>(words);
        overlay.words.forEach((k, v) -> {
            if (v == 0) out.remove(k);
            else out.put(k, v);
        });
        return new IntensityLexicon(out);
    }

    public OptionalInt intensity(String word) {
        Integer v = words.get(word);
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }

    public Map<String, Integer> words() {
        return words;
    }

    /** Length of the longest entry, for joining adjacent tokens into a multi-word entry. */
    int longest() {
        return longest;
    }
}
