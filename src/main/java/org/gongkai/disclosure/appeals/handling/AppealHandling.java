package org.gongkai.disclosure.appeals.handling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.appeals.Appeal;
import org.gongkai.disclosure.appeals.AppealAccess;
import org.gongkai.disclosure.appeals.AppealKind;
import org.gongkai.disclosure.appeals.AppealNotFoundException;
import org.gongkai.disclosure.appeals.AppealStatus;
import org.gongkai.disclosure.appeals.Appeals;
import org.gongkai.disclosure.appeals.DecisionType;
import org.gongkai.disclosure.appeals.Instance;
import org.gongkai.disclosure.appeals.LitigationRoute;
import org.gongkai.disclosure.appeals.NewAppeal;
import org.gongkai.disclosure.appeals.history.AppealHistory;
import org.gongkai.disclosure.appeals.process.AppealWorkflow;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditLine;
import org.gongkai.disclosure.casework.CaseAccess;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.decision.CaseReanswers;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.Texts;
import org.gongkai.disclosure.shared.ids.AgencyId;
import org.gongkai.disclosure.shared.ids.AppealId;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handling an appeal: registration (with the answer deadline), the office's answer and
 * evidence, the decision or judgment and its consequences, withdrawal; and the process's
 * reminder, escalation and 重新答复 steps. Each step, its history line, its audit line and
 * the process move commit together, or nothing is kept.
 */
@Service
public class AppealHandling {

	private final Appeals appeals;

	private final AppealHistory history;

	private final AppealAccess access;

	private final AppealDeadlines deadlines;

	private final AppealWorkflow workflow;

	private final CaseAccess cases;

	private final CaseReanswers reanswers;

	private final Agencies agencies;

	private final Clock clock;

	AppealHandling(Appeals appeals, AppealHistory history, AppealAccess access, AppealDeadlines deadlines,
			AppealWorkflow workflow, CaseAccess cases, CaseReanswers reanswers, Agencies agencies, Clock clock) {
		this.appeals = appeals;
		this.history = history;
		this.access = access;
		this.deadlines = deadlines;
		this.workflow = workflow;
		this.cases = cases;
		this.reanswers = reanswers;
		this.agencies = agencies;
		this.clock = clock;
	}

	/**
	 * Registers a 复议 notice or a complaint against a request's handling and starts its
	 * process.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('CASE_OFFICER', 'HEAD_OF_OFFICE')")
	public Appeal register(GongkaiUser officer, NewAppeal in) {
		DisclosureCase c = cases.handledBy(officer, new CaseId(in.caseId()));
		if (c.applicantId() == null) {
			// imported from a historic ledger: no applicant, no process, no letters; its
			// appeals come from the ledger
			throw new StateRefusal("refusal.appeals.handling.importedRequest");
		}
		String body = Texts.require(in.body(), in.kind() == AppealKind.REVIEW ? "复议机关" : "人民法院", 200);
		LocalDate today = today();
		if (in.copyReceivedOn().isBefore(in.filedOn())) {
			throw new Refusal("refusal.appeals.handling.copyBeforeFiling");
		}
		if (in.copyReceivedOn().isAfter(today)) {
			throw new Refusal("refusal.appeals.handling.copyAfterToday");
		}
		if (in.filedOn().isBefore(c.receivedOn())) {
			throw new Refusal("refusal.appeals.handling.filingBeforeRequest");
		}
		boolean coDefendant = Boolean.TRUE.equals(in.reviewBodyCoDefendant());
		if (in.kind() == AppealKind.REVIEW) {
			if (in.route() != null || in.instance() != null || in.predecessorId() != null || coDefendant) {
				throw new Refusal("refusal.appeals.handling.reviewLitigationFields");
			}
		}
		else {
			if (in.route() == null || in.instance() == null) {
				throw new Refusal("refusal.appeals.handling.litigationFields");
			}
			if (coDefendant && in.route() != LitigationRoute.AFTER_REVIEW) {
				throw new Refusal("refusal.appeals.handling.coDefendant");
			}
			checkPredecessor(in, c);
		}
		AgencyId reviewBody = null;
		if (in.reviewBodyAgencyCode() != null && !in.reviewBodyAgencyCode().isBlank()) {
			Agency agency = agencies.byCode(in.reviewBodyAgencyCode())
				.orElseThrow(
						() -> new Refusal("refusal.appeals.handling.reviewBodyNotFound", in.reviewBodyAgencyCode()));
			if (agency.id().equals(c.agencyId())) {
				throw new Refusal("refusal.appeals.handling.reviewBodySelf");
			}
			reviewBody = agency.id();
		}
		String reference = c.reference() + (in.kind() == AppealKind.REVIEW ? "-FY" : "-SS")
				+ (appeals.countOfCase(c.id()) + 1);
		LocalDate due = deadlines.answerDue(in.kind(), in.procedure(), in.copyReceivedOn());
		Appeal appeal = new Appeal(AppealId.random(), reference, c.id(), c.reference(), c.agencyId(), in.kind(),
				in.route(), in.instance(), in.predecessorId() == null ? null : new AppealId(in.predecessorId()), body,
				reviewBody, coDefendant, in.filedOn(), in.copyReceivedOn(), in.procedure(), due, null, null, null, null,
				AppealStatus.AWAITING_ANSWER, null, false);
		appeals.insert(appeal);
		Map<String, String> detail = new HashMap<>();
		detail.put("kind", appeal.kindLabel());
		detail.put("body", body);
		detail.put("filedOn", in.filedOn().toString());
		detail.put("copyReceivedOn", in.copyReceivedOn().toString());
		detail.put("procedure", in.procedure().label());
		detail.put("answerDueOn", due.toString());
		detail.put("basis", AppealDeadlines.basis(in.kind(), in.procedure()));
		history.append(appeal.id(), officer.id(), officer.displayName(), "REGISTERED", detail, AuditLine
			.success(AuditAction.APPEAL_REGISTERED, reference + " " + appeal.kindLabel() + "，答复期限 " + due));
		workflow.start(appeal.id(), reference);
		return appeal;
	}

	/**
	 * A second instance appeals a decided first instance (one appeal per first instance);
	 * a first instance names either the 复议 a suit after review follows, or — a retrial
	 * (重审) — the second instance that sent the case back (行政诉讼法 art 89 ¶1 (三)(四)), once
	 * per remand.
	 */
	private void checkPredecessor(NewAppeal in, DisclosureCase c) {
		if (in.instance() == Instance.SECOND && in.predecessorId() == null) {
			throw new Refusal("refusal.appeals.handling.secondNeedsFirst");
		}
		if (in.predecessorId() == null) {
			return;
		}
		Appeal before = appeals.byId(new AppealId(in.predecessorId()))
			.filter(p -> p.caseId().equals(c.id()))
			.orElseThrow(() -> new Refusal("refusal.appeals.handling.predecessor"));
		if (in.instance() == Instance.SECOND) {
			if (before.kind() != AppealKind.LITIGATION || before.instance() != Instance.FIRST
					|| before.route() != in.route()) {
				throw new Refusal("refusal.appeals.handling.secondSameManner");
			}
			if (before.status() != AppealStatus.DECIDED) {
				throw new Refusal("refusal.appeals.handling.firstUndecided");
			}
			if (appeals.hasSecondInstance(before.id())) {
				throw new Refusal("refusal.appeals.handling.secondExists");
			}
		}
		else if (before.instance() == Instance.SECOND) {
			checkRemand(in, before);
		}
		else if (in.route() != LitigationRoute.AFTER_REVIEW || before.kind() != AppealKind.REVIEW) {
			throw new Refusal("refusal.appeals.handling.firstPredecessor");
		}
	}

	/**
	 * A retrial: its predecessor must be a second instance of the same suit that
	 * remanded.
	 */
	private void checkRemand(NewAppeal retrial, Appeal remand) {
		if (remand.decisionType() != DecisionType.APPEAL_REMANDED) {
			throw new Refusal("refusal.appeals.handling.retrialNeedsRemand");
		}
		if (remand.route() != retrial.route()) {
			throw new Refusal("refusal.appeals.handling.retrialSameManner");
		}
		if (appeals.hasRetrial(remand.id())) {
			throw new Refusal("refusal.appeals.handling.retrialExists");
		}
	}

	/** The office filed its written answer (答复书/答辩状) and evidence on {@code on}. */
	@Transactional
	@PreAuthorize("hasAnyRole('CASE_OFFICER', 'HEAD_OF_OFFICE')")
	public Appeal answer(GongkaiUser officer, AppealId id, LocalDate on) {
		Appeal current = access.handledBy(officer, id);
		if (on.isAfter(today())) {
			throw new Refusal("refusal.appeals.handling.answerAfterToday");
		}
		Appeal next = current.answered(on);
		appeals.update(next, current.status());
		history.append(id, officer.id(), officer.displayName(), "ANSWERED",
				Map.of("answeredOn", on.toString(), "late", String.valueOf(on.isAfter(current.answerDueOn()))),
				AuditLine.success(AuditAction.APPEAL_ANSWERED,
						current.reference() + " 已提交" + current.answerLabel() + "及证据 " + on));
		workflow.answered(current.reference());
		return next;
	}

	/**
	 * Records the decision or judgment, made on {@code decidedOn} and received by the
	 * office on {@code receivedOn}.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('CASE_OFFICER', 'HEAD_OF_OFFICE')")
	public Appeal decide(GongkaiUser officer, AppealId id, DecisionType type, LocalDate decidedOn,
			LocalDate receivedOn) {
		Appeal current = access.handledBy(officer, id);
		if (receivedOn.isAfter(today())) {
			throw new Refusal("refusal.appeals.handling.receivedAfterToday");
		}
		if (type == DecisionType.APPEAL_REMANDED) {
			checkMayRemand(current);
		}
		Appeal next = current.decided(type, decidedOn, receivedOn, AppealStatus.DECIDED);
		appeals.update(next, current.status());
		history.append(id, officer.id(), officer.displayName(), "DECIDED",
				Map.of("decisionType", type.name(), "label", type.label(), "decidedOn", decidedOn.toString(),
						"receivedOn", receivedOn.toString()),
				AuditLine.success(AuditAction.APPEAL_DECIDED,
						current.reference() + " " + type.label() + "（" + type.legalBasis() + "）"));
		workflow.decided(current.reference(), type.effect());
		return next;
	}

	/**
	 * 行政诉讼法 art 89 ¶2: 原审人民法院对发回重审的案件作出判决后，当事人提起上诉的，第二审人民法院不得再次发回重审. (The second
	 * instance's own instance is checked with the decision itself.)
	 */
	private void checkMayRemand(Appeal secondInstance) {
		if (secondInstance.instance() != Instance.SECOND) {
			return;
		}
		Appeal judged = appeals.byId(secondInstance.predecessorId()).orElseThrow(AppealNotFoundException::new);
		boolean retrial = judged.predecessorId() != null
				&& appeals.byId(judged.predecessorId()).map(p -> p.instance() == Instance.SECOND).orElse(false);
		if (retrial && judged.decisionType() != null && judged.decisionType().isJudgment()) {
			throw new Refusal("refusal.appeals.handling.secondRemand");
		}
	}

	/**
	 * The applicant withdrew: the 复议机关 terminates (终止) or the court allows the withdrawal
	 * (准予撤诉) on {@code on}.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('CASE_OFFICER', 'HEAD_OF_OFFICE')")
	public Appeal withdraw(GongkaiUser officer, AppealId id, LocalDate on) {
		Appeal current = access.handledBy(officer, id);
		if (on.isAfter(today())) {
			throw new Refusal("refusal.appeals.handling.withdrawalAfterToday");
		}
		DecisionType type = DecisionType.withdrawal(current.kind());
		Appeal next = current.decided(type, on, on, AppealStatus.WITHDRAWN);
		appeals.update(next, current.status());
		history.append(id, officer.id(), officer.displayName(), "WITHDRAWN",
				Map.of("decisionType", type.name(), "on", on.toString()),
				AuditLine.success(AuditAction.APPEAL_WITHDRAWN, current.reference() + " " + type.label()));
		workflow.withdrawn(current.reference());
		return next;
	}

	/** Process step ({@code Task_RemindAnswer}). */
	@Transactional
	public void remind(AppealId id) {
		Appeal a = appeals.byId(id).orElseThrow(AppealNotFoundException::new);
		if (a.status() != AppealStatus.AWAITING_ANSWER) {
			return;
		}
		history.append(id, null, AppealHistory.SYSTEM, "REMINDED", Map.of("answerDueOn", a.answerDueOn().toString()),
				AuditLine.success(AuditAction.APPEAL_ANSWER_DUE_SOON,
						a.reference() + " " + a.answerLabel() + "及证据须于 " + a.answerDueOn() + " 前提交"));
	}

	/** Process step ({@code Task_EscalateAnswerOverdue}). */
	@Transactional
	public void escalate(AppealId id) {
		Appeal a = appeals.byId(id).orElseThrow(AppealNotFoundException::new);
		if (a.status() != AppealStatus.AWAITING_ANSWER) {
			return;
		}
		history.append(id, null, AppealHistory.SYSTEM, "ESCALATED", Map.of("answerDueOn", a.answerDueOn().toString()),
				AuditLine.failed(AuditAction.APPEAL_ANSWER_OVERDUE, a.reference() + " " + a.answerLabel() + "及证据期限 "
						+ a.answerDueOn() + " 已届满，提请负责人督办" + "（逾期不举证视为没有证据：《行政诉讼法》第三十四条，《行政复议法》第七十条）"));
	}

	/**
	 * Process step ({@code Task_OrderReanswer}): the original request is handled again
	 * (重新答复).
	 */
	@Transactional
	public void orderReanswer(AppealId id) {
		Appeal a = appeals.byId(id).orElseThrow(AppealNotFoundException::new);
		reanswers.order(a.caseId(), a.id(), a.reference(), a.decisionType().label(), a.decisionReceivedOn());
		history.append(id, null, AppealHistory.SYSTEM, "REANSWER_ORDERED",
				Map.of("caseReference", a.caseReference(), "receivedOn", a.decisionReceivedOn().toString()));
	}

	private LocalDate today() {
		return ReplyDeadlines.today(clock);
	}

}
