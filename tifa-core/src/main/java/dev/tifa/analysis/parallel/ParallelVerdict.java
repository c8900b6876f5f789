package dev.tifa.analysis.parallel;

/** What a disagreement between the two sides' counts of a concept most likely is. See docs/parallel.md for the rules. */
public enum ParallelVerdict {
    AGREES("agrees"),
    /**
     * The counts agree once hits of a linked concept that stand in for this one are counted: the narrower 对外开放 rendered
     * "opening up" is a mention of the broader 开放; bare 开放 rendered "opening up" stands for 对外开放 (docs/parallel.md).
     */
    AGREES_THROUGH_LINKED("agrees through a broader/narrower concept"),
    ENGLISH_FORMS_MISSING("English forms missing"),
    CHINESE_FORMS_MISSING("Chinese forms missing"),
    TRANSLATOR_VARIANCE("translator's variance"),
    /** The recurring phrase is a form of a broader or narrower concept: one language names the family, not the member. */
    RELATED_CONCEPT("renders a broader/narrower concept");

    private final String label;

    ParallelVerdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
