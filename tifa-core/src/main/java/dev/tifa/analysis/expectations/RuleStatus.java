package dev.tifa.analysis.expectations;

/** Whether the outcome bore an expectation out. */
public enum RuleStatus {
    MET, NOT_MET,
    /** Cannot be decided: no outcome text, or no predecessor to compare with. */
    UNDETERMINED
}
