package org.gongkai.disclosure.casework.web;

import java.util.List;
import java.util.Optional;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.CaseAccess;
import org.gongkai.disclosure.casework.CasePageSection;
import org.gongkai.disclosure.casework.CaseStatus;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.intake.ApplicantInformation;
import org.gongkai.disclosure.casework.intake.IdentityCheckMethod;
import org.gongkai.disclosure.casework.intake.PersonalInformationRequests;
import org.gongkai.disclosure.casework.stops.ExplanationSettings;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Who the applicant is, on the case pages (issue 12 item 6): a request about the
 * applicant's own affairs and its identity check, the agent who filed it, a referral to
 * the 个人信息保护法 route; for officers the forms that record the check and the referral, and
 * the agency's art 35 rule (docs/statute.md#own-information, #agent, #pipl-route,
 * #art-35).
 */
@Component
@Order(-2)
class ApplicantInformationSection implements CasePageSection {

	private final CaseAccess access;

	private final ApplicantInformation information;

	private final PersonalInformationRequests referrals;

	private final ExplanationSettings explanationSettings;

	ApplicantInformationSection(CaseAccess access, ApplicantInformation information,
			PersonalInformationRequests referrals, ExplanationSettings explanationSettings) {
		this.access = access;
		this.information = information;
		this.referrals = referrals;
		this.explanationSettings = explanationSettings;
	}

	@Override
	public String template() {
		return "officer/applicant-information";
	}

	@Override
	public String fragment() {
		return "applicantInformation";
	}

	@Override
	public Content content(GongkaiUser user, CaseId caseId) {
		DisclosureCase c = access.visibleTo(user, caseId);
		return new Content(information.ownInformation(caseId).orElse(null), information.agent(caseId).orElse(null),
				referrals.of(caseId).orElse(null),
				c.status() == CaseStatus.IN_PROGRESS || c.status() == CaseStatus.AWAITING_CORRECTION,
				c.status().isOpen(), List.of(IdentityCheckMethod.values()),
				Optional.of(user)
					.filter(u -> u.role().isOfficer())
					.map(u -> explanationSettings.of(c.agencyId()))
					.orElse(null));
	}

	/**
	 * What the section shows: the own-information record (null if the request is not
	 * about the applicant's own affairs), the agent (null: filed by the applicant), the
	 * referral (null: none), whether the case may still be referred and is open, the ways
	 * to verify, and (officers only) the agency's art 35 rule.
	 */
	record Content(ApplicantInformation.OwnInformation own, ApplicantInformation.Agent agent,
			PersonalInformationRequests.Referral referral, boolean referable, boolean open,
			List<IdentityCheckMethod> methods, ExplanationSettings.Setting art35) {

		/** Whether there is anything to show the applicant. */
		public boolean any() {
			return own != null || agent != null || referral != null;
		}

	}

}
