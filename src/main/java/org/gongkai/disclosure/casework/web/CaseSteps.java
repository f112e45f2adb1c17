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
 * @param others the other actions open to this person, in the page's order
 * @param waiting in words, what the case waits for when {@code next} is null
 */
record CaseSteps(Step next, List<Step> others, String waiting) {

	/**
	 * One action of the case page: its fragment in {@code officer/case-steps.html} (null
	 * for the decision, review and sign-off forms, which are the page's own), its title,
	 * and the paths under {@code /officer/cases/{id}/} its forms post to, so that a
	 * refusal is shown beside the form that produced it.
	 */
	enum Step {

		SCREEN("screen", "审查申请", "accept", "correction"),
		CORRECTION_LAPSE("correctionLapse", "补正期限已届满：请确认", "correction-lapse"),
		CORRECTION_RECEIVED("correctionReceived", "登记申请人的补正", "correction-received"),
		DECIDE(null, "拟定答复意见", "decision", "public-interest"),
		EXPLANATION_RECEIVED("explanationReceived", "登记申请人的说明", "explanation-received"),
		FEE_LAPSE("feeLapse", "缴费期限已届满：请确认", "fee-lapse"), FEE_PAYMENT("feePayment", "登记缴费", "fee-payment"),
		CONSULTATION_ANSWER("consultationAnswer", "登记意见", "consultation-answer"), LEGAL_REVIEW(null, "法制审核", "review"),
		SIGN_OFF(null, "负责人签发", "sign-off"), APPROVE_EXTENSION("approveExtension", "审批延期", "extension-decision"),
		DELIVERY("delivery", "登记送达", "delivery"), SPLIT("split", "按一事一申请拆分", "split"),
		ASSISTANCE("assistance", "为申请人提供帮助", "assistance"), ROUTING("routing", "交办部门", "routing"),
		FEE_NOTICE("feeNotice", "收取信息处理费", "fee-notice"), CONSULTATION("consultation", "书面征求意见", "consultation"),
		EXPLANATION_REQUEST("explanationRequest", "要求说明理由", "explanation-request"),
		EXTENSION("extension", "申请延长答复期限", "extension");

		private final String fragment;

		private final String title;

		private final List<String> paths;

		Step(String fragment, String title, String... paths) {
			this.fragment = fragment;
			this.title = title;
			this.paths = List.of(paths);
		}

		public String fragment() {
			return fragment;
		}

		public String title() {
			return title;
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
		return new CaseSteps(next, List.copyOf(offered), next == null ? waiting(detail) : null);
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

	/** What the case waits for, in words, when it waits for nothing from this person. */
	private static String waiting(CaseDetail detail) {
		DisclosureCase c = detail.theCase();
		if (!c.status().isOpen()) {
			return "本案" + detail.statusLabel() + "，无需再办理。";
		}
		if (!detail.position().isEmpty()) {
			return "本案在「" + String.join("、", detail.position()) + "」环节，由相应人员办理；您目前无需操作。";
		}
		return "本案" + detail.statusLabel() + "；您目前无需操作。";
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
