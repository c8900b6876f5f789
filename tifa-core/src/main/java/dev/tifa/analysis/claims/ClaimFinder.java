package dev.tifa.analysis.claims;

import dev.tifa.glossary.FormKey;
import dev.tifa.model.Language;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quantitative claims about wording in a commentary: "mentioned 'security' 23 times", "self-reliance appears
 * eight times", "only one mention of common prosperity", "'reform' (12 times), up from 9 in 2019", "安全一词出现了二十三次",
 * "提及“改革”53次". Pure pattern matching: each number that counts occurrences of a phrase becomes one {@link Claim}.
 *
 * <p>Unquoted phrases are cut to the longest known glossary form they end (or start) with, else to the words after
 * the last function word; quoted phrases are taken as quoted.
 */
public final class ClaimFinder {
    private static final String Q_OPEN = "“\"‘'「『";
    private static final String Q_CLOSE = "”\"’'」』";
    private static final String QUOTED = "[" + Q_OPEN + "](?<q>[^" + Q_CLOSE + "“‘\\n]{1,80})[" + Q_CLOSE + "]";
    private static final String EN_NUM = "(?<num>\\d{1,3}(?:,\\d{3})+|\\d+|" + NumberWords.EN_WORDS + ")";
    private static final String EN_OP = "(?:(?<op>more\\s+than|over|upwards\\s+of|at\\s+least|no\\s+fewer\\s+than|no\\s+less\\s+than|not\\s+less\\s+than"
            + "|nearly|almost|close\\s+to|just\\s+under|about|around|roughly|approximately|some|fewer\\s+than|less\\s+than|under"
            + "|at\\s+most|no\\s+more\\s+than|only|just|exactly|precisely|a\\s+mere|a\\s+total\\s+of|a\\s+full)\\s+)?";
    private static final Pattern EN_TIMES = Pattern.compile("(?i)\\b" + EN_OP + EN_NUM
            + "\\s+(?:separate\\s+|different\\s+|distinct\\s+)?times\\b(?!\\s+(?:as|more|less|higher|larger|greater|bigger|over|the|a)\\b)");
    private static final Pattern EN_ONCE = Pattern.compile("(?i)\\b" + EN_OP + "(?<num>once|twice|thrice)\\b(?!\\s+(?:again|more|a|an|every|before|upon)\\b)");
    private static final Pattern EN_MENTIONS = Pattern.compile("(?i)\\b" + EN_OP + "(?<num>\\d{1,3}(?:,\\d{3})+|\\d+|a\\s+single|no|"
            + NumberWords.EN_WORDS + ")\\s+(?:separate\\s+|explicit\\s+|direct\\s+)?(?:mentions?|references?|appearances?|occurrences?|uses?)\\b");
    private static final Pattern EN_PAREN = Pattern.compile("(?i)\\(\\s*" + EN_OP + EN_NUM + "(?=\\s*(?:\\)|times\\b|mentions?\\b|,))");
    private static final Pattern EN_VAGUE = Pattern.compile("(?i)\\b(?<vague>" + NumberWords.EN_VAGUE + ")(?:\\s+of)?\\s+(?:times|mentions?|references?)\\b");
    private static final Pattern EN_PREVIOUS = Pattern.compile("(?i)\\b(?:(?:up|down|rising|falling|rose|fell|increas\\w*|decreas\\w*|jump\\w*|drop\\w*|climb\\w*)\\s+from"
            + "|compared\\s+(?:with|to)|versus|vs\\.?|against|as\\s+against|from)\\s+" + EN_OP + EN_NUM
            + "(?:\\s+times|\\s+mentions?)?\\s+in\\s+(?:the\\s+|its\\s+)?(?<year>(?:19|20)\\d{2})\\b");

    private static final String EN_WORD = "[A-Za-z][A-Za-z’'\\-]*";
    private static final String EN_WORDS = "(?<w>" + EN_WORD + "(?:\\s+" + EN_WORD + "){0,7}?)";
    private static final String EN_X = "(?:" + QUOTED + "|" + EN_WORDS + ")";
    private static final String EN_X_GREEDY = "(?:" + QUOTED + "|(?<w>" + EN_WORD + "(?:\\s+" + EN_WORD + "){0,7}))";
    private static final String DOC_NOUN = "[\\w’'\\- ]{1,40}?";
    private static final String EN_FILL = "(?:\\s*,)?\\s*(?:only\\s+|just\\s+|a\\s+total\\s+of\\s+|a\\s+full\\s+|some\\s+)?";
    /** "mentioned [the word] X", just before the number. */
    private static final Pattern EN_LEFT_VERB_X = Pattern.compile("(?i)\\b(?:mention(?:s|ed|ing)?|us(?:es|ed|ing|e)|cit(?:es|ed|e|ing)|invok(?:es|ed|e|ing)"
            + "|repeat(?:s|ed|ing)?|referenc(?:es|ed|ing)|refer(?:s|red|ring)?\\s+to|deploy(?:s|ed)?|employ(?:s|ed)?|stress(?:es|ed)?"
            + "|emphasi[sz](?:es|ed|e)|name[sd]?|wr(?:ote|ites|itten))\\s+(?:the\\s+(?:word|term|phrase|expression|formulation|slogan|concept|notion)s?\\s+)?"
            + EN_X + EN_FILL + "$");
    /** "X was mentioned", "X appears [in the communiqué]", just before the number. */
    private static final Pattern EN_LEFT_X_VERB = Pattern.compile("(?i)" + EN_X + "\\s+(?:(?:was|were|is|are|has\\s+been|had\\s+been|have\\s+been|gets?|got|being)\\s+)?"
            + "(?:mentioned|used|cited|invoked|repeated|referenced|named|written|deployed|employed|appears?|appeared|occurs?|occurred|shows?\\s+up|showed\\s+up"
            + "|features?|featured|comes?\\s+up|came\\s+up|crops?\\s+up|cropped\\s+up|recurs?|recurred|turns?\\s+up|turned\\s+up|gets?|got|received|receives?|earns?|earned)"
            + "(?:\\s+(?:in|throughout|by|across)\\s+(?:the|this|that|its|their|last\\s+year[’']s|the\\s+new)\\s+" + DOC_NOUN + ")?" + EN_FILL + "$");
    /** "X (" or "X:" just before a number in parentheses or a list. */
    private static final Pattern EN_LEFT_X_PAREN = Pattern.compile("(?i)" + EN_X + "\\s*[:(]?\\s*$");
    /** "and ‘opening up’ nearly 10 times": a quoted phrase right before the number, its verb left out. */
    private static final Pattern EN_LEFT_QUOTED = Pattern.compile(QUOTED + "\\s*[:,(]?\\s*$");
    /** "the word X … N times": the phrase named anywhere before the number. */
    private static final Pattern EN_THE_WORD = Pattern.compile("(?i)\\bthe\\s+(?:word|term|phrase|expression|formulation|slogan)s?\\s+" + EN_X_GREEDY);
    /** "of X" after "N mentions". */
    private static final Pattern EN_RIGHT_OF_X = Pattern.compile("(?i)^\\s+(?:of|to)\\s+(?:the\\s+(?:word|term|phrase|expression|formulation|slogan|concept|notion)s?\\s+)?" + EN_X_GREEDY);
    private static final Pattern EN_YEAR_AFTER = Pattern.compile("(?i)^\\s+in\\s+(?:the\\s+|its\\s+)?(?<year>(?:19|20)\\d{2})\\b");
    private static final Pattern EN_YEAR_BEFORE = Pattern.compile("(?i)(?:\\b(?:the|its|their)\\s+(?<y1>(?:19|20)\\d{2})(?:[’']s)?\\s+(?:communiqu[ée]|decision|document|report|resolution|plenum|congress|text|session|edition|version)"
            + "|(?:^|\\b)in\\s+(?<y2>(?:19|20)\\d{2})\\s*,)");
    private static final Set<String> EN_STOP = Set.of("the", "a", "an", "of", "in", "on", "that", "which", "where", "while", "and", "but",
            "as", "word", "words", "term", "terms", "phrase", "phrases", "expression", "formulation", "slogan", "its", "their", "his",
            "her", "this", "these", "those", "is", "was", "were", "are", "be", "been", "has", "had", "have", "it", "to", "by", "with",
            "for", "from", "at", "than", "whereas", "though", "although", "so", "if", "then", "meanwhile", "also", "document",
            "communiqué", "communique", "decision", "report", "text", "only", "just", "even", "not", "concept", "notion", "such", "like");
    private static final Set<String> EN_RIGHT_STOP = Set.of("was", "were", "is", "are", "in", "and", "which", "that", "has", "had",
            "have", "appears", "appeared", "occurs", "occurred", "only", "comes", "came", "got", "gets", "but", "while", "whereas",
            "compared", "versus", "up", "down", "from", "against", "across", "throughout", "by", "at", "on", "for", "with", "than");

    private static final String ZH_NUM = "(?<num>[0-9０-９]+|[〇零一二两三四五六七八九十百千]+)";
    private static final String ZH_OP = "(?<op>超过|超出|逾|多达|高达|达到|达|至少|不少于|不下|不低于|将近|接近|近|约|大约|仅仅|仅|只|不到|不足|少于|不超过|至多)?";
    private static final Pattern ZH_COUNT = Pattern.compile("(?<!第|每|首|这|那|此|上|下|多|数|几|逐|单)" + ZH_OP + ZH_NUM + "(?<more>余|多)?次(?!性|会|全会|全体|代表大会|方|序|要|日|年|级|元|生|数)");
    private static final Pattern ZH_VAGUE = Pattern.compile("(?<![〇零一二两三四五六七八九十百千0-9第每首])(?<vague>数十|几十|数|多|无数|若干|屡|几)次(?!性|会|全会|全体|代表大会|方|序|要|日)");
    private static final Pattern ZH_PREVIOUS = Pattern.compile("(?<year>(?:19|20)\\d{2})年[^，。；,]{0,12}?(?:的|时|为|是|仅|只|有|则|中)?" + ZH_OP + ZH_NUM + "(?<more>余|多)?次");
    private static final String ZH_QUOTED = "[" + Q_OPEN + "](?<q>[^" + Q_CLOSE + "“‘\\n]{1,30})[" + Q_CLOSE + "]";
    private static final String ZH_HAN = "(?<h>[\\u4e00-\\u9fff]{1,20}?)";
    private static final String ZH_X = "(?:" + ZH_QUOTED + "|" + ZH_HAN + ")";
    private static final String ZH_X_GREEDY = "(?:" + ZH_QUOTED + "|(?<h>[\\u4e00-\\u9fff]{1,20}))";
    private static final String ZH_MARK = "(?:一词|这一?词|这个词|这一?提法|这个提法|这一?表述|的提法|的表述|字样|一语|二字|两字|四字)?";
    private static final String ZH_VERB = "(?:出现|提及|提到|使用|写入|用到|论及|谈及|强调|被提及|被提到|被使用|被强调)";
    private static final Pattern ZH_LEFT_X_VERB = Pattern.compile(ZH_X + ZH_MARK + "(?:在[^，。；,“”]{0,20}?(?:中|里))?(?:前后|先后|总共|一共|共计|共|累计|合计|则|仅|只)?" + ZH_VERB + "(?:了|过)?(?:共|达)?$");
    private static final Pattern ZH_LEFT_VERB_X = Pattern.compile("(?:提及|提到|提了|使用了?|用了|写了|出现了?|强调了?)" + ZH_X + ZH_MARK + "(?:共|达|多达|高达)?$");
    private static final Pattern ZH_LEFT_PAREN = Pattern.compile(ZH_X + ZH_MARK + "\\s*[（(:：]\\s*(?:共|出现)?$");
    private static final Pattern ZH_RIGHT_VERB_X = Pattern.compile("^(?:地)?(?:提及|提到|提起|强调|使用|出现|写入)(?:了|过)?" + ZH_X_GREEDY);
    private static final Pattern ZH_YEAR_BEFORE = Pattern.compile("(?<year>(?:19|20)\\d{2})年(?:的)?(?:[^，。；,]{0,8}?)(?:公报|决定|报告|文件|全会|会议|决议)");
    private static final String[] ZH_PREFIXES = {"全文中", "全文", "文中", "通篇", "公报中", "公报", "决定中", "决定", "报告中", "报告",
            "文件中", "文件", "讲话中", "讲话", "文本中", "其中", "今年", "去年", "本次", "这次", "上次", "此次", "当中", "之中", "在",
            "而", "则", "也", "仅", "还", "又", "都", "词语", "一词", "提法", "表述", "关于", "有关", "字眼"};

    private final Set<String> formKeys = new HashSet<>();
    private int longestForm;

    /** A finder that cuts unquoted phrases to these known forms (the glossary's, in both languages) where it can. */
    public ClaimFinder(Collection<String> knownForms) {
        for (String f : knownForms) {
            String k = FormKey.of(f);
            if (k.isEmpty()) continue;
            formKeys.add(k);
            longestForm = Math.max(longestForm, k.length());
        }
    }

    public static ClaimFinder plain() {
        return new ClaimFinder(List.of());
    }

    /** Every claim in the text, in text order. */
    public List<Claim> find(String text, Language language) {
        List<Claim> out = new ArrayList<>();
        for (Sentences.Span s : Sentences.of(text)) {
            String sentence = text.substring(s.start(), s.end());
            out.addAll(language == Language.ZH ? chinese(sentence, s) : english(sentence, s));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------- English

    private record Count(int start, int end, int exprStart, int numStart, int numEnd, Integer number, Operator op, Integer year,
                         String numberText, Type type) {
    }

    private enum Type { TIMES, MENTIONS, PAREN, VAGUE, PREVIOUS }

    private List<Claim> english(String s, Sentences.Span span) {
        List<Count> counts = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        collect(EN_PREVIOUS, s, Type.PREVIOUS, counts, taken, false);
        collect(EN_PAREN, s, Type.PAREN, counts, taken, false);
        collect(EN_MENTIONS, s, Type.MENTIONS, counts, taken, false);
        collect(EN_TIMES, s, Type.TIMES, counts, taken, false);
        collect(EN_ONCE, s, Type.TIMES, counts, taken, false);
        collect(EN_VAGUE, s, Type.VAGUE, counts, taken, false);
        counts.sort(Comparator.comparingInt(Count::start));
        List<Claim> out = new ArrayList<>();
        String previousPhrase = null;
        for (Count c : counts) {
            String left = s.substring(0, c.start());
            String right = s.substring(c.end());
            String phrase = switch (c.type()) {
                case PREVIOUS -> previousPhrase;
                case PAREN -> englishLeft(left, EN_LEFT_X_PAREN, true);
                case MENTIONS, VAGUE -> {
                    String r = englishRight(right);
                    yield r != null ? r : englishLeftAny(left);
                }
                default -> englishLeftAny(left);
            };
            if (phrase == null || phrase.isBlank()) continue;
            Integer year = c.year();
            if (year == null) year = yearAfter(right);
            if (year == null) year = yearBefore(left);
            out.add(new Claim(phrase, c.number(), c.op(), year, Language.EN, c.numberText(), s, span.start(), span.end(),
                    span.start() + c.numStart(), span.start() + c.numEnd(), referent(left, s)));
            previousPhrase = phrase;
        }
        return out;
    }

    private void collect(Pattern p, String s, Type type, List<Count> counts, List<int[]> taken, boolean chinese) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            int ns = type == Type.VAGUE ? m.start("vague") : m.start("num");
            int ne = type == Type.VAGUE ? m.end("vague") : m.end("num");
            if (overlaps(taken, ns, ne)) continue;
            taken.add(new int[]{ns, ne});
            String opText = type == Type.VAGUE ? null : m.group("op");
            Integer n = null;
            Operator op = Operator.VAGUE;
            if (type != Type.VAGUE) {
                OptionalInt v = chinese ? NumberWords.chinese(m.group("num")) : englishNumber(m.group("num"));
                if (v.isEmpty()) continue;
                n = v.getAsInt();
                op = chinese ? chineseOperator(opText, groupOrNull(m, "more")) : englishOperator(opText);
            }
            Integer year = type == Type.PREVIOUS ? Integer.valueOf(m.group("year")) : null;
            int start = type == Type.PAREN ? m.start() + 1 : m.start();
            int exprStart = opText != null ? m.start("op") : ns;
            String numberText = s.substring(exprStart, type == Type.VAGUE ? m.end() : ne);
            counts.add(new Count(start, m.end(), exprStart, ns, ne, n, op, year, numberText, type));
        }
    }

    private static String groupOrNull(Matcher m, String group) {
        try {
            return m.group(group);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static OptionalInt englishNumber(String text) {
        String t = text.toLowerCase(Locale.ROOT).strip();
        if (t.equals("no")) return OptionalInt.of(0);
        if (t.matches("a\\s+single")) return OptionalInt.of(1);
        return NumberWords.english(t);
    }

    private static boolean overlaps(List<int[]> taken, int s, int e) {
        for (int[] t : taken) if (s < t[1] && t[0] < e) return true;
        return false;
    }

    static Operator englishOperator(String op) {
        if (op == null) return Operator.EXACTLY;
        String o = op.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (o) {
            case "more than", "over", "upwards of" -> Operator.MORE_THAN;
            case "at least", "no fewer than", "no less than", "not less than" -> Operator.AT_LEAST;
            case "nearly", "almost", "close to", "just under" -> Operator.NEARLY;
            case "about", "around", "roughly", "approximately", "some" -> Operator.ABOUT;
            case "fewer than", "less than", "under" -> Operator.FEWER_THAN;
            case "at most", "no more than" -> Operator.AT_MOST;
            default -> Operator.EXACTLY; // only, just, exactly, precisely, a mere, a total of
        };
    }

    private String englishLeftAny(String left) {
        String x = englishLeft(left, EN_LEFT_VERB_X, false);
        if (x == null) x = englishLeft(left, EN_LEFT_X_VERB, true);
        if (x == null) x = englishLeft(left, EN_LEFT_QUOTED, true);
        if (x == null) {
            Matcher m = EN_THE_WORD.matcher(left);
            if (m.find()) x = m.group("q") != null ? m.group("q").strip() : rightWords(m.group("w"));
        }
        return x;
    }

    /** The phrase in the left context by a pattern anchored at its end; {@code cutLeft}: unquoted words are cut from the left. */
    private String englishLeft(String left, Pattern p, boolean cutLeft) {
        Matcher m = p.matcher(left);
        if (!m.find()) return null;
        if (m.group("q") != null) return m.group("q").strip();
        String w = m.group("w");
        return cutLeft ? leftWords(w) : middleWords(w);
    }

    private String englishRight(String right) {
        Matcher m = EN_RIGHT_OF_X.matcher(right);
        if (!m.find()) return null;
        if (m.group("q") != null) return m.group("q").strip();
        return rightWords(m.group("w"));
    }

    /** Words before a verb: the longest known form they end with, else the words after the last function word. */
    String leftWords(String words) {
        String[] w = words.strip().split("\\s+");
        for (int i = 0; i < w.length; i++) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length));
            if (formKeys.contains(FormKey.of(tail))) return tail;
        }
        int from = 0;
        for (int i = 0; i < w.length; i++) if (EN_STOP.contains(w[i].toLowerCase(Locale.ROOT))) from = i + 1;
        if (from >= w.length) return null;
        int start = Math.max(from, w.length - 5);
        return String.join(" ", java.util.Arrays.copyOfRange(w, start, w.length));
    }

    /** Words after a noun like "mentions of": the longest known form they start with, else up to the first stop word. */
    String rightWords(String words) {
        String[] w = words.strip().split("\\s+");
        for (int i = w.length; i > 0; i--) {
            String head = String.join(" ", java.util.Arrays.copyOfRange(w, 0, i));
            if (formKeys.contains(FormKey.of(head))) return head;
        }
        int end = 0;
        while (end < w.length && end < 5 && !EN_RIGHT_STOP.contains(w[end].toLowerCase(Locale.ROOT))) end++;
        return end == 0 ? null : String.join(" ", java.util.Arrays.copyOfRange(w, 0, end));
    }

    /** Words between a verb and the number ("mentioned the phrase X only"): function words at either end dropped. */
    private String middleWords(String words) {
        List<String> w = new ArrayList<>(List.of(words.strip().split("\\s+")));
        if (formKeys.contains(FormKey.of(String.join(" ", w)))) return String.join(" ", w);
        while (!w.isEmpty() && EN_STOP.contains(w.get(0).toLowerCase(Locale.ROOT))) w.remove(0);
        while (!w.isEmpty() && EN_STOP.contains(w.get(w.size() - 1).toLowerCase(Locale.ROOT))) w.remove(w.size() - 1);
        if (w.isEmpty() || w.size() > 6) return null;
        return String.join(" ", w);
    }

    private static Integer yearAfter(String right) {
        Matcher m = EN_YEAR_AFTER.matcher(right);
        return m.find() ? Integer.valueOf(m.group("year")) : null;
    }

    private static Integer yearBefore(String left) {
        Matcher m = EN_YEAR_BEFORE.matcher(left);
        Integer y = null;
        while (m.find()) y = Integer.valueOf(m.group("y1") != null ? m.group("y1") : m.group("y2"));
        return y;
    }

    /** The word naming the document counted: the last one before the number, else the first in the sentence. */
    static String referent(String left, String sentence) {
        String r = lastReferent(left);
        return r != null ? r : lastReferent(sentence);
    }

    private static final Pattern REFERENT = Pattern.compile("(?iu)(communiqu[ée]s?|公报|decisions?|决定|reports?|报告|resolutions?|决议|documents?|文件|texts?|全文)");

    private static String lastReferent(String text) {
        Matcher m = REFERENT.matcher(text);
        String last = null;
        while (m.find()) last = m.group(1);
        if (last == null) return null;
        String l = last.toLowerCase(Locale.ROOT);
        if (l.startsWith("communiqu") || l.equals("公报")) return "communique";
        if (l.startsWith("decision") || l.equals("决定")) return "decision";
        if (l.startsWith("report") || l.equals("报告")) return "report";
        if (l.startsWith("resolution") || l.equals("决议")) return "resolution";
        return "document";
    }

    // ------------------------------------------------------------------------------------------------- Chinese

    private List<Claim> chinese(String s, Sentences.Span span) {
        List<Count> counts = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        collect(ZH_PREVIOUS, s, Type.PREVIOUS, counts, taken, true);
        collect(ZH_VAGUE, s, Type.VAGUE, counts, taken, true);
        collect(ZH_COUNT, s, Type.TIMES, counts, taken, true);
        counts.sort(Comparator.comparingInt(Count::start));
        List<Claim> out = new ArrayList<>();
        String previousPhrase = null;
        for (Count c : counts) {
            String left = s.substring(0, c.start());
            String right = s.substring(c.end());
            String phrase;
            if (c.type() == Type.PREVIOUS) {
                phrase = previousPhrase;
                // "2019年公报中安全出现15次" is a claim of its own, not a comparison
                if (phrase == null) phrase = chineseLeft(s.substring(0, c.exprStart()));
            } else {
                phrase = chineseLeft(left);
                if (phrase == null) phrase = chineseRight(right);
            }
            if (phrase == null || phrase.isBlank()) continue;
            Integer year = c.year();
            if (year == null) {
                Matcher y = ZH_YEAR_BEFORE.matcher(left);
                while (y.find()) year = Integer.valueOf(y.group("year"));
            }
            out.add(new Claim(phrase, c.number(), c.op(), year, Language.ZH, c.numberText(), s, span.start(), span.end(),
                    span.start() + c.numStart(), span.start() + c.numEnd(), referent(left, s)));
            previousPhrase = phrase;
        }
        return out;
    }

    static Operator chineseOperator(String op, String more) {
        if (more != null) return Operator.MORE_THAN;
        if (op == null) return Operator.EXACTLY;
        return switch (op) {
            case "超过", "超出", "逾" -> Operator.MORE_THAN;
            case "至少", "不少于", "不下", "不低于" -> Operator.AT_LEAST;
            case "将近", "接近", "近" -> Operator.NEARLY;
            case "约", "大约" -> Operator.ABOUT;
            case "不到", "不足", "少于" -> Operator.FEWER_THAN;
            case "不超过", "至多" -> Operator.AT_MOST;
            default -> Operator.EXACTLY; // 多达, 高达, 达, 仅, 只
        };
    }

    private String chineseLeft(String left) {
        for (Pattern p : new Pattern[]{ZH_LEFT_VERB_X, ZH_LEFT_X_VERB, ZH_LEFT_PAREN}) {
            Matcher m = p.matcher(left);
            if (!m.find()) continue;
            if (m.group("q") != null) return m.group("q").strip();
            String h = p == ZH_LEFT_VERB_X ? hanHead(m.group("h")) : hanTail(m.group("h"));
            if (h != null && !ZH_ONLY_MARKER.matcher(h).matches()) return h;
        }
        return null;
    }

    /** "一词", "这一词", "该提法": words that point at a phrase, never the phrase itself. */
    private static final Pattern ZH_ONLY_MARKER = Pattern.compile("(?:这|该|此|其|那|其中)?(?:一|个|一个)?(?:词|词语|提法|表述|字样|说法)");

    private String chineseRight(String right) {
        Matcher m = ZH_RIGHT_VERB_X.matcher(right);
        if (!m.find()) return null;
        return m.group("q") != null ? m.group("q").strip() : hanHead(m.group("h"));
    }

    /** A run of characters before a verb: the longest known form it ends with, else the run without stock prefixes. */
    String hanTail(String run) {
        for (int i = 0; i < run.length(); i++) if (formKeys.contains(FormKey.of(run.substring(i)))) return run.substring(i);
        String r = run;
        boolean cut = true;
        while (cut && !r.isEmpty()) {
            cut = false;
            for (String p : ZH_PREFIXES) {
                int at = r.lastIndexOf(p);
                // a stock word inside the run ("公报中", "全文") ends what comes before it
                if (at >= 0 && at + p.length() < r.length() && (at == 0 || p.length() >= 2)) {
                    r = r.substring(at + p.length());
                    cut = true;
                }
            }
        }
        if (r.length() < 2 || r.length() > 12) return r.length() > 12 ? r.substring(r.length() - 12) : null;
        return r;
    }

    /** A run of characters after a verb: the longest known form it starts with, else the whole run (at most 12). */
    String hanHead(String run) {
        for (int i = run.length(); i > 0; i--) if (formKeys.contains(FormKey.of(run.substring(0, i)))) return run.substring(0, i);
        String r = run.replaceAll("(一词|这一?提法|字样|等词|等)$", "");
        return r.length() < 2 ? null : r.length() > 12 ? r.substring(0, 12) : r;
    }
}
