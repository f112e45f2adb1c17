package org.gongkai.disclosure.agencies;

import java.time.LocalDate;
import java.time.MonthDay;

import org.gongkai.disclosure.shared.ids.AgencyId;

/**
 * What letters and reports print about an agency beyond its name: the full name, the 文号
 * prefix, the 行政复议机关 and the 人民法院 named in remedy notices, whether it charges 信息处理费, and
 * the day its annual report is due, and how 信息处理费 is paid to it ({@code feePayment}: the
 * payee and account or the 非税收入 channel, printed on the 收费通知书). A blank value means "not
 * set": letters then fall back to the rule of the law (e.g. the government above as
 * 复议机关).
 */
public record AgencyParticulars(AgencyId agencyId, AgencyKind kind, String fullName, String referencePrefix,
		String reviewBody, String court, boolean chargesFees, MonthDay reportDue, String feePayment) {

	/** As before the payment particulars: none set. */
	public AgencyParticulars(AgencyId agencyId, AgencyKind kind, String fullName, String referencePrefix,
			String reviewBody, String court, boolean chargesFees, MonthDay reportDue) {
		this(agencyId, kind, fullName, referencePrefix, reviewBody, court, chargesFees, reportDue, null);
	}

	/**
	 * The statutory deadline when none is set: departments report to their government by
	 * 31 January, governments publish by 31 March (《条例》第四十九条).
	 */
	public MonthDay reportDueOrDefault() {
		if (reportDue != null) {
			return reportDue;
		}
		return kind == AgencyKind.GOVERNMENT ? MonthDay.of(3, 31) : MonthDay.of(1, 31);
	}

	/** The day the report on {@code year} is due. */
	public LocalDate reportDueFor(int year) {
		return reportDueOrDefault().atYear(year + 1);
	}

	/** The name printed on letters: the full name if set, else the agency's name. */
	public String printedName(Agency agency) {
		return blank(fullName) ? agency.name() : fullName;
	}

	/** The 文号 prefix: the one set, else the printed name. */
	public String referencePrefixOr(Agency agency) {
		return blank(referencePrefix) ? printedName(agency) : referencePrefix;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
