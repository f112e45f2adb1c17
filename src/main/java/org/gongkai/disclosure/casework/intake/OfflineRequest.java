package org.gongkai.disclosure.casework.intake;

import java.time.LocalDate;

import org.gongkai.disclosure.applicants.ApplicantDetails;
import org.gongkai.disclosure.casework.Channel;
import org.gongkai.disclosure.casework.DeliveryMethod;
import org.gongkai.disclosure.casework.RequestedForm;

/**
 * A request that reached the office on paper, by post, fax, e-mail or orally, as the
 * registrar records it. {@code receivedOn} is the day signed for (registered post) or
 * confirmed with the applicant (ordinary letter, fax, e-mail); for in-person and oral
 * requests it is the day of submission and may be left empty.
 *
 * @param ownInformation the request concerns the applicant's own affairs (涉及申请人自身): the
 * identity is verified before such information is disclosed
 * (docs/statute.md#own-information)
 * @param verifiedAtCounter how the registrar verified the identity at once (e.g. the
 * 身份证原件 at the counter), or null to leave it to the case officer
 * @param verificationNote what was checked, required for
 * {@link IdentityCheckMethod#OTHER}
 * @param agent the agent filing for the applicant (委托代理), or null
 * @param backdatingReason why the request is registered after the day it was received
 * (required then, docs/statute.md#back-dated-receipt)
 * @param backdatingNote the written evidence of that day, unless {@code receiptEvidence}
 * is given
 * @param receiptEvidence a file showing that day (postmark, 签收单, fax log)
 */
public record OfflineRequest(Channel channel, LocalDate submittedOn, LocalDate receivedOn, ApplicantDetails applicant,
		String informationSought, RequestedForm requestedForm, DeliveryMethod deliveryMethod, boolean ownInformation,
		IdentityCheckMethod verifiedAtCounter, String verificationNote, AgentDetails agent, String backdatingReason,
		String backdatingNote, IntakeFile receiptEvidence) {

	/** A request filed by the applicant in person, received the day it is registered. */
	public OfflineRequest(Channel channel, LocalDate submittedOn, LocalDate receivedOn, ApplicantDetails applicant,
			String informationSought, RequestedForm requestedForm, DeliveryMethod deliveryMethod) {
		this(channel, submittedOn, receivedOn, applicant, informationSought, requestedForm, deliveryMethod, false, null,
				null, null, null, null, null);
	}

	/**
	 * The same request, registered after the day it was received, with why and the
	 * evidence.
	 */
	public OfflineRequest backdated(String reason, String note, IntakeFile evidence) {
		return new OfflineRequest(channel, submittedOn, receivedOn, applicant, informationSought, requestedForm,
				deliveryMethod, ownInformation, verifiedAtCounter, verificationNote, agent, reason, note, evidence);
	}

}
