package dev.tifa.analysis.parallel;

/** What a disagreement between the two sides' counts of a concept most likely is. See docs/parallel.md for the rules. */
public enum ParallelVerdict {
    AGREES("agrees"),
    /**
     * The counts agree once hits of a linked concept that stand in for this one are counted: the narrower 对外开放 rendered
     * "opening up" is a mention of the broader 开放; bare 开放 rendered "opening up" stands for 对外开放 (docs/parallel.md).
     */
    AGREES_THROUGH_LINKED("agrees through a broader/narrower concept"),
    /**
     * The counts agree once hits that lie only in the wording of another concept are set aside: English "leadership of
     * the Party" inside "leadership of the Party Central Committee", whose Chinese 党中央 does not contain 党的领导.
     */
    AGREES_WITHOUT_NESTING("agrees once one language's nesting is set aside"),
    /**
     * The counts agree once forms shared by two concepts are read as the other side of their pair says: English
     * "people-centered" renders 以人民为中心 and 以人为本; where the Chinese says 以人为本, it is that concept's.
     */
    AGREES_READING_SHARED("agrees once shared renderings are read by their pair"),
    ENGLISH_FORMS_MISSING("English forms missing"),
    CHINESE_FORMS_MISSING("Chinese forms missing"),
    TRANSLATOR_VARIANCE("translator's variance"),
    /** The recurring phrase is a form of a broader or narrower concept: one language names the family, not the member. */
    RELATED_CONCEPT("renders a broader/narrower concept");

    private final String label;

    ParallelVerdict(String label) {
        this.label = label;
    }

    /** The verdicts of a concept that counts as agreeing. */
    public boolean agreement() {
        return this == AGREES || this == AGREES_THROUGH_LINKED || this == AGREES_WITHOUT_NESTING || this == AGREES_READING_SHARED;
    }

    public String label() {
        return label;
    }
}
