package dev.tifa.text.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import dev.tifa.glossary.Glossary;
import dev.tifa.model.Concept;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * HanLP word segmentation that keeps the glossary's formulations whole: without them HanLP cuts 新质生产力 into
 * 新/质/生产力. The forms go into this segmenter's own dictionary, never HanLP's global one, so two segmenters built
 * from different glossaries do not affect each other.
 *
 * <p>Punctuation ends a clause; numbers and single-character function words are kept as non-content tokens, so that
 * they break word pairs without being counted.
 */
public final class ChineseSegmenter implements Tokenizer {
    /** Single characters that carry grammar rather than content. */
    private static final Set<String> STOP = Set.of(
            "的", "了", "和", "与", "及", "在", "是", "对", "等", "把", "被", "从", "向", "以", "为", "于", "将", "并",
            "而", "或", "也", "都", "要", "就", "这", "那", "其", "之", "个", "们", "中", "上", "下", "着", "给", "由",
            "使", "让", "又", "还", "再", "更", "很", "所", "已", "但", "则", "即", "各", "每", "该", "此", "有", "好",
            "得", "地", "到", "去", "来", "可", "能", "会", "我", "你", "他", "她", "它", "不", "没", "至", "按", "同",
            "跟", "如", "若", "因", "较", "最", "前", "后", "年", "月", "日");
    private static final Pattern NUMBER = Pattern.compile("[\\d.%％·,，一二三四五六七八九十百千万亿零两第余多]+[年月日个项条次%]?");

    private final Segment segment;

    public ChineseSegmenter(Collection<String> keepWhole) {
        DynamicCustomDictionary dictionary = new DynamicCustomDictionary();
        for (String form : keepWhole) {
            String f = form.strip();
            if (f.length() > 1) dictionary.insert(f, "nz 1024");
        }
        this.segment = HanLP.newSegment()
                .enableCustomDictionary(dictionary)
                .enableCustomDictionaryForcing(true)
                .enableNameRecognize(false)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableTranslatedNameRecognize(false)
                .enableJapaneseNameRecognize(false)
                .enableOffset(true);
    }

    public static ChineseSegmenter forGlossary(Glossary glossary) {
        List<String> forms = new ArrayList<>();
        for (Concept c : glossary.concepts()) forms.addAll(c.zh());
        return new ChineseSegmenter(forms);
    }

    /** Every word of the text in order, punctuation dropped. */
    public List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        clauses(text).forEach(out::addAll);
        return out;
    }

    @Override
    public List<List<Token>> clauses(String text) {
        List<List<Token>> clauses = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int offset = 0;
        for (Term t : segment.seg(text)) {
            String w = t.word;
            int start = text.indexOf(w, offset);
            if (start < 0) start = offset;
            offset = start + w.length();
            if (w.isBlank()) continue;
            if (isPunctuation(w, t)) {
                if (!current.isEmpty()) clauses.add(current);
                current = new ArrayList<>();
                continue;
            }
            current.add(new Token(w, start, start + w.length(), isContent(w, t)));
        }
        if (!current.isEmpty()) clauses.add(current);
        return clauses;
    }

    private static boolean isPunctuation(String w, Term t) {
        if (t.nature != null && t.nature.startsWith("w")) return true;
        return w.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private static boolean isContent(String w, Term t) {
        if (STOP.contains(w)) return false;
        if (NUMBER.matcher(w).matches()) return false;
        if (t.nature != null && (t.nature.startsWith("m") || t.nature.startsWith("t") && w.codePoints().anyMatch(Character::isDigit))) return false;
        return w.codePoints().anyMatch(Character::isLetter);
    }
}
