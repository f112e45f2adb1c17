package org.gongkai.disclosure.reporting;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.decisions.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SectionThreeTest {

	@Test
	void hasTheTwentyFiveValuedRowsOfThe2021FormatInOrder() {
		ReportTable table = new SectionThreeCounts().table();
		assertThat(table.rows()).hasSize(25);
		assertThat(table.columns()).containsExactly("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
		assertThat(table.rows()).extracting(ReportRow::label)
			.containsExactly("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
					"1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息",
					"7.属于行政执法案卷", "8.属于行政查询事项", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确", "1.信访举报投诉类申请",
					"2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息",
					"1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他", "（七）总计",
					"四、结转下年度继续办理");
		assertThat(table.row("WITHHELD_STATE_SECRET").group()).isEqualTo("三、本年度办理结果 / （三）不予公开");
		assertThat(table.note()).isEqualTo("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
		assertThat(table.rows()).allSatisfy(r -> assertThat(r.values()).hasSize(7));
	}

	@Test
	void countsByColumnWithATotalAndPassesItsChecks() {
		SectionThreeCounts counts = new SectionThreeCounts().addReceived(ApplicantCategory.NATURAL_PERSON, 5)
			.addReceived(ApplicantCategory.LEGAL_SERVICE_INSTITUTION, 2)
			.addCarriedOver(ApplicantCategory.NATURAL_PERSON, 1)
			.addClosed(ApplicantCategory.NATURAL_PERSON, Outcome.DISCLOSED, 3)
			.addClosed(ApplicantCategory.NATURAL_PERSON, Outcome.NOT_PROCESSED_REPEATED, 1)
			.addClosed(ApplicantCategory.LEGAL_SERVICE_INSTITUTION, Outcome.PARTLY_DISCLOSED, 2)
			.addCarriedForward(ApplicantCategory.NATURAL_PERSON, 2);
		ReportTable table = counts.table();
		assertThat(table.row("NEW").values()).containsExactly(5L, 0L, 0L, 0L, 2L, 0L, 7L);
		assertThat(table.row("TOTAL").values()).containsExactly(4L, 0L, 0L, 0L, 2L, 0L, 6L);
		assertThat(table.row("CARRIED_FORWARD").values()).containsExactly(2L, 0L, 0L, 0L, 0L, 0L, 2L);
		assertThat(table.checks()).isNotEmpty().allMatch(CheckResult::passed);
		assertThat(table.consistent()).isTrue();
	}

	@Test
	void theChecksCatchABrokenIdentity() {
		SectionThreeCounts counts = new SectionThreeCounts().addReceived(ApplicantCategory.COMMERCIAL_ENTERPRISE, 3)
			.addClosed(ApplicantCategory.COMMERCIAL_ENTERPRISE, Outcome.DISCLOSED, 1); // two
																						// requests
																						// vanished
		ReportTable table = counts.table();
		assertThat(table.consistent()).isFalse();
		assertThat(table.checks()).filteredOn(c -> !c.passed())
			.extracting(CheckResult::rule)
			.containsExactly("商业企业列：第一项加第二项之和等于第三项加第四项之和", "总计列：第一项加第二项之和等于第三项加第四项之和");
		assertThat(table.checks()).filteredOn(c -> !c.passed())
			.first()
			.extracting(CheckResult::detail)
			.isEqualTo("3 + 0 = 3；1 + 0 = 1");
	}

	@Test
	void theChecksCatchABrokenTotalColumnAndABrokenTotalRow() {
		List<ReportRow> rows = new ArrayList<>(new SectionThreeCounts().addReceived(ApplicantCategory.NATURAL_PERSON, 1)
			.addClosed(ApplicantCategory.NATURAL_PERSON, Outcome.DISCLOSED, 1)
			.table()
			.rows());
		rows.replaceAll(r -> switch (r.key()) {
			case "NEW" -> new ReportRow(r.key(), r.label(), r.group(), List.of(1L, 0L, 0L, 0L, 0L, 0L, 2L));
			case "DISCLOSED" -> new ReportRow(r.key(), r.label(), r.group(), List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L));
			default -> r;
		});
		ReportTable broken = SectionThree.withChecks(rows);
		assertThat(broken.checks()).filteredOn(c -> !c.passed())
			.extracting(CheckResult::rule)
			.contains("总计列等于六类申请人之和", "（七）总计等于各办理结果之和");
	}

}
