package dev.tifa.text.clean;

import dev.tifa.text.CleanText;
import dev.tifa.text.CleaningStage;
import dev.tifa.text.TextEdit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folds characters that exist only in traditional script (開, 計, 劃, 後 …) to their simplified form, in every
 * text, so that one stray 改革開放 in a simplified report is not silently missed. Texts with many traditional
 * characters get HanLP's full, word-aware conversion instead ({@link TraditionalToSimplified}).
 *
 * <p>The list ({@code traditional-only.txt}, one "traditional simplified" pair a line) is derived, not hand-picked:
 * the characters HanLP converts to a different single character and that the simplified standard character set
 * (GB 2312) lacks, plus 後; characters valid in both scripts (乾, 著, 於, 徵 …) are never folded. A test re-derives it.
 */
public final class TraditionalOnlyFolding implements CleaningStage {
    private static final Map<Character, Character> FOLD = load();

    @Override
    public CleanText apply(CleanText input) {
        String s = input.text();
        TextEdit e = new TextEdit(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            e.append(FOLD.getOrDefault(c, c), i);
        }
        return e.applyTo(input);
    }

    /** The simplified form of a traditional-only character, or {@code c} itself. */
    public static char fold(char c) {
        return FOLD.getOrDefault(c, c);
    }

    /** The pairs folded, traditional → simplified. */
    public static Map<Character, Character> pairs() {
        return FOLD;
    }

    /** How many characters of a cleaned text were folded: positions whose original character is a traditional-only one. */
    public static int foldedIn(CleanText clean, String original) {
        int n = 0;
        for (int i = 0; i < clean.length(); i++) {
            int o = clean.toOriginal(i);
            if (o < original.length() && FOLD.containsKey(original.charAt(o)) && clean.text().charAt(i) != original.charAt(o)) n++;
        }
        return n;
    }

    private static Map<Character, Character> load() {
        Map<Character, Character> m = new TreeMap<>();
        try (var in = TraditionalOnlyFolding.class.getResourceAsStream("traditional-only.txt")) {
            if (in == null) throw new IllegalStateException("traditional-only.txt missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.length() == 2) m.put(line.charAt(0), line.charAt(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}
