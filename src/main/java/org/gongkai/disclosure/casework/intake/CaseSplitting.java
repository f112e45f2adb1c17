package org.gongkai.disclosure.casework.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditLine;
import org.gongkai.disclosure.casework.CaseAccess;
import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess.Elements;
import org.gongkai.disclosure.casework.process.DisclosureRequestWorkflow;
import org.gongkai.disclosure.deadlines.ClockPeriods;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.Texts;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 一事一申请: at screening the officer may split a request that asks for several unrelated
 * items into one case per item (docs/statute.md#part-a: each then counts in the annual
 * report). The original case keeps the first item; each further item becomes a case of
 * its own with the same applicant, channel and receipt date — so the same clock — and its
 * own process and reference.
 */
@Service
public class CaseSplitting {

	static final int MAX_ITEMS = 50;

	private final Cases cases;

	private final CaseAccess access;

	private final CaseReferences references;

	private final CaseLedger ledger;

	private final ClockPeriods clocks;

	private final Agencies agencies;

	private final DisclosureRequestWorkflow workflow;

	private final ApplicantInformation applicantInformation;

	CaseSplitting(Cases cases, CaseAccess access, CaseReferences references, CaseLedger ledger, ClockPeriods clocks,
			Agencies agencies, DisclosureRequestWorkflow workflow, ApplicantInformation applicantInformation) {
		this.applicantInformation = applicantInformation;
		this.cases = cases;
		this.access = access;
		this.references = references;
		this.ledger = ledger;
		this.clocks = clocks;
		this.agencies = agencies;
		this.workflow = workflow;
	}

	/**
	 * Splits the case into one case per item; returns all of them, the original first.
	 */
	@Transactional
	@PreAuthorize("hasRole('CASE_OFFICER')")
	public List<DisclosureCase> split(GongkaiUser officer, CaseId id, List<String> items) {
		DisclosureCase original = access.handledBy(officer, id);
		if (!workflow.openTaskKeys(original.reference()).contains(Elements.TASK_SCREEN)) {
			throw new StateRefusal("refusal.casework.splitting.notInReview");
		}
		List<String> cleaned = items == null ? List.of()
				: items.stream().map(i -> Texts.optional(i, "拆分后的申请事项", 4000)).filter(Objects::nonNull).toList();
		if (cleaned.size() < 2 || cleaned.size() > MAX_ITEMS) {
			throw new Refusal("refusal.casework.splitting.itemCount", MAX_ITEMS);
		}
		Agency agency = agencies.byId(original.agencyId()).orElseThrow();
		cases.changeInformation(original.id(), cleaned.get(0));
		List<DisclosureCase> all = new ArrayList<>();
		all.add(cases.byId(original.id()).orElseThrow());
		for (String item : cleaned.subList(1, cleaned.size())) {
			CaseId newId = CaseId.random();
			DisclosureCase part = DisclosureCase.received(newId,
					references.next(agency.id(), agency.code(), original.receivedOn().getYear()), agency.id(),
					original.applicantId(), original.applicantCategory(), original.channel(), original.submittedAt(),
					original.receivedOn(), item, original.requestedForm(), original.deliveryMethod());
			cases.insert(part);
			ledger.append(newId, officer.id(), officer.displayName(), LedgerAction.SUBMITTED,
					"一事一申请：拆分自 " + original.reference(),
					Map.of("reference", part.reference(), "agencyId", agency.id().toString(), "applicantCategory",
							part.applicantCategory().name(), "channel", part.channel().name(), "splitFrom",
							original.reference()));
			ledger.append(newId, officer.id(), officer.displayName(), LedgerAction.RECEIVED,
					original.channel().receiptRule(), Map.of("receivedOn", original.receivedOn().toString()));
			applicantInformation.carryOver(officer, original, newId);
			clocks.start(newId.value(), original.receivedOn(), original.channel().receiptRule());
			workflow.start(newId, part.reference());
			all.add(part);
		}
		ledger.append(id, officer.id(), officer.displayName(), LedgerAction.SPLIT, "一事一申请",
				Map.of("into", String.valueOf(cleaned.size())),
				AuditLine.success(AuditAction.CASE_SPLIT, original.reference() + " 拆分为" + cleaned.size() + "件"));
		return all;
	}

}
