package dev.tifa.analysis.discover;

import dev.tifa.text.segment.EnglishTokenizer;
import dev.tifa.text.segment.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A run of text between punctuation, as a sequence of units (Chinese characters, English words) that candidate
 * strings are made of. Unit i is {@code text.substring(starts[i], ends[i])}; a candidate may begin or end only at a
 * unit whose {@code edge} is true. {@code offset} is where a Chinese clause starts in the text (-1 for English, whose
 * clauses are rebuilt from words).
 */
record Clause(String text, int offset, int[] starts, int[] ends, boolean[] edge) {
    /** Characters that glue words together and so never begin or end a formulation. */
    private static final Set<Character> GLUE = Set.of('的', '了', '和', '与', '及', '并', '等', '是', '在', '把', '被', '而', '或', '也', '都', '之');

    int size() {
        return starts.length;
    }

    String gram(int from, int n) {
        return text.substring(starts[from], ends[from + n - 1]);
    }

    String unit(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /** Maximal runs of Han characters: any other character (punctuation, digits, Latin) ends a clause. */
    static List<Clause> chinese(String text) {
        List<Clause> out = new ArrayList<>();
        int i = 0, n = text.length();
        while (i < n) {
            while (i < n && !isHan(text.charAt(i))) i++;
            int s = i;
            while (i < n && isHan(text.charAt(i))) i++;
            if (i - s >= 2) {
                String run = text.substring(s, i);
                int len = run.length();
                int[] st = new int[len], en = new int[len];
                boolean[] edge = new boolean[len];
                for (int k = 0; k < len; k++) {
                    st[k] = k;
                    en[k] = k + 1;
                    edge[k] = !GLUE.contains(run.charAt(k));
                }
                out.add(new Clause(run, s, st, en, edge));
            }
        }
        return out;
    }

    /** Lower-cased words between punctuation; stop words and numbers may stand inside a phrase but not at its ends. */
    static List<Clause> english(String text, EnglishTokenizer tokenizer) {
        List<Clause> out = new ArrayList<>();
        for (List<Token> tokens : tokenizer.clauses(text)) {
            if (tokens.size() < 2) continue;
            StringBuilder b = new StringBuilder();
            int[] st = new int[tokens.size()], en = new int[tokens.size()];
            boolean[] edge = new boolean[tokens.size()];
            for (int k = 0; k < tokens.size(); k++) {
                if (k > 0) b.append(' ');
                st[k] = b.length();
                b.append(tokens.get(k).text());
                en[k] = b.length();
                edge[k] = tokens.get(k).content();
            }
            out.add(new Clause(b.toString(), -1, st, en, edge));
        }
        return out;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
