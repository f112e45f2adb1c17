package org.gongkai.disclosure.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.decisions.OutcomeGroup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deliberately broken tables, fed to the checks one fault at a time: each check must
 * fail, with a readable reason.
 */
class ReportChecksTest {

	private static ReportRow row(String key, Long... values) {
		return new ReportRow(key, key, null, Arrays.asList(values));
	}

	/**
	 * A consistent 2019-format section 三 (the three （六） leaves folded) with one natural
	 * person per leaf pair.
	 */
	private static List<ReportRow> consistent2019() {
		List<ReportRow> rows = new ArrayList<>();
		rows.add(row("NEW", 2L, 1L, 0L, 0L, 0L, 0L, 3L));
		rows.add(row("CARRIED_OVER", 1L, 0L, 0L, 0L, 0L, 0L, 1L));
		for (Outcome o : Outcome.values()) {
			if (o.group() != OutcomeGroup.OTHER) {
				rows.add(row(o.name(), o == Outcome.DISCLOSED ? 2L : 0L, 0L, 0L, 0L, 0L, 0L,
						o == Outcome.DISCLOSED ? 2L : 0L));
			}
		}
		rows.add(row("OTHER", 0L, 1L, 0L, 0L, 0L, 0L, 1L));
		rows.add(row("TOTAL", 2L, 1L, 0L, 0L, 0L, 0L, 3L));
		rows.add(row("CARRIED_FORWARD", 1L, 0L, 0L, 0L, 0L, 0L, 1L));
		return rows;
	}

	private static List<ReportRow> replace(List<ReportRow> rows, ReportRow changed) {
		List<ReportRow> copy = new ArrayList<>(rows);
		copy.replaceAll(r -> r.key().equals(changed.key()) ? changed : r);
		return copy;
	}

	private static CheckResult rule(ReportTable t, String startsWith) {
		return t.checks().stream().filter(c -> c.rule().startsWith(startsWith)).findFirst().orElseThrow();
	}

	@Test
	void aConsistent2019TableWithTheFoldedOtherRowPasses() {
		assertThat(SectionThree.withChecks(consistent2019()).checks()).isNotEmpty().allMatch(CheckResult::passed);
	}

	@Test
	void theFoldedOtherRowCountsAsALeafOfTheTotal() {
		ReportTable t = SectionThree.withChecks(replace(consistent2019(), row("OTHER", 0L, 2L, 0L, 0L, 0L, 0L, 2L)));
		CheckResult total = rule(t, "（七）总计");
		assertThat(total.passed()).isFalse();
		assertThat(total.detail()).isEqualTo("商业企业（各项之和2，总计1）；总计（各项之和4，总计3）");
	}

	@Test
	void aTotalColumnThatIsNotTheSumOfTheSixIsCaught() {
		ReportTable t = SectionThree.withChecks(replace(consistent2019(), row("NEW", 2L, 1L, 0L, 0L, 0L, 0L, 4L)));
		assertThat(rule(t, "总计列等于").passed()).isFalse();
		assertThat(rule(t, "总计列等于").detail()).isEqualTo("NEW（六列之和3，总计4）");
		assertThat(rule(t, "总计列：").passed()).isFalse(); // and the identity of the 总计
														// column
	}

	@Test
	void aBlankIsNotTakenForZero() {
		ReportTable t = SectionThree
			.withChecks(replace(consistent2019(), row("CARRIED_OVER", 1L, 0L, 0L, null, 0L, 0L, 1L)));
		CheckResult blanks = rule(t, "空白不等于零");
		assertThat(blanks.passed()).isFalse();
		assertThat(blanks.detail()).isEqualTo("CARRIED_OVER 社会公益组织：未录入");
		// the arithmetic checks still run (a blank adds nothing) and nothing throws
		assertThat(rule(t, "自然人列").passed()).isTrue();
	}

	@Test
	void partWholeRulesOfTheLocalFormatsCatchBrokenRows() {
		List<ReportRow> rows = List.of(row("W", 10L, 4L), row("A", 6L, 3L), row("B", 3L, null));
		ReportTable t = new ReportTable("三", "t", null, List.of("累计数", "年发生数"), rows, List.of());
		CheckResult sum = ReportChecks.sumOf(t, "W", List.of("A", "B"));
		assertThat(sum.passed()).isFalse();
		assertThat(sum.detail()).isEqualTo("累计数：各分项之和9，合计10；年发生数：各分项之和3（含空白），合计4");
		CheckResult part = ReportChecks.partOf(t, "A", "W");
		assertThat(part.passed()).isFalse();
		assertThat(part.detail()).isEqualTo("累计数：10 大于 6；年发生数：4 大于 3");
		assertThat(ReportChecks.partOf(t, "W", "A").passed()).isTrue();
		assertThat(ReportChecks
			.sumOf(new ReportTable("三", "t", null, List.of("x"), List.of(row("W", 9L), row("A", 6L), row("B", 3L)),
					List.of()), "W", List.of("A", "B"))
			.passed()).isTrue();
	}

	@Test
	void rowsPrintBlankAsEmptyAndAmountsWithTheirScale() {
		ReportRow r = new ReportRow("20-8-FEES", "行政事业性收费", null, Arrays.asList(123456L, null, 0L), List.of(4, 0, 4));
		assertThat(r.display()).containsExactly("12.3456", "", "0.0000");
		assertThat(r.blank(1)).isTrue();
	}

}
