package dev.tifa.text.clean;

import com.hankcs.hanlp.HanLP;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed list of traditional-only characters is exactly what its rule derives (see TraditionalOnlyFolding). */
class TraditionalOnlyListTest {
    @Test
    void listIsTheDerivation() {
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        Map<Character, Character> derived = new TreeMap<>();
        for (char c = 0x3400; c <= 0x9FFF; c++) {
            if (Character.getType(c) == Character.UNASSIGNED) continue;
            String s = HanLP.convertToSimplifiedChinese(String.valueOf(c));
            if (s.length() != 1 || s.charAt(0) == c) continue;
            if (gb2312.canEncode(c) && c != '後') continue; // valid in simplified text
            derived.put(c, s.charAt(0));
        }
        assertThat(new TreeMap<>(TraditionalOnlyFolding.pairs())).isEqualTo(derived);
        assertThat(derived).hasSizeGreaterThan(2500);
    }
}
