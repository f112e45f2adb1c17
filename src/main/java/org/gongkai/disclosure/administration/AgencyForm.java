package org.gongkai.disclosure.administration;

import org.gongkai.disclosure.agencies.AgencyKind;

/**
 * An agency as the administrator enters it (page, API or one line of an import): its
 * place in the tree and its particulars. Optional values may be blank.
 *
 * @param reportDue the annual report's deadline as {@code MM-DD}, blank for the statutory
 * one
 * @param feePayment how 信息处理费 is paid: payee and account, or the 非税收入 channel (printed on
 * the 收费通知书)
 */
public record AgencyForm(String code, String name, AgencyKind kind, String parentCode, String officeName,
		String fullName, String address, String phone, String referencePrefix, String reviewBody, String court,
		Boolean chargesFees, String reportDue, String feePayment) {

	/** An entry without payment particulars. */
	public AgencyForm(String code, String name, AgencyKind kind, String parentCode, String officeName, String fullName,
			String address, String phone, String referencePrefix, String reviewBody, String court, Boolean chargesFees,
			String reportDue) {
		this(code, name, kind, parentCode, officeName, fullName, address, phone, referencePrefix, reviewBody, court,
				chargesFees, reportDue, null);
	}

}
