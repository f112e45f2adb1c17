package org.gongkai.disclosure.applicants;

import org.gongkai.disclosure.accounts.Account;
import org.gongkai.disclosure.accounts.Accounts;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.shared.ids.ApplicantId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-registration of an applicant with a login, in one transaction: both are kept, or
 * neither.
 */
@Service
public class ApplicantRegistration {

	private final Applicants applicants;

	private final Accounts accounts;

	private final AuditTrail audit;

	ApplicantRegistration(Applicants applicants, Accounts accounts, AuditTrail audit) {
		this.applicants = applicants;
		this.accounts = accounts;
		this.audit = audit;
	}

	@Transactional
	public Account register(ApplicantDetails details, String username, String rawPassword) {
		if (accounts.exists(username)) {
			throw new IllegalArgumentException("用户名已被使用");
		}
		Applicant applicant = applicants.save(details.toApplicant(ApplicantId.random()));
		Account account = accounts.create(username, rawPassword, applicant.name(), Role.APPLICANT, null,
				applicant.id().value());
		audit.record("APPLICANT_REGISTERED", "applicant", applicant.id().value(), AuditResult.SUCCESS, "注册申请人（%s，%s %s）"
			.formatted(applicant.category().label(), applicant.idDocumentType().label(), applicant.maskedIdNumber()));
		return account;
	}

}
