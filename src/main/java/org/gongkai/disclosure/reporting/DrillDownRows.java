package org.gongkai.disclosure.reporting;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.gongkai.disclosure.appeals.AppealResult;
import org.gongkai.disclosure.appeals.DecisionType;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.Channel;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.proactive.ProactiveEntry;

/**
 * The records behind a number as rows of words, for the drill-down page and its CSV file:
 * a header per kind of record, and each record's cells and the page it links to (a
 * request's case page, an appeal's page; none for a request imported from a ledger or a
 * registry entry).
 */
final class DrillDownRows {

	private static final DateTimeFormatter BEIJING = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ReplyDeadlines.ZONE);

	/** One record: the page it links to (null: none) and its cells. */
	record Line(String href, List<String> cells) {
	}

	private DrillDownRows() {
	}

	/** The header for records of {@code kind}. */
	static List<String> header(Class<?> kind) {
		if (kind == CaseStatistics.CountedCase.class) {
			return List.of("申请编号", "机关", "申请人类型", "渠道", "收到日期", "办结日期", "办理结果");
		}
		if (kind == FeeStatistics.FeeCase.class) {
			return List.of("申请编号", "机关", "收费通知日期", "缴费日期", "金额（元）");
		}
		if (kind == AppealStatistics.CountedAppeal.class) {
			return List.of("复议诉讼编号", "申请编号", "机关", "提起日期", "决定（判决）日期", "决定（判决）类型", "结果");
		}
		if (kind == ProactiveEntry.class) {
			return List.of("项目", "数值", "来源", "备注", "录入人", "录入时间");
		}
		return List.of("记录");
	}

	static Line line(Object record) {
		if (record instanceof CaseStatistics.CountedCase c) {
			return new Line(c.hasCasePage() ? "/officer/cases/" + c.id() : null,
					Arrays.asList(c.reference() + (c.hasCasePage() ? "" : "（台账导入）"), c.agencyCode(),
							ApplicantCategory.valueOf(c.applicantCategory()).label(),
							Channel.valueOf(c.channel()).label(), String.valueOf(c.receivedOn()),
							c.closedOn() == null ? "未办结" : c.closedOn().toString(),
							c.outcome() == null ? "" : Outcome.valueOf(c.outcome()).displayLabel()));
		}
		if (record instanceof FeeStatistics.FeeCase f) {
			return new Line("/officer/cases/" + f.caseId(),
					Arrays.asList(f.reference(), f.agencyCode(), String.valueOf(f.notifiedOn()),
							f.paidOn() == null ? "未缴费" : f.paidOn().toString(), Long.toString(f.amountYuan())));
		}
		if (record instanceof AppealStatistics.CountedAppeal a) {
			return new Line("/officer/appeals/" + a.id(),
					Arrays.asList(a.reference(), a.caseReference(), a.agencyCode(), String.valueOf(a.filedOn()),
							a.decidedOn() == null ? "" : a.decidedOn().toString(),
							a.decisionType() == null ? "" : DecisionType.valueOf(a.decisionType()).label(),
							result(a.result())));
		}
		ProactiveEntry e = (ProactiveEntry) record;
		return new Line(null, Arrays.asList(e.item().description(), e.value().toPlainString(), e.source(),
				e.note() == null ? "" : e.note(), e.enteredBy(), BEIJING.format(e.enteredAt())));
	}

	private static String result(String result) {
		if (result == null) {
			return "";
		}
		return "PENDING".equals(result) ? "尚未审结" : AppealResult.valueOf(result).label();
	}

}
