package org.gongkai.disclosure.appeals;

import java.time.LocalDate;

import org.gongkai.disclosure.appeals.handling.AppealDeadlines;
import org.gongkai.disclosure.appeals.history.HistoricAppeals;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.ids.AgencyId;
import org.gongkai.disclosure.shared.ids.AppealId;
import org.gongkai.disclosure.shared.ids.CaseId;

/**
 * One 行政复议 or one instance of a 行政诉讼 against how {@code agencyId} (the original organ)
 * handled the request {@code caseReference}. A second instance, or a suit after 复议, names
 * its predecessor. {@code answerDueOn} is the office's statutory deadline for its written
 * answer (答复/答辩) and evidence (举证), derived at registration from {@code copyReceivedOn}
 * and the procedure ({@link AppealDeadlines}).
 * <p>
 * An appeal imported from an agency's ledger ({@code fromLedger},
 * {@link HistoricAppeals}) has no process, no copy date, procedure, deadline, answer or
 * decision type: only its filing date and, once closed, its closing date
 * ({@code decidedOn}) and the section 四 result category the ledger gives
 * ({@code ledgerResult}).
 */
public record Appeal(AppealId id, String reference, CaseId caseId, String caseReference, AgencyId agencyId,
		AppealKind kind, LitigationRoute route, Instance instance, AppealId predecessorId, String body,
		AgencyId reviewBodyAgencyId, boolean reviewBodyCoDefendant, LocalDate filedOn, LocalDate copyReceivedOn,
		Procedure procedure, LocalDate answerDueOn, LocalDate answeredOn, DecisionType decisionType,
		LocalDate decidedOn, LocalDate decisionReceivedOn, AppealStatus status, AppealResult ledgerResult,
		boolean fromLedger) {

	/** "行政复议" or e.g. "行政诉讼（复议后起诉，二审）". */
	public String kindLabel() {
		return kind == AppealKind.REVIEW ? kind.label()
				: "%s（%s，%s）".formatted(kind.label(), route.label(), instance.label());
	}

	/** 答复 (复议) or 答辩状 (诉讼): what the office must file. */
	public String answerLabel() {
		return kind == AppealKind.REVIEW ? "书面答复" : "答辩状";
	}

	public Appeal answered(LocalDate on) {
		requireProcess();
		if (status != AppealStatus.AWAITING_ANSWER) {
			throw new StateRefusal("refusal.appeals.appeal.notAwaitingAnswer");
		}
		if (on.isBefore(copyReceivedOn)) {
			throw new Refusal("refusal.appeals.appeal.answerBeforeCopy");
		}
		return with(AppealStatus.AWAITING_DECISION, on, null, null, null);
	}

	public Appeal decided(DecisionType type, LocalDate on, LocalDate receivedOn, AppealStatus newStatus) {
		requireProcess();
		if (!status.isPending()) {
			throw new StateRefusal("refusal.appeals.appeal.concluded");
		}
		if (!type.appliesTo(kind, instance)) {
			throw new Refusal("refusal.appeals.appeal.decisionTypeNotFor", type.label(), kindLabel());
		}
		if (on.isBefore(filedOn)) {
			throw new Refusal("refusal.appeals.appeal.decisionBeforeFiling");
		}
		if (receivedOn.isBefore(on)) {
			throw new Refusal("refusal.appeals.appeal.receivedBeforeDecision");
		}
		return with(newStatus, answeredOn, type, on, receivedOn);
	}

	private void requireProcess() {
		if (fromLedger) {
			throw new StateRefusal("refusal.appeals.appeal.importedHasNoProcess");
		}
	}

	private Appeal with(AppealStatus newStatus, LocalDate newAnsweredOn, DecisionType newType, LocalDate newDecidedOn,
			LocalDate newReceivedOn) {
		return new Appeal(id, reference, caseId, caseReference, agencyId, kind, route, instance, predecessorId, body,
				reviewBodyAgencyId, reviewBodyCoDefendant, filedOn, copyReceivedOn, procedure, answerDueOn,
				newAnsweredOn, newType, newDecidedOn, newReceivedOn, newStatus, ledgerResult, fromLedger);
	}
}
