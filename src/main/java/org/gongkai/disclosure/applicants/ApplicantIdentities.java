package org.gongkai.disclosure.applicants;

import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.ids.ApplicantId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One person, one identity: who an applicant typed in by an officer turns out to be. A
 * number without a holder makes the applicant its holder; the holder's own name finds the
 * holder; any other name is kept as typed, flagged for an identity check, and never
 * attached to the holder (who must not read a request someone else filed, and whose name
 * a registrar must not learn by typing a number).
 */
@Service
public class ApplicantIdentities {

	private final Applicants applicants;

	private final AuditTrail audit;

	ApplicantIdentities(Applicants applicants, AuditTrail audit) {
		this.applicants = applicants;
		this.audit = audit;
	}

	/** The applicant an offline filing belongs to, and whether it waits for a check. */
	@Transactional
	public Identified forOfflineFiling(ApplicantDetails details) {
		Applicant typed = details.toApplicant(ApplicantId.random());
		for (int attempt = 0; attempt < 2; attempt++) {
			var holder = applicants.holderOf(typed.idDocumentType(), typed.idDocumentNumber());
			if (holder.isPresent()) {
				if (holder.get().name().equals(typed.name())) {
					return new Identified(holder.get(), null);
				}
				applicants.saveForCheck(typed, IdentityCheck.NAME_MISMATCH);
				audit.record(AuditAction.IDENTITY_CHECK_REQUIRED, "applicant", typed.id().value(), AuditResult.DENIED,
						"%s %s 已由其他申请人登记且姓名不符，申请人信息按登记内容保存，待核验身份".formatted(typed.idDocumentType().label(),
								typed.maskedIdNumber()));
				return new Identified(typed, IdentityCheck.NAME_MISMATCH);
			}
			if (applicants.saveAsHolder(typed)) {
				return new Identified(typed, null);
			}
			// another filing took the number in the meantime: look again
		}
		throw new StateRefusal("refusal.applicants.identities.conflict");
	}

	/**
	 * An applicant and, if it does not hold its identity number, why.
	 *
	 * @param check null for the holder
	 */
	public record Identified(Applicant applicant, IdentityCheck check) {
	}

}
