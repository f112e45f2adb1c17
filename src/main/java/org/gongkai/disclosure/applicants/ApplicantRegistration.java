package org.gongkai.disclosure.applicants;

import java.util.Optional;

import org.gongkai.disclosure.accounts.Account;
import org.gongkai.disclosure.accounts.Accounts;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.shared.ids.ApplicantId;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-registration of an applicant with a login, in one transaction: both are kept, or
 * neither. An identity number already held, or a username already taken, creates no login
 * (never a second account for one person, never a merge into someone else's); a held
 * number is kept for an identity check at the office. The caller answers all three alike,
 * so registration reveals neither who holds a number nor which usernames exist; the
 * password is hashed on every path so that the time taken does not tell them apart
 * either.
 */
@Service
public class ApplicantRegistration {

	/** What the person is told, whatever happened. */
	public static final String NEUTRAL_ANSWER = "注册申请已提交。请用所设用户名和密码登录；如无法登录，请更换用户名重新注册，" + "或携带身份证明到受理机关核验身份后开通账号。";

	private final Applicants applicants;

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	ApplicantRegistration(Applicants applicants, Accounts accounts, PasswordEncoder passwords, AuditTrail audit) {
		this.applicants = applicants;
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
	}

	/**
	 * Registers the applicant and the login.
	 * @return the new login; empty when none was created (username taken, or identity
	 * number held by another applicant: see {@link #NEUTRAL_ANSWER})
	 * @throws IllegalArgumentException for details or a password that are themselves
	 * invalid (which says nothing about anyone else)
	 */
	@Transactional
	public Optional<Account> register(ApplicantDetails details, String username, String rawPassword) {
		Applicant applicant = details.toApplicant(ApplicantId.random());
		accounts.checkNewLogin(username, rawPassword);
		if (accounts.exists(username)) {
			passwords.encode(rawPassword);
			audit.record(AuditAction.APPLICANT_REGISTRATION_REFUSED, "account", username, AuditResult.DENIED,
					"用户名已被使用，未注册");
			return Optional.empty();
		}
		if (!applicants.saveAsHolder(applicant)) {
			passwords.encode(rawPassword);
			applicants.saveForCheck(applicant, IdentityCheck.REGISTRATION_HELD);
			audit.record(AuditAction.IDENTITY_CHECK_REQUIRED, "applicant", applicant.id().value(), AuditResult.DENIED,
					"以已登记的%s %s 注册：未开通账号，待到受理机关核验身份".formatted(applicant.idDocumentType().label(),
							applicant.maskedIdNumber()));
			return Optional.empty();
		}
		Account account = accounts.create(username, rawPassword, applicant.name(), Role.APPLICANT, null,
				applicant.id().value());
		audit.record(AuditAction.APPLICANT_REGISTERED, "applicant", applicant.id().value(), AuditResult.SUCCESS,
				"注册申请人（%s，%s %s）".formatted(applicant.category().label(), applicant.idDocumentType().label(),
						applicant.maskedIdNumber()));
		return Optional.of(account);
	}

}
