package org.gongkai.disclosure.appeals;

import java.time.LocalDate;
import java.util.UUID;

import org.gongkai.disclosure.appeals.handling.AppealDeadlines;
import org.gongkai.disclosure.appeals.history.HistoricAppeals;

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
public record Appeal(UUID id, String reference, UUID caseId, String caseReference, UUID agencyId, AppealKind kind,
		LitigationRoute route, Instance instance, UUID predecessorId, String body, UUID reviewBodyAgencyId,
		boolean reviewBodyCoDefendant, LocalDate filedOn, LocalDate copyReceivedOn, Procedure procedure,
		LocalDate answerDueOn, LocalDate answeredOn, DecisionType decisionType, LocalDate decidedOn,
		LocalDate decisionReceivedOn, AppealStatus status, AppealResult ledgerResult, boolean fromLedger) {

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
			throw new IllegalStateException("该案件不在待答复环节");
		}
		if (on.isBefore(copyReceivedOn)) {
			throw new IllegalArgumentException("答复日期不得早于收到副本之日");
		}
		return with(AppealStatus.AWAITING_DECISION, on, null, null, null);
	}

	public Appeal decided(DecisionType type, LocalDate on, LocalDate receivedOn, AppealStatus newStatus) {
		requireProcess();
		if (!status.isPending()) {
			throw new IllegalStateException("该案件已审结");
		}
		if (!type.appliesTo(kind, instance)) {
			throw new IllegalArgumentException("“" + type.label() + "”不适用于" + kindLabel());
		}
		if (on.isBefore(filedOn)) {
			throw new IllegalArgumentException("决定（裁判）日期不得早于申请（起诉）之日");
		}
		if (receivedOn.isBefore(on)) {
			throw new IllegalArgumentException("收到决定（裁判）文书之日不得早于其作出之日");
		}
		return with(newStatus, answeredOn, type, on, receivedOn);
	}

	private void requireProcess() {
		if (fromLedger) {
			throw new IllegalStateException("台账导入的复议、诉讼案件没有办理流程，不能登记答复或决定");
		}
	}

	private Appeal with(AppealStatus newStatus, LocalDate newAnsweredOn, DecisionType newType, LocalDate newDecidedOn,
			LocalDate newReceivedOn) {
		return new Appeal(id, reference, caseId, caseReference, agencyId, kind, route, instance, predecessorId, body,
				reviewBodyAgencyId, reviewBodyCoDefendant, filedOn, copyReceivedOn, procedure, answerDueOn,
				newAnsweredOn, newType, newDecidedOn, newReceivedOn, newStatus, ledgerResult, fromLedger);
	}
}
