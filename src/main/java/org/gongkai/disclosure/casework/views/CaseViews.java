package org.gongkai.disclosure.casework.views;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.Applicant;
import org.gongkai.disclosure.applicants.Applicants;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.casework.CaseAccess;
import org.gongkai.disclosure.casework.CaseNotFoundException;
import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.WithheldPart;
import org.gongkai.disclosure.casework.decision.CaseExtensions;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerEntry;
import org.gongkai.disclosure.casework.process.DisclosureRequestWorkflow;
import org.gongkai.disclosure.casework.stops.CaseConsultations;
import org.gongkai.disclosure.casework.stops.CaseCorrections;
import org.gongkai.disclosure.casework.stops.CaseExplanations;
import org.gongkai.disclosure.casework.stops.CaseFees;
import org.gongkai.disclosure.deadlines.DueDate;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.shared.ids.ApplicantId;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the pages and the API show of cases, always through {@link CaseAccess}. */
@Service
@Transactional(readOnly = true)
public class CaseViews {

	private final Cases cases;

	private final CaseAccess access;

	private final CaseLedger ledger;

	private final Agencies agencies;

	private final Applicants applicants;

	private final ReplyDeadlines deadlines;

	private final DisclosureRequestWorkflow workflow;

	private final AuditTrail audit;

	private final CaseCorrections corrections;

	private final CaseExtensions extensions;

	private final CaseFees fees;

	private final CaseConsultations consultations;

	private final CaseExplanations explanations;

	CaseViews(Cases cases, CaseAccess access, CaseLedger ledger, Agencies agencies, Applicants applicants,
			ReplyDeadlines deadlines, DisclosureRequestWorkflow workflow, AuditTrail audit, CaseCorrections corrections,
			CaseExtensions extensions, CaseFees fees, CaseConsultations consultations, CaseExplanations explanations) {
		this.cases = cases;
		this.access = access;
		this.ledger = ledger;
		this.agencies = agencies;
		this.applicants = applicants;
		this.deadlines = deadlines;
		this.workflow = workflow;
		this.audit = audit;
		this.corrections = corrections;
		this.extensions = extensions;
		this.fees = fees;
		this.consultations = consultations;
		this.explanations = explanations;
	}

	@PreAuthorize("hasRole('APPLICANT')")
	public List<CaseSummary> mine(GongkaiUser applicant) {
		return cases.ofApplicant(applicant.applicantId()).stream().map(this::summary).toList();
	}

	/**
	 * The officer's task list: the open tasks of the officer's role in the officer's
	 * agency, most urgent first.
	 */
	@PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER', 'LEGAL_REVIEWER', 'HEAD_OF_OFFICE')")
	public List<TaskItem> taskList(GongkaiUser officer) {
		Map<String, DisclosureCase> open = cases.openOfAgency(officer.agencyId())
			.stream()
			.collect(Collectors.toMap(DisclosureCase::reference, Function.identity()));
		// every case here is the officer's agency's; a case with several open tasks is
		// summarised once
		String agencyName = agencies.byId(officer.agencyId()).map(Agency::name).orElse("");
		Map<String, CaseSummary> summaries = new HashMap<>();
		return workflow.openTasks(open.keySet(), officer.role().group())
			.values()
			.stream()
			.flatMap(List::stream)
			.map(task -> new TaskItem(task.name(), task.taskKey(), summaries.computeIfAbsent(task.reference(),
					ref -> new CaseSummary(open.get(ref), agencyName, deadlines.dueDate(open.get(ref).id().value())))))
			.sorted(Comparator
				.comparing((TaskItem t) -> t.summary().due().date(), Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(t -> t.summary().theCase().reference()))
			.toList();
	}

	public CaseDetail detail(GongkaiUser user, CaseId id) {
		DisclosureCase found = access.visibleTo(user, id);
		if (found.applicantId() == null) {
			// imported from a ledger: no applicant, no process; its page is the import's
			// (HistoricCases)
			throw new CaseNotFoundException(id);
		}
		audit.recordAlone("PERSONAL_DATA_READ", "case", id, AuditResult.SUCCESS,
				"查看案件 " + found.reference() + " 及申请人信息");
		return detailOf(found);
	}

	/**
	 * The case as the office's own letters print it, read by the system when a letter is
	 * issued (no user, so no access check and no read audit): never for a page or the
	 * API, which go through {@link #detail(GongkaiUser, CaseId)}.
	 */
	public CaseDetail forIssuing(CaseId id) {
		DisclosureCase found = cases.byId(id).orElseThrow(() -> new CaseNotFoundException(id));
		if (found.applicantId() == null) {
			throw new CaseNotFoundException(id);
		}
		return detailOf(found);
	}

	private CaseDetail detailOf(DisclosureCase found) {
		CaseId id = found.id();
		Agency agency = agencies.byId(found.agencyId()).orElseThrow();
		Applicant applicant = applicants.byId(new ApplicantId(found.applicantId())).orElseThrow();
		List<DisclosureRequestWorkflow.Step> steps = workflow.currentSteps(found.reference());
		return new CaseDetail(found, agency, applicant, deadlines.dueDate(id.value()), ledger.of(id),
				DisclosureRequestWorkflow.names(steps), steps.stream().map(DisclosureRequestWorkflow.Step::id).toList(),
				workflow.openTaskKeys(found.reference()), corrections.of(id).orElse(null),
				extensions.of(id).orElse(null), corrections.noticeDeadline(found.receivedOn()),
				fees.of(id).orElse(null), consultations.of(id).orElse(null), explanations.of(id).orElse(null),
				cases.withheldParts(id));
	}

	private CaseSummary summary(DisclosureCase c) {
		String agencyName = agencies.byId(c.agencyId()).map(Agency::name).orElse("");
		return new CaseSummary(c, agencyName, deadlines.dueDate(c.id().value()));
	}

	public record CaseSummary(DisclosureCase theCase, String agencyName, DueDate due) {
	}

	public record TaskItem(String taskName, String taskKey, CaseSummary summary) {
	}

	/**
	 * A case with everything its page shows. The applicant's identity number and phone
	 * are shown masked.
	 */
	public record CaseDetail(DisclosureCase theCase, Agency agency, Applicant applicant, DueDate due,
			List<LedgerEntry> ledger, List<String> position, List<String> positionIds, List<String> openTasks,
			CaseCorrections.Correction correction, CaseExtensions.Extension extension,
			LocalDate correctionNoticeDeadline, CaseFees.Fee fee, CaseConsultations.Consultation consultation,
			CaseExplanations.Explanation explanation, List<WithheldPart> withheld) {

		/**
		 * Whether the case waits at the given BPMN task (e.g. {@code Task_LegalReview}).
		 */
		public boolean at(String taskKey) {
			return openTasks.contains(taskKey);
		}

		/**
		 * Whether the case was closed by its due date; null while it is open or the clock
		 * is suspended.
		 */
		public Boolean closedInTime() {
			if (theCase.closedOn() == null || due.date() == null) {
				return null;
			}
			return !theCase.closedOn().isAfter(due.date());
		}
	}

}
