package org.gongkai.disclosure.reporting.export;

import java.util.List;

import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.reporting.AppealCounts;
import org.gongkai.disclosure.reporting.CheckResult;
import org.gongkai.disclosure.reporting.ReportRow;
import org.gongkai.disclosure.reporting.ReportTable;
import org.gongkai.disclosure.reporting.SectionFour;
import org.gongkai.disclosure.reporting.SectionThree;
import org.gongkai.disclosure.reporting.SectionThreeCounts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout every export draws: the national header of section 三 and the merged group
 * cells, from the table alone.
 */
class ReportGridTest {

	@Test
	void sectionThreeGetsTheNationalHeaderAndMergedGroups() {
		ReportTable three = new SectionThreeCounts().addReceived(ApplicantCategory.NATURAL_PERSON, 3)
			.addClosed(ApplicantCategory.NATURAL_PERSON, Outcome.WITHHELD_STATE_SECRET, 2)
			.table();
		ReportGrid grid = ReportGrid.of(three);
		assertThat(grid.labelColumns()).isEqualTo(3);
		assertThat(grid.columns()).isEqualTo(10);
		assertThat(grid.headerRows()).isEqualTo(3);
		assertThat(grid.header()).contains(new ReportGrid.Cell(0, 0, 3, 3, SectionThree.NOTE, null, true),
				new ReportGrid.Cell(0, 3, 1, 7, "申请人情况", null, true),
				new ReportGrid.Cell(1, 3, 2, 1, "自然人", null, true),
				new ReportGrid.Cell(1, 4, 1, 5, "法人或其他组织", null, true),
				new ReportGrid.Cell(2, 8, 1, 1, "其他", null, true), new ReportGrid.Cell(1, 9, 2, 1, "总计", null, true));
		// 一 spans the whole label area; 三、本年度办理结果 runs down over the 21 leaves and （七）总计
		assertThat(grid.body()).contains(new ReportGrid.Cell(0, 0, 1, 3, SectionThree.NEW, null, true),
				new ReportGrid.Cell(2, 0, 22, 1, "三、本年度办理结果", null, true),
				new ReportGrid.Cell(2, 1, 1, 2, "（一）予以公开", null, true),
				new ReportGrid.Cell(4, 1, 8, 1, "（三）不予公开", null, true),
				new ReportGrid.Cell(4, 2, 1, 1, "1.属于国家秘密", null, true),
				new ReportGrid.Cell(4, 3, 1, 1, null, 2L, false),
				new ReportGrid.Cell(23, 1, 1, 2, SectionThree.TOTAL, null, true),
				new ReportGrid.Cell(24, 0, 1, 3, SectionThree.CARRIED_FORWARD, null, true));
		// every grid position is covered exactly once
		int[][] covered = new int[grid.bodyRows()][grid.columns()];
		grid.body().forEach(c -> {
			for (int r = c.row(); r < c.row() + c.rowspan(); r++) {
				for (int k = c.col(); k < c.col() + c.colspan(); k++) {
					covered[r][k]++;
				}
			}
		});
		for (int[] row : covered) {
			assertThat(row).containsOnly(1);
		}
	}

	@Test
	void anyOtherTableGetsOneHeaderRowAndItsOwnGroups() {
		ReportTable other = new ReportTable("二", "二、主动公开政府信息情况", null, List.of("本年制发件数", "本年废止件数"),
				List.of(new ReportRow("A", "规章", "第二十条第（一）项", List.of(1L, 0L)),
						new ReportRow("B", "行政规范性文件", "第二十条第（一）项", List.of(4L, 1L)),
						new ReportRow("C", "行政许可", null, List.of(7L, 0L))),
				List.of(new CheckResult("r", true, "d")));
		ReportGrid grid = ReportGrid.of(other);
		assertThat(grid.headerRows()).isEqualTo(1);
		assertThat(grid.header()).extracting(ReportGrid.Cell::text).containsExactly("", "本年制发件数", "本年废止件数");
		assertThat(grid.body()).contains(new ReportGrid.Cell(0, 0, 2, 1, "第二十条第（一）项", null, true),
				new ReportGrid.Cell(2, 0, 1, 2, "行政许可", null, true));
	}

	@Test
	void columnsWrittenAsPathsGetAMergedHeaderLevelPerStep() {
		ReportTable four = SectionFour.from(new AppealCounts());
		ReportGrid grid = ReportGrid.of(four);
		assertThat(grid.headerRows()).isEqualTo(3);
		int label = grid.labelColumns();
		// 行政复议 over its five results, which reach down to the last header row
		assertThat(grid.header()).contains(new ReportGrid.Cell(0, label, 1, 5, "行政复议", null, true),
				new ReportGrid.Cell(1, label, 2, 1, "结果维持", null, true),
				new ReportGrid.Cell(0, label + 5, 1, 10, "行政诉讼", null, true),
				new ReportGrid.Cell(1, label + 5, 1, 5, "未经复议直接起诉", null, true),
				new ReportGrid.Cell(1, label + 10, 1, 5, "复议后起诉", null, true),
				new ReportGrid.Cell(2, label + 14, 1, 1, "总计", null, true));
		// every header position covered exactly once
		int[][] covered = new int[grid.headerRows()][grid.columns()];
		for (ReportGrid.Cell c : grid.header()) {
			for (int r = c.row(); r < c.row() + c.rowspan(); r++) {
				for (int k = c.col(); k < c.col() + c.colspan(); k++) {
					covered[r][k]++;
				}
			}
		}
		for (int[] row : covered) {
			assertThat(row).containsOnly(1);
		}
	}

}
