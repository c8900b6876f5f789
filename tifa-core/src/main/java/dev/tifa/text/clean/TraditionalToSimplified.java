package dev.tifa.text.clean;

import com.hankcs.hanlp.HanLP;
import dev.tifa.text.CleanText;
import dev.tifa.text.CleaningStage;
import dev.tifa.text.TextEdit;

/**
 * Traditional → simplified characters through HanLP's conversion dictionaries (word-aware, so 乾隆 stays 乾隆).
 * Converted paragraph by paragraph; where a conversion changes a paragraph's length, that paragraph is converted
 * character by character instead, so every position still maps back to the original.
 */
public final class TraditionalToSimplified implements CleaningStage {
    @Override
    public CleanText apply(CleanText input) {
        String s = input.text();
        TextEdit e = new TextEdit(s.length());
        int start = 0;
        while (start <= s.length()) {
            int end = s.indexOf('\n', start);
            if (end < 0) end = s.length();
            String para = s.substring(start, end);
            String converted = para.isEmpty() ? para : HanLP.convertToSimplifiedChinese(para);
            if (converted.length() == para.length()) {
                for (int k = 0; k < para.length(); k++) e.append(converted.charAt(k), start + k);
            } else {
                for (int k = 0; k < para.length(); k++) {
                    String one = HanLP.convertToSimplifiedChinese(String.valueOf(para.charAt(k)));
                    e.append(one.length() == 1 ? one.charAt(0) : para.charAt(k), start + k);
                }
            }
            if (end < s.length()) e.append('\n', end);
            start = end + 1;
        }
        return e.applyTo(input);
    }
}
