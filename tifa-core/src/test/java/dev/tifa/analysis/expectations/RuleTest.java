package dev.tifa.analysis.expectations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleTest {
    @Test
    void parsesEveryKind() {
        assertThat(RuleSyntax.parse("appears 新质生产力")).isEqualTo(new Rule(RuleKind.APPEARS, "新质生产力", null));
        assertThat(RuleSyntax.parse("at-least 3 \"new quality productive forces\""))
                .isEqualTo(new Rule(RuleKind.AT_LEAST, "new quality productive forces", 3));
        assertThat(RuleSyntax.parse("rises 安全").kind()).isEqualTo(RuleKind.RISES);
        assertThat(RuleSyntax.parse("falls 改革开放").kind()).isEqualTo(RuleKind.FALLS);
        assertThat(RuleSyntax.parse("theme-rises technology")).isEqualTo(new Rule(RuleKind.THEME_SHARE_RISES, "technology", null));
        assertThat(RuleSyntax.parse("absent 计划经济").kind()).isEqualTo(RuleKind.ABSENT);
        assertThat(RuleSyntax.parse("at-least 3 \"new quality productive forces\"").text()).isEqualTo("at-least 3 \"new quality productive forces\"");
    }

    @Test
    void badRulesSayWhy() {
        assertThatThrownBy(() -> RuleSyntax.parse("soars 安全")).hasMessageContaining("unknown rule 'soars'");
        assertThatThrownBy(() -> RuleSyntax.parse("at-least 安全")).hasMessageContaining("needs a number");
    }

    @Test
    void judgesMetAndNotMet() {
        Measured m = new Measured(4, 2.0, 2, 1.0, 0.3, 0.2);
        assertThat(RuleJudge.judge(new Rule(RuleKind.APPEARS, "x", null), m)).isEqualTo(RuleStatus.MET);
        assertThat(RuleJudge.judge(new Rule(RuleKind.ABSENT, "x", null), m)).isEqualTo(RuleStatus.NOT_MET);
        assertThat(RuleJudge.judge(new Rule(RuleKind.AT_LEAST, "x", 5), m)).isEqualTo(RuleStatus.NOT_MET);
        assertThat(RuleJudge.judge(new Rule(RuleKind.RISES, "x", null), m)).isEqualTo(RuleStatus.MET);
        assertThat(RuleJudge.judge(new Rule(RuleKind.FALLS, "x", null), m)).isEqualTo(RuleStatus.NOT_MET);
        assertThat(RuleJudge.judge(new Rule(RuleKind.THEME_SHARE_RISES, "t", null), m)).isEqualTo(RuleStatus.MET);
        assertThat(RuleJudge.judge(new Rule(RuleKind.RISES, "x", null), new Measured(4, 2.0, null, null, null, null)))
                .isEqualTo(RuleStatus.UNDETERMINED);
        assertThat(RuleJudge.judge(new Rule(RuleKind.APPEARS, "x", null), null)).isEqualTo(RuleStatus.UNDETERMINED);
    }
}
