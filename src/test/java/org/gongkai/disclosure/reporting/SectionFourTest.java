package org.gongkai.disclosure.reporting;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.disclosure.reporting.AppealCounts.Group;
import org.gongkai.disclosure.reporting.AppealCounts.Result;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SectionFourTest {

	@Test
	void fifteenColumnsInTheOfficialOrderWithVerbatimLabels() {
		assertThat(SectionFour.TITLE).isEqualTo("四、政府信息公开行政复议、行政诉讼情况");
		assertThat(SectionFour.COLUMNS).hasSize(15)
			.containsExactly("行政复议 / 结果维持", "行政复议 / 结果纠正", "行政复议 / 其他结果", "行政复议 / 尚未审结", "行政复议 / 总计",
					"行政诉讼 / 未经复议直接起诉 / 结果维持", "行政诉讼 / 未经复议直接起诉 / 结果纠正", "行政诉讼 / 未经复议直接起诉 / 其他结果",
					"行政诉讼 / 未经复议直接起诉 / 尚未审结", "行政诉讼 / 未经复议直接起诉 / 总计", "行政诉讼 / 复议后起诉 / 结果维持", "行政诉讼 / 复议后起诉 / 结果纠正",
					"行政诉讼 / 复议后起诉 / 其他结果", "行政诉讼 / 复议后起诉 / 尚未审结", "行政诉讼 / 复议后起诉 / 总计");
	}

	@Test
	void eachTotalIsTheSumOfItsFourAndEveryCountLandsInItsCell() {
		AppealCounts counts = new AppealCounts();
		counts.add(Group.REVIEW, Result.UPHELD, 3);
		counts.add(Group.REVIEW, Result.PENDING, 1);
		counts.add(Group.DIRECT_SUIT, Result.CORRECTED, 2);
		counts.add(Group.SUIT_AFTER_REVIEW, Result.OTHER, 5);
		counts.add(Group.SUIT_AFTER_REVIEW, Result.OTHER, 1);
		ReportTable four = SectionFour.from(counts);
		assertThat(four.row(SectionFour.ROW_KEY).values()).containsExactly(3L, 0L, 0L, 1L, 4L, 0L, 2L, 0L, 0L, 2L, 0L,
				0L, 6L, 0L, 6L);
		assertThat(four.checks()).hasSize(3).allMatch(CheckResult::passed);
		assertThat(four.consistent()).isTrue();
	}

	@Test
	void aWrongTotalIsCaughtAndNamed() {
		List<Long> values = new ArrayList<>(List.of(1L, 1L, 1L, 1L, 4L, 0L, 0L, 0L, 0L, 0L, 2L, 0L, 0L, 0L, 1L));
		ReportTable broken = SectionFour
			.withChecks(List.of(new ReportRow(SectionFour.ROW_KEY, SectionFour.TITLE, null, values)));
		assertThat(broken.consistent()).isFalse();
		assertThat(broken.checks()).filteredOn(c -> !c.passed())
			.singleElement()
			.satisfies(c -> assertThat(c.rule()).startsWith("行政诉讼 / 复议后起诉"));
		ReportTable short14 = SectionFour
			.withChecks(List.of(new ReportRow(SectionFour.ROW_KEY, SectionFour.TITLE, null, values.subList(0, 14))));
		assertThat(short14.consistent()).isFalse();
	}

	@Test
	void aBlankCellIsAFindingOfItsGroupNotAnError() {
		List<Long> values = new ArrayList<>(List.of(1L, 1L, 1L, 1L, 4L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L));
		values.set(6, null);
		values.set(14, null);
		ReportTable typedIn = SectionFour
			.withChecks(List.of(new ReportRow(SectionFour.ROW_KEY, SectionFour.TITLE, null, values)));
		assertThat(typedIn.consistent()).isFalse();
		assertThat(typedIn.checks()).hasSize(3);
		assertThat(typedIn.checks().get(0).passed()).isTrue();
		assertThat(typedIn.checks().get(1)).satisfies(c -> {
			assertThat(c.passed()).isFalse();
			assertThat(c.detail()).isEqualTo("空白不等于零：结果纠正未填写");
		});
		assertThat(typedIn.checks().get(2).detail()).isEqualTo("空白不等于零：总计未填写");
	}

}
