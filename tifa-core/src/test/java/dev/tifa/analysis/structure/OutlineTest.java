package dev.tifa.analysis.structure;

import dev.tifa.model.Hit;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Outlines of invented reports, with full- and half-width numbering, hand-checked. */
class OutlineTest {
    /** An invented work report: a review, then a task list of three items with sub-items. */
    static final String REPORT = String.join("\n",
            "政府工作报告",
            "一、过去一年的回顾",
            "我们推动科技自立自强。",
            "二、今年的工作任务",
            "（一）扩大国内需求。要提振消费。",
            "1．稳定就业。增加1.5万个岗位。",
            "2.促进消费。",
            "（二）推进科技创新。加快发展新质生产力。",
            "（１）加强基础研究。科技投入增长。",
            "(三)深化改革开放。",
            "三、加强政府建设",
            "依法行政，科技赋能。");

    @Test
    void parsesLevelsInFullAndHalfWidth() {
        Outline o = Outline.parse(REPORT);
        assertThat(o.headings()).extracting(Heading::label)
                .containsExactly("一、", "二、", "（一）", "1．", "2.", "（二）", "（１）", "(三)", "三、");
        assertThat(o.headings()).extracting(Heading::level).containsExactly(1, 1, 2, 3, 3, 2, 4, 2, 1);
        assertThat(o.headings()).extracting(Heading::number).containsExactly(1, 2, 1, 1, 2, 2, 1, 3, 3);
        assertThat(o.headings().get(2).title()).isEqualTo("扩大国内需求");
        // 1.5万 inside a sentence is not an item
        assertThat(o.headings()).noneMatch(h -> h.title().startsWith("5万"));
    }

    @Test
    void theTaskListIsTheListUnderTheTasksHeading() {
        Outline o = Outline.parse(REPORT);
        assertThat(o.tasks()).extracting(Heading::label).containsExactly("（一）", "（二）", "(三)");
        Section s = o.sectionAt(REPORT.indexOf("基础研究"));
        assertThat(s.markers()).isEqualTo("二、 > （二） > （１）");
        assertThat(s.taskRank()).isEqualTo(2);
        assertThat(s.taskCount()).isEqualTo(3);
        assertThat(o.sectionAt(REPORT.indexOf("依法行政")).inTaskList()).isFalse();
        assertThat(o.sectionAt(0).path()).isEmpty();
    }

    @Test
    void priorityIsTheTaskOfTheFirstAppearanceInTheTaskList() {
        DocumentPosition p = Positions.of("r", REPORT, hits(REPORT, "科技"));
        // 科技 three times... four: review, task 2 (twice), government section
        assertThat(p.hits()).hasSize(4);
        assertThat(p.hits().get(0).section().inTaskList()).isFalse();
        assertThat(p.priority()).isEqualTo(2);
        assertThat(p.task().title()).isEqualTo("推进科技创新");
        assertThat(p.priorityLabel()).isEqualTo("task 2 of 3");
        assertThat(Positions.of("r", REPORT, hits(REPORT, "不存在")).priority()).isZero();
    }

    @Test
    void movesBetweenEditions() {
        String earlier = "一、任务\n（一）稳定增长。\n（二）发展科技。\n（三）改善民生。";
        String later = "一、任务\n（一）发展科技。\n（二）稳定增长。";
        String none = "一、任务\n（一）稳定增长。";
        List<DocumentPosition> ps = List.of(Positions.of("a", earlier, hits(earlier, "科技")),
                Positions.of("b", later, hits(later, "科技")), Positions.of("c", none, hits(none, "科技")),
                Positions.of("d", earlier, hits(earlier, "科技")));
        assertThat(Positions.moves(ps)).extracting(Positions.Move::description)
                .containsExactly("from task 2 to task 1 (up)", "leaves the task list (was task 1)", "enters the task list at task 2");
    }

    @Test
    void withoutATasksHeadingTheLongestListIsTheTaskList() {
        String t = "一、甲\n二、乙\n（一）子\n（二）子\n（三）子\n（四）子\n三、丙";
        assertThat(Outline.parse(t).tasks()).extracting(Heading::label).containsExactly("（一）", "（二）", "（三）", "（四）");
        assertThat(Outline.parse("没有标题的文字。").tasks()).isEmpty();
    }

    @Test
    void ofSeveralTasksHeadingsTheOneWithMoreItemsWins() {
        String t = "一、目标和重大任务\n（一）目标\n（二）任务\n二、今年工作任务\n（一）甲\n（二）乙\n（三）丙";
        assertThat(Outline.parse(t).tasks()).extracting(Heading::title).containsExactly("甲", "乙", "丙");
    }

    @Test
    void chineseNumerals() {
        assertThat(Outline.hanNumber("十")).isEqualTo(10);
        assertThat(Outline.hanNumber("十二")).isEqualTo(12);
        assertThat(Outline.hanNumber("二十三")).isEqualTo(23);
        assertThat(Outline.hanNumber("一百零五")).isEqualTo(105);
    }

    static List<Hit> hits(String text, String term) {
        List<Hit> out = new ArrayList<>();
        for (int i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) out.add(new Hit(term, term, i, i + term.length(), null));
        return out;
    }
}
