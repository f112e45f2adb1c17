package org.gongkai.disclosure.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.ids.AgencyId;
import org.gongkai.disclosure.shared.ids.CaseId;

/**
 * One request as one counted case. {@code receivedOn} is day 0 of the statutory clock (条例
 * art 31); {@code applicantCategory} is the report column, fixed at filing. A decision is
 * first a draft (outcome and reply text) that the legal reviewer and the head of the
 * office see; at sign-off it becomes the outcome and the case is closed (办理结果) that day.
 * State changes go through the guarded methods below and are persisted by {@link Cases}.
 */
public record DisclosureCase(CaseId id, String reference, AgencyId agencyId, UUID applicantId,
		ApplicantCategory applicantCategory, Channel channel, Instant submittedAt, LocalDate receivedOn,
		String informationSought, RequestedForm requestedForm, DeliveryMethod deliveryMethod, CaseStatus status,
		Outcome outcome, String replyText, LocalDate decidedOn, LocalDate closedOn, Outcome draftOutcome,
		String draftReply, String reviewNote) {

	/** A newly received request. */
	public static DisclosureCase received(CaseId id, String reference, AgencyId agencyId, UUID applicantId,
			ApplicantCategory category, Channel channel, Instant submittedAt, LocalDate receivedOn,
			String informationSought, RequestedForm form, DeliveryMethod delivery) {
		return new DisclosureCase(id, reference, agencyId, applicantId, category, channel, submittedAt, receivedOn,
				informationSought, form, delivery, CaseStatus.IN_PROGRESS, null, null, null, null, null, null, null);
	}

	/** The case officer's proposed decision goes to legal review. */
	public DisclosureCase draft(Outcome proposed, String reply) {
		require(CaseStatus.IN_PROGRESS, "只有办理中的案件可以拟定答复");
		return with(CaseStatus.UNDER_REVIEW, outcome, replyText, decidedOn, closedOn, proposed, reply, null);
	}

	/** Legal review passed: on to the head of the office. */
	public DisclosureCase reviewed(String note) {
		require(CaseStatus.UNDER_REVIEW, "案件不在法制审核环节");
		return with(CaseStatus.AWAITING_SIGN_OFF, outcome, replyText, decidedOn, closedOn, draftOutcome, draftReply,
				note);
	}

	/** Sent back to the case officer by the reviewer or the head, with the reason. */
	public DisclosureCase returned(String note) {
		if (status != CaseStatus.UNDER_REVIEW && status != CaseStatus.AWAITING_SIGN_OFF) {
			throw new StateRefusal("refusal.casework.case.notInReview");
		}
		return with(CaseStatus.IN_PROGRESS, outcome, replyText, decidedOn, closedOn, draftOutcome, draftReply, note);
	}

	/**
	 * The case as it would stand if its draft were signed off on {@code on}: what the
	 * draft 答复书 prints, for the reviewer and the head to read before they approve.
	 * Nothing is stored.
	 */
	public DisclosureCase asIfSignedOff(LocalDate on) {
		if (status != CaseStatus.UNDER_REVIEW && status != CaseStatus.AWAITING_SIGN_OFF) {
			throw new StateRefusal("refusal.casework.case.noDraftToReview");
		}
		return decided(on);
	}

	/**
	 * Signed off: the draft becomes the statutory outcome and the case counts as closed
	 * on {@code on}.
	 */
	public DisclosureCase signedOff(LocalDate on) {
		require(CaseStatus.AWAITING_SIGN_OFF, "案件不在签发环节");
		if (on.isBefore(receivedOn)) {
			throw new Refusal("refusal.casework.case.decisionBeforeReceipt");
		}
		return decided(on);
	}

	/** The draft become the outcome, decided and counted closed on {@code on}. */
	private DisclosureCase decided(LocalDate on) {
		return with(CaseStatus.DECIDED, draftOutcome, draftReply, on, on, draftOutcome, draftReply, reviewNote);
	}

	/**
	 * Answered on the spot (当场答复, 《条例》第三十三条第一款): the answer is the outcome at once,
	 * dated, and the case closed, on the receipt date.
	 */
	public DisclosureCase answeredOnTheSpot(Outcome given, String reply) {
		require(CaseStatus.IN_PROGRESS, "只有刚收到的申请可以当场答复");
		return with(CaseStatus.DECIDED, given, reply, receivedOn, receivedOn, given, reply, null);
	}

	/** The reply document has been issued to the applicant. */
	public DisclosureCase answered() {
		require(CaseStatus.DECIDED, "案件尚未作出决定，不能出具答复");
		return with(CaseStatus.ANSWERED, outcome, replyText, decidedOn, closedOn, draftOutcome, draftReply, reviewNote);
	}

	public DisclosureCase awaitingCorrection() {
		require(CaseStatus.IN_PROGRESS, "只有办理中的案件可以要求补正");
		return with(CaseStatus.AWAITING_CORRECTION, outcome, replyText, decidedOn, closedOn, draftOutcome, draftReply,
				reviewNote);
	}

	public DisclosureCase correctionReceived() {
		require(CaseStatus.AWAITING_CORRECTION, "案件不在等待补正");
		return with(CaseStatus.IN_PROGRESS, outcome, replyText, decidedOn, closedOn, draftOutcome, draftReply,
				reviewNote);
	}

	/**
	 * The clock stops while a fee is unpaid, a consultation runs or an art-35 explanation
	 * is awaited.
	 */
	public DisclosureCase waitingFor(CaseStatus waiting) {
		if (waiting != CaseStatus.AWAITING_PAYMENT && waiting != CaseStatus.AWAITING_CONSULTATION
				&& waiting != CaseStatus.AWAITING_EXPLANATION) {
			throw new IllegalArgumentException(waiting.name());
		}
		require(CaseStatus.IN_PROGRESS, "只有办理中的案件可以发出收费通知或征求意见");
		return with(waiting, outcome, replyText, decidedOn, closedOn, draftOutcome, draftReply, reviewNote);
	}

	/** Back to the case officer after payment or consultation. */
	public DisclosureCase resumed() {
		if (status != CaseStatus.AWAITING_PAYMENT && status != CaseStatus.AWAITING_CONSULTATION
				&& status != CaseStatus.AWAITING_EXPLANATION) {
			throw new StateRefusal("refusal.casework.case.notWaiting");
		}
		return with(CaseStatus.IN_PROGRESS, outcome, replyText, decidedOn, closedOn, draftOutcome, draftReply,
				reviewNote);
	}

	/**
	 * Ends the case without a reply decision (补正 lapsed, withdrawn): the outcome is
	 * recorded as such.
	 */
	public DisclosureCase closedAs(Outcome ending, String explanation, LocalDate on) {
		if (!status.isOpen()) {
			throw new StateRefusal("refusal.casework.case.closed");
		}
		return with(CaseStatus.CLOSED, ending, explanation, on, on, draftOutcome, draftReply, reviewNote);
	}

	/**
	 * Whether the reply (or the ending of the case) has been issued to the applicant:
	 * signed off is not yet issued ({@link CaseStatus#DECIDED} waits for the 答复书).
	 */
	public boolean replyIssued() {
		return status == CaseStatus.ANSWERED || status == CaseStatus.CLOSED;
	}

	/**
	 * The case as its applicant may see it: never a draft or a review note, and the
	 * outcome only once issued (a re-answer under way shows none until the new reply is
	 * issued).
	 */
	public DisclosureCase asIssuedToApplicant() {
		boolean issued = replyIssued();
		return with(status, issued ? outcome : null, issued ? replyText : null, issued ? decidedOn : null,
				issued ? closedOn : null, null, null, null);
	}

	public boolean belongsTo(UUID applicant) {
		return applicantId != null && applicantId.equals(applicant);
	}

	private void require(CaseStatus expected, String message) {
		if (status != expected) {
			throw new IllegalStateException(message);
		}
	}

	private DisclosureCase with(CaseStatus newStatus, Outcome newOutcome, String newReply, LocalDate newDecidedOn,
			LocalDate newClosedOn, Outcome newDraft, String newDraftReply, String newNote) {
		return new DisclosureCase(id, reference, agencyId, applicantId, applicantCategory, channel, submittedAt,
				receivedOn, informationSought, requestedForm, deliveryMethod, newStatus, newOutcome, newReply,
				newDecidedOn, newClosedOn, newDraft, newDraftReply, newNote);
	}
}
