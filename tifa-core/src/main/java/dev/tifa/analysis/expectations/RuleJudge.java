package dev.tifa.analysis.expectations;

/** Decides MET / NOT_MET / UNDETERMINED from measured numbers; pure. */
public final class RuleJudge {
    private RuleJudge() {
    }

    /** @param m the numbers, or null when there is no outcome text */
    public static RuleStatus judge(Rule rule, Measured m) {
        if (m == null) return RuleStatus.UNDETERMINED;
        return switch (rule.kind()) {
            case APPEARS -> met(m.outcomeCount() > 0);
            case ABSENT -> met(m.outcomeCount() == 0);
            case AT_LEAST -> met(m.outcomeCount() >= rule.n());
            case RISES -> m.predecessorRate() == null ? RuleStatus.UNDETERMINED : met(m.outcomeRate() > m.predecessorRate());
            case FALLS -> m.predecessorRate() == null ? RuleStatus.UNDETERMINED : met(m.outcomeRate() < m.predecessorRate());
            case THEME_SHARE_RISES -> m.predecessorShare() == null || m.outcomeShare() == null ? RuleStatus.UNDETERMINED
                    : met(m.outcomeShare() > m.predecessorShare());
        };
    }

    private static RuleStatus met(boolean b) {
        return b ? RuleStatus.MET : RuleStatus.NOT_MET;
    }
}
