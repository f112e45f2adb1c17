package org.gongkai.disclosure.casework.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditLine;
import org.gongkai.disclosure.casework.AnswerItem;
import org.gongkai.disclosure.casework.CaseAccess;
import org.gongkai.disclosure.casework.CaseNotFoundException;
import org.gongkai.disclosure.casework.CaseStatus;
import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.casework.DeliveryMethod;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.NotHeldAnswer;
import org.gongkai.disclosure.casework.WithheldPart;
import org.gongkai.disclosure.casework.attachments.Attachment;
import org.gongkai.disclosure.casework.attachments.Redactions;
import org.gongkai.disclosure.casework.attachments.ReleasedRecords;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess.Elements;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess;
import org.gongkai.disclosure.casework.process.DisclosureRequestWorkflow;
import org.gongkai.disclosure.casework.stops.CaseConsultations;
import org.gongkai.disclosure.deadlines.ClockPeriods;
import org.gongkai.disclosure.deadlines.DueDate;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.Texts;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From a proposed answer to the reply: the case officer drafts the decision (one of the
 * 21 outcomes and the reply text), the legal reviewer checks it, the head of the office
 * signs it off — only then is it the case's outcome — and the process issues the reply.
 * Each step, its ledger line, the clock and the completed task commit together (the
 * engine shares Spring's transaction manager).
 */
@Service
public class CaseDecisions {

	static final int MAX_REPLY_LENGTH = 20_000;
	static final int MAX_WITHHELD_PARTS = 50;

	private final Cases cases;

	private final CaseAccess access;

	private final CaseLedger ledger;

	private final ClockPeriods clocks;

	private final ReplyDeadlines deadlines;

	private final DisclosureRequestWorkflow workflow;

	private final Clock clock;

	private final CaseDeliveries deliveries;

	private final CaseConsultations consultations;

	private final ReleasedRecords records;

	private final Redactions redactions;

	private final OutcomePreconditions preconditions;

	CaseDecisions(Cases cases, CaseAccess access, CaseLedger ledger, ClockPeriods clocks, ReplyDeadlines deadlines,
			DisclosureRequestWorkflow workflow, Clock clock, CaseDeliveries deliveries, CaseConsultations consultations,
			ReleasedRecords records, Redactions redactions, OutcomePreconditions preconditions) {
		this.consultations = consultations;
		this.records = records;
		this.redactions = redactions;
		this.preconditions = preconditions;
		this.cases = cases;
		this.access = access;
		this.ledger = ledger;
		this.clocks = clocks;
		this.deadlines = deadlines;
		this.workflow = workflow;
		this.clock = clock;
		this.deliveries = deliveries;
	}

	/** The case officer proposes the outcome and the reply; it goes to legal review. */
	@Transactional
	@PreAuthorize("hasRole('CASE_OFFICER')")
	public DisclosureCase draft(GongkaiUser officer, CaseId id, Outcome outcome, String replyText) {
		return draft(officer, id, outcome, replyText, null, null);
	}

	/**
	 * As {@link #draft(GongkaiUser, CaseId, Outcome, String)}, naming the agency that
	 * holds the information when this one does not (条例 art 36(五): the reply gives its
	 * name and contact).
	 */
	@Transactional
	@PreAuthorize("hasRole('CASE_OFFICER')")
	public DisclosureCase draft(GongkaiUser officer, CaseId id, Outcome outcome, String replyText,
			String referredAgency, String referredContact) {
		return draft(officer, id, outcome, replyText, referredAgency, referredContact, List.of());
	}

	/**
	 * As above, with the parts withheld from a partly disclosed reply (《条例》第三十七条):
	 * required, each with its 不予公开 ground and reasons, when the outcome is 部分公开, and
	 * refused for any other outcome. A 本机关不掌握 draft naming the agency that holds the
	 * information answers under art 36(五).
	 */
	@Transactional
	@PreAuthorize("hasRole('CASE_OFFICER')")
	public DisclosureCase draft(GongkaiUser officer, CaseId id, Outcome outcome, String replyText,
			String referredAgency, String referredContact, List<WithheldPart> withheld) {
		boolean referred = referredAgency != null && !referredAgency.isBlank();
		return draft(officer, id, outcome, replyText, referredAgency, referredContact, withheld,
				outcome == Outcome.UNAVAILABLE_NOT_HELD && referred ? NotHeldAnswer.elsewhere() : null);
	}

	/**
	 * As above, saying which of the two answers behind 本机关不掌握相关政府信息 the reply gives
	 * (docs/statute.md#not-held): 信息不存在 with its search record (art 36(四)), or not this
	 * agency's (art 36(五)), naming the agency that holds it where known. Required for
	 * that outcome, refused for any other.
	 */
	@Transactional
	@PreAuthorize("hasRole('CASE_OFFICER')")
	public DisclosureCase draft(GongkaiUser officer, CaseId id, Outcome outcome, String replyText,
			String referredAgency, String referredContact, List<WithheldPart> withheld, NotHeldAnswer notHeld) {
		return draft(officer, id, outcome, replyText, referredAgency, referredContact, withheld, notHeld, List.of());
	}

	/**
	 * A request that asks for several things answered item by item, each with its own
	 * result and what the reply says for it (a mixed answer,
	 * docs/statute.md#mixed-answers). The case is counted once, in the row
	 * {@link AnswerItem#countedAs} gives — 部分公开 as soon as one item is disclosed and
	 * another is not (《条例》第三十七条) — and each item must have earned its result as a whole
	 * request would: 信息不存在 its search record, 重复申请 its linked earlier answer.
	 */
	@Transactional
	@PreAuthorize("hasRole('CASE_OFFICER')")
	public DisclosureCase draft(GongkaiUser officer, CaseId id, List<AnswerItem> items, String replyText) {
		if (items == null || items.size() < 2) {
			throw new Refusal("refusal.casework.items.atLeastTwo");
		}
		if (items.size() > AnswerItem.MAX_ITEMS) {
			throw new Refusal("refusal.casework.items.tooMany", AnswerItem.MAX_ITEMS);
		}
		if (items.stream().map(AnswerItem::item).distinct().count() < items.size()) {
			throw new Refusal("refusal.casework.items.duplicate");
		}
		return draft(officer, id, AnswerItem.countedAs(items), replyText, null, null, List.of(), null, items);
	}

	private DisclosureCase draft(GongkaiUser officer, CaseId id, Outcome outcome, String replyText,
			String referredAgency, String referredContact, List<WithheldPart> withheld, NotHeldAnswer notHeld,
			List<AnswerItem> items) {
		DisclosureCase current = access.handledBy(officer, id);
		if (outcome == null) {
			throw new Refusal("refusal.casework.decision.chooseOutcome");
		}
		// the boxes drawn on the released records are withheld parts already: taken from
		// there, never entered twice (《条例》第三十七条)
		List<String> unredacted = redactions.unredacted(id);
		if (!unredacted.isEmpty()) {
			throw new StateRefusal("refusal.casework.decision.unredacted", String.join("、", unredacted));
		}
		List<WithheldPart> redacted = redactions.withheldParts(id);
		if (!redacted.isEmpty() && outcome != Outcome.PARTLY_DISCLOSED) {
			throw new Refusal("refusal.casework.decision.redactedMeansPartly");
		}
		if (!outcome.discloses() && !records.releasedWith(id).isEmpty()) {
			throw new Refusal("refusal.casework.decision.removeReleasedFiles");
		}
		List<WithheldPart> parts = Stream
			.concat(redacted.stream(), withheld == null ? Stream.empty() : withheld.stream())
			.toList();
		// a mixed answer lists what is not disclosed as its items
		if (outcome == Outcome.PARTLY_DISCLOSED && parts.isEmpty() && items.isEmpty()) {
			throw new Refusal("refusal.casework.decision.withheldPartsRequired");
		}
		if (outcome != Outcome.PARTLY_DISCLOSED && !parts.isEmpty()) {
			throw new Refusal("refusal.casework.decision.withheldPartsOnlyPartly");
		}
		if (parts.size() > MAX_WITHHELD_PARTS) {
			throw new Refusal("refusal.casework.decision.withheldPartsTooMany", MAX_WITHHELD_PARTS);
		}
		// five outcomes rest on a fact on the record
		// (docs/statute.md#outcome-preconditions), an item's as much as a request's
		preconditions.require(current, outcome);
		for (AnswerItem item : items) {
			preconditions.require(current, item.result());
		}
		String reply = Texts.require(replyText, "答复内容", MAX_REPLY_LENGTH);
		String agency = Texts.optional(referredAgency, "负责公开的机关", 200);
		String contact = Texts.optional(referredContact, "该机关的联系方式", 200);
		if ((agency == null) != (contact == null)) {
			throw new Refusal("refusal.casework.decision.referralBoth");
		}
		if (items.isEmpty() && (outcome == Outcome.UNAVAILABLE_NOT_HELD) != (notHeld != null)) {
			throw new Refusal(notHeld == null ? "refusal.casework.decision.chooseNotHeld"
					: "refusal.casework.decision.notHeldOnlyIfNotHeld");
		}
		if (agency != null && (notHeld == null || notHeld.kind() != NotHeldAnswer.Kind.NOT_THIS_AGENCY)) {
			throw new Refusal("refusal.casework.decision.referralOnlyNotOurs");
		}
		// the searches behind 信息不存在: the request's, or each item's, by item
		Map<String, NotHeldAnswer> searches = new LinkedHashMap<>();
		if (notHeld != null && notHeld.searched()) {
			searches.put("", notHeld);
		}
		items.stream()
			.filter(i -> i.notHeld() != null && i.notHeld().searched())
			.forEach(i -> searches.put(i.item(), i.notHeld()));
		LocalDate today = ReplyDeadlines.today(clock);
		for (NotHeldAnswer search : searches.values()) {
			if (search.searchedOn().isAfter(today) || search.searchedOn().isBefore(current.receivedOn())) {
				throw new Refusal("refusal.casework.decision.searchDate", current.receivedOn());
			}
		}
		// a third party's objection binds (art 32) unless the public interest was
		// recorded; withholding its part of
		// a partly disclosed reply (art 37, 保护第三方合法权益) respects it
		boolean respectsTheObjection = !outcome.discloses() || (outcome == Outcome.PARTLY_DISCLOSED
				&& (parts.stream().anyMatch(p -> p.ground() == Outcome.WITHHELD_THIRD_PARTY_RIGHTS)
						|| items.stream().anyMatch(i -> i.result() == Outcome.WITHHELD_THIRD_PARTY_RIGHTS)));
		consultations.of(id)
			.filter(CaseConsultations.Consultation::thirdPartyObjected)
			.filter(c -> !c.overridden() && !respectsTheObjection)
			.ifPresent(c -> {
				throw new StateRefusal("refusal.casework.decision.thirdPartyObjects");
			});
		cases.setReferral(id, agency, contact);
		cases.setWithheldParts(id, parts);
		cases.setNotHeld(id, notHeld);
		cases.setAnswerItems(id, items);
		DisclosureCase drafted = current.draft(outcome, reply);
		cases.update(drafted, current.status());
		searches.forEach((item, search) -> {
			// the search record belongs to the file: evidence if the answer is appealed
			Map<String, String> record = new LinkedHashMap<>(
					Map.of("searchedOn", search.searchedOn().toString(), "searchedBy", search.searchedBy(),
							"searchedWhere", search.searchedWhere(), "searchedHow", search.searchedHow()));
			if (!item.isEmpty()) {
				record.put("item", item);
			}
			ledger.append(id, officer.id(), officer.displayName(), LedgerAction.SEARCH_RECORDED,
					search.kind().legalBasis(), record);
		});
		Map<String, String> detail = new LinkedHashMap<>(Map.of("outcome", outcome.name()));
		if (notHeld != null) {
			detail.put("notHeld", notHeld.kind().name());
		}
		if (!items.isEmpty()) {
			detail.put("items", items.stream().map(i -> i.item() + "：" + i.label()).collect(Collectors.joining("；")));
		}
		ledger.append(id, officer.id(), officer.displayName(), LedgerAction.DRAFTED,
				notHeld == null ? outcome.legalBasis() : notHeld.kind().legalBasis(), detail,
				AuditLine.success(AuditAction.DECISION_DRAFTED, current.reference() + " 拟定：" + outcome.displayLabel()));
		workflow.complete(current.reference(), Elements.TASK_DECIDE, DisclosureRequestProcess.NextStep.REVIEW);
		return drafted;
	}

	/**
	 * The legal reviewer passes the draft on to the head, or returns it with the reason.
	 */
	@Transactional
	@PreAuthorize("hasRole('LEGAL_REVIEWER')")
	public DisclosureCase review(GongkaiUser reviewer, CaseId id, boolean approved, String note) {
		DisclosureCase current = access.handledBy(reviewer, id);
		String reason = approved ? Texts.optional(note, "审核意见", 2000) : Texts.require(note, "退回理由", 2000);
		DisclosureCase next = approved ? current.reviewed(reason) : current.returned(reason);
		cases.update(next, current.status());
		ledger.append(id, reviewer.id(), reviewer.displayName(),
				approved ? LedgerAction.REVIEW_APPROVED : LedgerAction.RETURNED, "法制审核",
				reason == null ? Map.of() : Map.of("note", reason), AuditLine.success(
						approved ? AuditAction.REVIEW_APPROVED : AuditAction.REVIEW_RETURNED, current.reference()));
		workflow.complete(current.reference(), Elements.TASK_LEGAL_REVIEW, approved);
		return next;
	}

	/**
	 * The head of the office signs the reply off (it becomes the outcome, the case closes
	 * today) or returns it.
	 */
	@Transactional
	@PreAuthorize("hasRole('HEAD_OF_OFFICE')")
	public DisclosureCase signOff(GongkaiUser head, CaseId id, boolean approved, String note) {
		DisclosureCase current = access.handledBy(head, id);
		LocalDate today = ReplyDeadlines.today(clock);
		DisclosureCase next;
		if (approved) {
			next = current.signedOff(today);
			cases.update(next, current.status());
			clocks.stop(id.value(), today);
			ledger.append(id, head.id(), head.displayName(), LedgerAction.DECIDED, next.outcome().legalBasis(),
					Map.of("outcome", next.outcome().name(), "closedOn", today.toString()), AuditLine.success(
							AuditAction.CASE_DECIDED, current.reference() + " 办理结果：" + next.outcome().displayLabel()));
			consultations.of(id)
				.filter(c -> c.overridden() && next.outcome().discloses())
				.ifPresent(c -> ledger.append(id, head.id(), head.displayName(), LedgerAction.THIRD_PARTY_NOTIFIED,
						CaseConsultations.PUBLIC_INTEREST_BASIS, Map.of("thirdParty", c.partyName())));
		}
		else {
			next = current.returned(Texts.require(note, "退回理由", 2000));
			cases.update(next, current.status());
			ledger.append(id, head.id(), head.displayName(), LedgerAction.RETURNED, "负责人签发",
					Map.of("note", next.reviewNote()),
					AuditLine.success(AuditAction.SIGN_OFF_RETURNED, current.reference() + " 退回修改"));
		}
		workflow.complete(current.reference(), Elements.TASK_SIGN_OFF, approved);
		return next;
	}

	/**
	 * Called by the process ({@code Task_IssueReply}): the reply goes out to the
	 * applicant.
	 */
	@Transactional
	public void issueReply(CaseId id) {
		DisclosureCase decided = cases.byId(id).orElseThrow(() -> new CaseNotFoundException(id));
		cases.update(decided.answered(), CaseStatus.DECIDED);
		ledger.append(id, null, CaseLedger.SYSTEM, LedgerAction.REPLY_ISSUED, "《条例》第三十六条",
				Map.of("deliveryMethod", decided.deliveryMethod().name()),
				AuditLine.success(AuditAction.REPLY_ISSUED, decided.reference() + " 出具答复"));
		List<Attachment> released = records.releasedWith(id);
		if (!released.isEmpty()) {
			ledger.append(id, null, CaseLedger.SYSTEM, LedgerAction.RECORDS_RELEASED, "《条例》第三十六条第（二）项", Map.of("files",
					String.valueOf(released.size()), "sha256",
					released.stream().map(a -> a.fileName() + " " + a.sha256()).collect(Collectors.joining("; "))));
		}
		if (decided.deliveryMethod() == DeliveryMethod.ONLINE) {
			deliveries.recordOnline(id, decided.decidedOn());
		}
	}

	/**
	 * Called by the process timer ({@code Task_EscalateOverdue}): the deadline has passed
	 * without an answer.
	 */
	@Transactional
	public void escalateOverdue(CaseId id) {
		DisclosureCase open = cases.byId(id).orElseThrow(() -> new CaseNotFoundException(id));
		if (!open.status().isOpen()) {
			return;
		}
		DueDate due = deadlines.dueDate(id.value());
		ledger.append(id, null, CaseLedger.SYSTEM, LedgerAction.ESCALATED, "《条例》第三十三条；第四十七条",
				Map.of("dueOn", String.valueOf(due.date())),
				AuditLine.failed(AuditAction.CASE_OVERDUE, open.reference() + " 答复期限 " + due.date() + " 已届满，提请负责人督办"));
	}

	/**
	 * Called by the process timer ({@code Task_RemindCaseOfficer}) a few working days
	 * before the deadline.
	 */
	@Transactional
	public void remindCaseOfficer(CaseId id) {
		DisclosureCase open = cases.byId(id).orElseThrow(() -> new CaseNotFoundException(id));
		if (!open.status().isOpen()) {
			return;
		}
		DueDate due = deadlines.dueDate(id.value());
		ledger.append(id, null, CaseLedger.SYSTEM, LedgerAction.REMINDED, "《条例》第三十三条", Map.of("dueOn",
				String.valueOf(due.date()), "remainingWorkingDays", String.valueOf(due.remainingWorkingDays())));
	}

}
