package org.gongkai.disclosure.casework.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.CaseStatus;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.views.CaseViews.CaseDetail;

import static org.gongkai.disclosure.casework.process.DisclosureRequestProcess.Elements.TASK_APPROVE_EXTENSION;
import static org.gongkai.disclosure.casework.process.DisclosureRequestProcess.Elements.TASK_CONFIRM_CORRECTION_LAPSE;
import static org.gongkai.disclosure.casework.process.DisclosureRequestProcess.Elements.TASK_CONFIRM_FEE_LAPSE;
import static org.gongkai.disclosure.casework.process.DisclosureRequestProcess.Elements.TASK_DECIDE;
import static org.gongkai.disclosure.casework.process.DisclosureRequestProcess.Elements.TASK_LEGAL_REVIEW;
import static org.gongkai.disclosure.casework.process.DisclosureRequestProcess.Elements.TASK_SCREEN;
import static org.gongkai.disclosure.casework.process.DisclosureRequestProcess.Elements.TASK_SIGN_OFF;

/**
 * What the officer's case page offers, led by the next step (issue 16): the one action
 * the case waits for from the signed-in person — the open task of their role, or what the
 * case officer registers while the applicant or a third party has the case — and the
 * other actions open to them, shown collapsed beside it. Every action the page had stays
 * offered under the same conditions; only their weight changed.
 *
 * @param next the step the case waits for from this person, or null when it waits for
 * someone else or is closed
 * @param others the other actions open to this person, in the page's order (what the case
 * waits for when {@code next} is null the page says from its status and position)
 */
record CaseSteps(Step next, List<Step> others) {

	/**
	 * One action of the case page: its fragment in {@code officer/case-steps.html} (null
	 * for the decision, review and sign-off forms, which are the page's own), its title's
	 * key in the officer's bundle, and the paths under {@code /officer/cases/{id}/} its
	 * forms post to, so that a refusal is shown beside the form that produced it.
	 */
	enum Step {

		SCREEN("screen", "case.step.screen", "accept", "correction"),
		CORRECTION_LAPSE("correctionLapse", "case.step.correctionLapse", "correction-lapse"),
		CORRECTION_RECEIVED("correctionReceived", "case.step.correctionReceived", "correction-received"),
		DECIDE(null, "case.step.decide", "decision", "public-interest"),
		EXPLANATION_RECEIVED("explanationReceived", "case.step.explanationReceived", "explanation-received"),
		FEE_LAPSE("feeLapse", "case.step.feeLapse", "fee-lapse"),
		FEE_PAYMENT("feePayment", "case.step.feePayment", "fee-payment"),
		CONSULTATION_ANSWER("consultationAnswer", "case.step.consultationAnswer", "consultation-answer"),
		LEGAL_REVIEW(null, "case.step.legalReview", "review"), SIGN_OFF(null, "case.step.signOff", "sign-off"),
		APPROVE_EXTENSION("approveExtension", "case.step.approveExtension", "extension-decision"),
		DELIVERY("delivery", "case.step.delivery", "delivery"), SPLIT("split", "case.step.split", "split"),
		ASSISTANCE("assistance", "case.step.assistance", "assistance"),
		ROUTING("routing", "case.step.routing", "routing"),
		FEE_NOTICE("feeNotice", "case.step.feeNotice", "fee-notice"),
		CONSULTATION("consultation", "case.step.consultation", "consultation"),
		EXPLANATION_REQUEST("explanationRequest", "case.step.explanationRequest", "explanation-request"),
		EXTENSION("extension", "case.step.extension", "extension");

		private final String fragment;

		private final String titleKey;

		private final List<String> paths;

		Step(String fragment, String titleKey, String... paths) {
			this.fragment = fragment;
			this.titleKey = titleKey;
			this.paths = List.of(paths);
		}

		public String fragment() {
			return fragment;
		}

		/** The key of its title in the officer's bundle ({@code case.step.*}). */
		public String titleKey() {
			return titleKey;
		}

		/** The step whose form posts to {@code path} (below the case's own path). */
		static Optional<Step> posting(String path) {
			return Stream.of(values()).filter(s -> s.paths.contains(path)).findFirst();
		}

	}

	/**
	 * The steps of {@code detail} for a person of {@code role}.
	 * @param delivered whether the reply's delivery has been registered
	 * @param departments whether the agency has departments to route to
	 */
	static CaseSteps of(CaseDetail detail, Role role, boolean delivered, boolean departments) {
		DisclosureCase c = detail.theCase();
		CaseStatus status = c.status();
		boolean officer = role == Role.CASE_OFFICER;
		Step next = next(detail, role, delivered);

		List<Step> offered = new ArrayList<>();
		add(offered, officer && detail.at(TASK_SCREEN), Step.SPLIT);
		add(offered, status.isOpen() && (officer || role == Role.REGISTRAR)
				&& c.applicantCategory() == ApplicantCategory.NATURAL_PERSON, Step.ASSISTANCE);
		boolean deciding = officer && detail.at(TASK_DECIDE);
		add(offered, deciding && departments, Step.ROUTING);
		add(offered, deciding && detail.fee() == null, Step.FEE_NOTICE);
		add(offered, deciding && detail.consultation() == null, Step.CONSULTATION);
		add(offered, deciding && detail.explanation() == null, Step.EXPLANATION_REQUEST);
		add(offered, status == CaseStatus.AWAITING_PAYMENT && !detail.at(TASK_CONFIRM_FEE_LAPSE), Step.FEE_PAYMENT);
		add(offered, role == Role.HEAD_OF_OFFICE && detail.at(TASK_APPROVE_EXTENSION), Step.APPROVE_EXTENSION);
		add(offered,
				officer && status.isOpen() && status != CaseStatus.AWAITING_CORRECTION && detail.extension() == null,
				Step.EXTENSION);
		offered.remove(next);
		return new CaseSteps(next, List.copyOf(offered));
	}

	/**
	 * The step the case waits for from this person: their role's open task, or, for the
	 * case officer, registering what the applicant or a third party sends while the clock
	 * is stopped; delivery once the reply is out.
	 */
	private static Step next(CaseDetail detail, Role role, boolean delivered) {
		CaseStatus status = detail.theCase().status();
		if (role == Role.CASE_OFFICER) {
			if (detail.at(TASK_SCREEN)) {
				return Step.SCREEN;
			}
			if (detail.at(TASK_CONFIRM_CORRECTION_LAPSE)) {
				return Step.CORRECTION_LAPSE;
			}
			if (status == CaseStatus.AWAITING_CORRECTION) {
				return Step.CORRECTION_RECEIVED;
			}
			if (detail.at(TASK_DECIDE)) {
				return Step.DECIDE;
			}
			if (status == CaseStatus.AWAITING_EXPLANATION) {
				return Step.EXPLANATION_RECEIVED;
			}
			if (detail.at(TASK_CONFIRM_FEE_LAPSE)) {
				return Step.FEE_LAPSE;
			}
			if (status == CaseStatus.AWAITING_PAYMENT) {
				return Step.FEE_PAYMENT;
			}
			if (status == CaseStatus.AWAITING_CONSULTATION) {
				return Step.CONSULTATION_ANSWER;
			}
		}
		if (role == Role.LEGAL_REVIEWER && detail.at(TASK_LEGAL_REVIEW)) {
			return Step.LEGAL_REVIEW;
		}
		if (role == Role.HEAD_OF_OFFICE && detail.at(TASK_SIGN_OFF)) {
			return Step.SIGN_OFF;
		}
		if (role == Role.HEAD_OF_OFFICE && detail.at(TASK_APPROVE_EXTENSION)) {
			return Step.APPROVE_EXTENSION;
		}
		if (status == CaseStatus.ANSWERED && !delivered) {
			return Step.DELIVERY;
		}
		return null;
	}

	private static void add(List<Step> offered, boolean condition, Step step) {
		if (condition) {
			offered.add(step);
		}
	}

	/** Whether the page shows the form of {@code step}, as the next step or another. */
	boolean offers(Step step) {
		return step != null && (step == next || others.contains(step));
	}

	/** Whether the draft 答复书 can be previewed: a draft waits for review or sign-off. */
	static boolean draftToPreview(CaseDetail detail, Role role) {
		CaseStatus status = detail.theCase().status();
		return (status == CaseStatus.UNDER_REVIEW || status == CaseStatus.AWAITING_SIGN_OFF)
				&& (role == Role.CASE_OFFICER || role == Role.LEGAL_REVIEWER || role == Role.HEAD_OF_OFFICE);
	}

}
