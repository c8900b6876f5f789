package dev.tifa.analysis.diff;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DifferTest {
    private final Differ differ = new Differ(DiffOptions.defaults());

    @Test
    void identicalTextsAreAllKept() {
        String t = "坚持稳中求进工作总基调。完整准确全面贯彻新发展理念。\n\n加快构建新发展格局。";
        DocumentDiff d = differ.diff(t, t);
        assertThat(d.changes()).extracting(PassageChange::type).containsOnly(ChangeType.KEPT).hasSize(3);
        assertThat(d.continuity().exact()).isEqualTo(1.0);
        assertThat(d.continuity().near()).isEqualTo(1.0);
    }

    @Test
    void disjointTextsShareNothing() {
        DocumentDiff d = differ.diff("春眠不觉晓。处处闻啼鸟。", "白日依山尽。黄河入海流。");
        assertThat(d.changes()).extracting(PassageChange::type)
                .containsExactlyInAnyOrder(ChangeType.REMOVED, ChangeType.REMOVED, ChangeType.ADDED, ChangeType.ADDED);
        assertThat(d.continuity().exact()).isZero();
        assertThat(d.continuity().near()).isZero();
    }

    @Test
    void movedChangedAddedRemoved() {
        String a = "甲句说的是农业发展问题。乙句讨论工业升级的路径。丙句谈到服务业的开放。丁句将被删除掉了。戊句保持不变的内容。";
        String b = "戊句保持不变的内容。乙句讨论工业升级的路径。丙句谈到现代服务业的扩大开放。全新加入的一句话。甲句说的是农业发展问题。";
        DocumentDiff d = differ.diff(a, b);
        assertThat(d.count(ChangeType.REMOVED)).isEqualTo(1);
        assertThat(d.count(ChangeType.ADDED)).isEqualTo(1);
        assertThat(d.count(ChangeType.CHANGED)).isEqualTo(1);
        assertThat(d.count(ChangeType.KEPT) + d.count(ChangeType.MOVED)).isEqualTo(3);
        assertThat(d.count(ChangeType.MOVED)).isGreaterThanOrEqualTo(1);
        PassageChange changed = d.changes().stream().filter(c -> c.type() == ChangeType.CHANGED).findFirst().orElseThrow();
        assertThat(changed.aText()).startsWith("丙句");
        assertThat(changed.marks()).allMatch(m -> m.side() == Span.Side.B); // only insertions
        assertThat(changed.marks()).extracting(m -> changed.bText().substring(m.start(), m.end())).containsExactly("现代", "扩大");
        assertThat(text(changed.segments(), Segment.Kind.INSERTED)).isEqualTo(changed.bText());
        assertThat(text(changed.segments(), Segment.Kind.DELETED)).isEqualTo(changed.aText());
        PassageChange removed = d.changes().stream().filter(c -> c.type() == ChangeType.REMOVED).findFirst().orElseThrow();
        assertThat(removed.aText()).startsWith("丁句");
        assertThat(d.continuity().exact()).isStrictlyBetween(0.0, 1.0);
        assertThat(d.continuity().near()).isGreaterThan(d.continuity().exact()).isLessThan(1.0);
        // B order: the changes follow the new text
        assertThat(d.changes().stream().filter(c -> c.bIndex() >= 0).map(PassageChange::bIndex).toList()).isSorted();
    }

    @Test
    void splitAndMergedSentences() {
        String a = "我们要全面深化改革开放并且持续推动高质量发展取得新成效，不断增强人民群众的获得感幸福感安全感。另有一句。短句一在此处。短句二随后而来。";
        String b = "我们要全面深化改革开放并且持续推动高质量发展取得新成效。不断增强人民群众的获得感幸福感安全感。另有一句。短句一在此处，短句二随后而来。";
        DocumentDiff d = differ.diff(a, b);
        PassageChange split = d.changes().stream().filter(c -> c.type() == ChangeType.SPLIT).findFirst().orElseThrow();
        assertThat(split.aCount()).isEqualTo(1);
        assertThat(split.bCount()).isEqualTo(2);
        assertThat(split.bIndex()).isEqualTo(0);
        PassageChange merged = d.changes().stream().filter(c -> c.type() == ChangeType.MERGED).findFirst().orElseThrow();
        assertThat(merged.aCount()).isEqualTo(2);
        assertThat(merged.aText()).isEqualTo("短句一在此处。短句二随后而来。");
        assertThat(d.count(ChangeType.ADDED) + d.count(ChangeType.REMOVED)).isZero();
    }

    @Test
    void englishMarksWholeWords() {
        DocumentDiff d = differ.diff("We will expand domestic demand this year. Other text stays.",
                "We will vigorously expand domestic demand this year. Other text stays.");
        PassageChange c = d.changes().get(0);
        assertThat(c.type()).isEqualTo(ChangeType.CHANGED);
        assertThat(c.segments()).contains(new Segment(Segment.Kind.INSERTED, "vigorously "));
    }

    @Test
    void largeTextsAlignQuickly() {
        StringBuilder a = new StringBuilder(), b = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            String s = "第" + i + "句讲的是第" + (i * 7919 % 1000) + "项工作任务的安排。";
            a.append(s);
            if (i % 10 == 0) b.append("第").append(i).append("句改写为第").append(i * 7919 % 1000).append("项工作任务的新安排。");
            else if (i % 17 != 0) b.append(s);
            if (i % 50 == 0) b.append("新增加的第").append(i).append("句。\n\n");
        }
        long t0 = System.nanoTime();
        DocumentDiff d = differ.diff(a.toString(), b.toString());
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(5_000);
        assertThat(d.count(ChangeType.CHANGED)).isGreaterThan(150);
        assertThat(d.count(ChangeType.REMOVED)).isGreaterThan(90);
    }

    private static String text(List<Segment> segments, Segment.Kind other) {
        return segments.stream().filter(s -> s.kind() == Segment.Kind.EQUAL || s.kind() == other).map(Segment::text).collect(Collectors.joining());
    }
}
