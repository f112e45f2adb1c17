package org.gongkai.disclosure.administration;

import org.gongkai.disclosure.agencies.AgencyKind;

/**
 * An agency as the administrator enters it (page, API or one line of an import): its
 * place in the tree and its particulars. Optional values may be blank.
 *
 * @param reportDue the annual report's deadline as {@code MM-DD}, blank for the statutory
 * one
 */
public record AgencyForm(String code, String name, AgencyKind kind, String parentCode, String officeName,
		String fullName, String address, String phone, String referencePrefix, String reviewBody, String court,
		Boolean chargesFees, String reportDue) {
}
