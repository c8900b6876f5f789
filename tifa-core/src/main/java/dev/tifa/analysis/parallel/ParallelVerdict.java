package dev.tifa.analysis.parallel;

/** What a disagreement between the two sides' counts of a concept most likely is. See docs/parallel.md for the rules. */
public enum ParallelVerdict {
    AGREES("agrees"),
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
