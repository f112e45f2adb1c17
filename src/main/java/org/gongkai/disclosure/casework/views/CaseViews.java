package org.gongkai.disclosure.casework.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.Applicant;
import org.gongkai.disclosure.applicants.Applicants;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.casework.AnswerItem;
import org.gongkai.disclosure.casework.CaseAccess;
import org.gongkai.disclosure.casework.CaseNotFoundException;
import org.gongkai.disclosure.casework.CaseStatus;
import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.WithheldPart;
import org.gongkai.disclosure.casework.decision.CaseExtensions;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.history.LedgerEntry;
import org.gongkai.disclosure.casework.process.DisclosureRequestWorkflow;
import org.gongkai.disclosure.casework.stops.CaseConsultations;
import org.gongkai.disclosure.casework.stops.CaseCorrections;
import org.gongkai.disclosure.casework.stops.CaseExplanations;
import org.gongkai.disclosure.casework.stops.CaseFees;
import org.gongkai.disclosure.casework.stops.ClockStop;
import org.gongkai.disclosure.casework.stops.ClockStops;
import org.gongkai.disclosure.deadlines.DueDate;
import org.gongkai.disclosure.deadlines.Explained;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.serving.ServiceRecord;
import org.gongkai.disclosure.serving.ServiceRecords;
import org.gongkai.disclosure.shared.Paging;
import org.gongkai.disclosure.shared.ids.ApplicantId;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What the pages and the API show of cases, always through {@link CaseAccess}. Reads run
 * outside a transaction: at PostgreSQL's READ COMMITTED a read-only transaction gives no
 * common snapshot to its statements anyway, and would hold one pooled connection for the
 * whole page, CPU time included, instead of one per statement (issue 14). The API's
 * answer to an act on a case is the exception: it is read in the act's transaction
 * (casework.web.ActAnswers).
 */
@Service
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

	private final ServiceRecords service;

	private final ClockStops stops;

	CaseViews(Cases cases, CaseAccess access, CaseLedger ledger, Agencies agencies, Applicants applicants,
			ReplyDeadlines deadlines, DisclosureRequestWorkflow workflow, AuditTrail audit, CaseCorrections corrections,
			CaseExtensions extensions, CaseFees fees, CaseConsultations consultations, CaseExplanations explanations,
			ServiceRecords service, ClockStops stops) {
		this.stops = stops;
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
		this.service = service;
	}

	@PreAuthorize("hasRole('APPLICANT')")
	public List<CaseSummary> mine(GongkaiUser applicant) {
		List<DisclosureCase> mine = cases.ofApplicant(applicant.applicantId());
		Set<UUID> withdrawn = ledger.withdrawn(mine.stream().map(c -> c.id().value()).toList());
		return mine.stream()
			.map(DisclosureCase::asIssuedToApplicant)
			.map(c -> summary(c, withdrawn.contains(c.id().value())))
			.toList();
	}

	/**
	 * A page of the applicant's own requests, in detail as the applicant may see them;
	 * one audit line for the page (not one per case).
	 */
	@PreAuthorize("hasRole('APPLICANT')")
	public Paging.Page<CaseDetail> mine(GongkaiUser applicant, Paging paging) {
		List<DisclosureCase> all = cases.ofApplicant(applicant.applicantId());
		List<CaseDetail> page = paging.of(all)
			.stream()
			.filter(c -> c.applicantId() != null)
			.map(c -> detailOf(applicant, c))
			.toList();
		audit.recordAlone(AuditAction.PERSONAL_DATA_READ, "applicant", applicant.applicantId(), AuditResult.SUCCESS,
				"查看本人申请列表第%d页（%d件）".formatted(paging.page() + 1, page.size()));
		return new Paging.Page<>(page, all.size());
	}

	public CaseDetail detail(GongkaiUser user, CaseId id) {
		DisclosureCase found = access.visibleTo(user, id);
		if (found.applicantId() == null) {
			// imported from a ledger: no applicant, no process; its page is the import's
			// (HistoricCases)
			throw new CaseNotFoundException(id);
		}
		audit.recordAlone(AuditAction.PERSONAL_DATA_READ, "case", id, AuditResult.SUCCESS,
				"查看案件 " + found.reference() + " 及申请人信息");
		return detailOf(user, found);
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
		return detailOf(null, found);
	}

	/**
	 * The case as the 回执 prints it, read by the system when the receipt is issued (no
	 * user, as {@link #forIssuing(CaseId)}): the case, its agency, applicant, due date
	 * and ledger. Nothing else of the detail is read — the steps, windows, fees, service
	 * and answer are empty — so it is for the receipt only (issue 14: the whole detail
	 * was two thirds of the statements the receipt cost a filing).
	 */
	public CaseDetail forReceipt(CaseId id) {
		DisclosureCase found = cases.byId(id).orElseThrow(() -> new CaseNotFoundException(id));
		if (found.applicantId() == null) {
			throw new CaseNotFoundException(id);
		}
		return new CaseDetail(found, agencies.byId(found.agencyId()).orElseThrow(),
				applicants.byId(new ApplicantId(found.applicantId())).orElseThrow(), deadlines.dueDate(id.value()),
				ledger.of(id), List.of(), List.of(), List.of(), null, null,
				corrections.noticeDeadline(found.receivedOn()), null, null, null, List.of(), List.of(), List.of(),
				List.of());
	}

	/**
	 * The case in detail as {@code user} may see it; {@code null}: as the office sees it.
	 */
	private CaseDetail detailOf(GongkaiUser user, DisclosureCase found) {
		CaseId id = found.id();
		Agency agency = agencies.byId(found.agencyId()).orElseThrow();
		Applicant applicant = applicants.byId(new ApplicantId(found.applicantId())).orElseThrow();
		List<DisclosureRequestWorkflow.Step> steps = workflow.currentSteps(found.reference());
		DueDate due = deadlines.dueDate(id.value());
		Map<ClockStop.Kind, ClockStop> windows = stops.of(id);
		CaseCorrections.Correction correction = corrections.of(id, windows).orElse(null);
		CaseFees.Fee fee = fees.of(id, windows).orElse(null);
		CaseConsultations.Consultation consultation = consultations.of(id, windows).orElse(null);
		CaseExplanations.Explanation explanation = explanations.of(id, windows).orElse(null);
		List<ServiceRecord> service = serviceHistory(user, id);
		CaseDetail detail = new CaseDetail(found, agency, applicant, due, ledger.of(id),
				DisclosureRequestWorkflow.names(steps), steps.stream().map(DisclosureRequestWorkflow.Step::id).toList(),
				workflow.openTaskKeys(found.reference()), correction, extensions.of(id).orElse(null),
				corrections.noticeDeadline(found.receivedOn()), fee, consultation, explanation, cases.withheldParts(id),
				cases.answerItems(id), warnings(id, due, correction, fee, consultation, explanation, service), service);
		return user == null || user.role().isOfficer() ? detail : detail.issuedToApplicant();
	}

	/**
	 * The warnings printed under the deadline: the windows' provisional dates, and an
	 * extension notice that reached the applicant only after the unextended deadline (条例
	 * art 33 ¶2; docs/clocks.md, "Windows from receipt").
	 */
	private List<Explained> warnings(CaseId id, DueDate due, CaseCorrections.Correction correction, CaseFees.Fee fee,
			CaseConsultations.Consultation consultation, CaseExplanations.Explanation explanation,
			List<ServiceRecord> service) {
		List<Explained> warnings = new ArrayList<>(windowWarnings(due, correction, fee, consultation, explanation));
		service.stream()
			.filter(r -> r.document() == LetterKind.EXTENSION_NOTICE && r.received())
			.map(ServiceRecord::receivedOn)
			.min(Comparator.naturalOrder())
			.ifPresent(served -> {
				LocalDate unextended = deadlines.unextendedDueDate(id.value()).date();
				if (unextended != null && served.isAfter(unextended)) {
					warnings.add(Explained.of("deadlines.extension.servedLate", served, unextended));
				}
			});
		return warnings;
	}

	/**
	 * The service (送达) of the case's documents: all of them for its officers; for the
	 * applicant, those addressed to the applicant (a consulted third party's letters are
	 * not the applicant's to see).
	 */
	private List<ServiceRecord> serviceHistory(GongkaiUser user, CaseId id) {
		return service.of(id.value())
			.stream()
			.filter(r -> user == null || user.role().isOfficer() || r.addressee() == null)
			.toList();
	}

	/**
	 * The provisional-date warnings of the windows the case was given (补正, 缴费, 征求意见,
	 * 说明理由) that the reply deadline's own warnings do not already say.
	 */
	private List<Explained> windowWarnings(DueDate due, CaseCorrections.Correction correction, CaseFees.Fee fee,
			CaseConsultations.Consultation consultation, CaseExplanations.Explanation explanation) {
		Set<Explained> warnings = new LinkedHashSet<>();
		Stream.of(correction == null ? null : correction.window(), fee == null ? null : fee.window(),
				consultation == null ? null : consultation.window(), explanation == null ? null : explanation.window())
			.filter(w -> w != null && w.dueOn() != null)
			.forEach(w -> warnings.addAll(deadlines.provisionalNotes(w.servedOn(), w.dueOn())));
		warnings.removeAll(due.cautions());
		return List.copyOf(warnings);
	}

	private CaseSummary summary(DisclosureCase c, boolean withdrawn) {
		String agencyName = agencies.byId(c.agencyId()).map(Agency::name).orElse("");
		return new CaseSummary(c, agencyName, deadlines.dueDate(c.id().value()), withdrawn);
	}

	/**
	 * A case in a list; {@code withdrawn} when the applicant withdrew it (the task list
	 * holds open cases only).
	 */
	public record CaseSummary(DisclosureCase theCase, String agencyName, DueDate due, boolean withdrawn) {

		/** The status in words: 「已撤回」 for a withdrawn case, not 「已办结」. */
		public String statusLabel() {
			return withdrawn ? WITHDRAWN_LABEL : theCase.status().label();
		}

	}

	/** How a case the applicant withdrew reads, for the applicant and the office. */
	public static final String WITHDRAWN_LABEL = "已撤回";

	/**
	 * A case with everything its page shows. The applicant's identity number and phone
	 * are shown masked.
	 */
	public record CaseDetail(DisclosureCase theCase, Agency agency, Applicant applicant, DueDate due,
			List<LedgerEntry> ledger, List<String> position, List<String> positionIds, List<String> openTasks,
			CaseCorrections.Correction correction, CaseExtensions.Extension extension,
			LocalDate correctionNoticeDeadline, CaseFees.Fee fee, CaseConsultations.Consultation consultation,
			CaseExplanations.Explanation explanation, List<WithheldPart> withheld, List<AnswerItem> items,
			List<Explained> windowWarnings, List<ServiceRecord> service) {

		/**
		 * Whether the request ended because a 补正 or fee window lapsed (confirmed by the
		 * case officer): the applicant is told so in writing.
		 */
		public boolean endedByLapse() {
			return theCase.status() == CaseStatus.CLOSED && (theCase.outcome() == Outcome.OTHER_CORRECTION_LAPSED
					|| theCase.outcome() == Outcome.OTHER_FEE_UNPAID);
		}

		/**
		 * The letters the office has issued on this case so far, in the order they go
		 * out.
		 */
		public List<LetterKind> issuedLetters() {
			List<LetterKind> issued = new ArrayList<>(List.of(LetterKind.RECEIPT));
			if (correction != null) {
				issued.add(LetterKind.CORRECTION_NOTICE);
			}
			if (extension != null && Boolean.TRUE.equals(extension.approved())) {
				issued.add(LetterKind.EXTENSION_NOTICE);
			}
			if (fee != null) {
				issued.add(LetterKind.FEE_NOTICE);
			}
			if (consultation != null) {
				issued.add(LetterKind.CONSULTATION_LETTER);
			}
			if (explanation != null) {
				issued.add(LetterKind.EXPLANATION_REQUEST);
			}
			boolean decided = theCase.outcome() != null && theCase.decidedOn() != null
					&& (theCase.status() != CaseStatus.CLOSED || endedByLapse());
			if (decided && consultation != null && consultation.overridden() && theCase.outcome().discloses()) {
				issued.add(LetterKind.THIRD_PARTY_NOTICE);
			}
			if (decided) {
				issued.add(LetterKind.REPLY);
			}
			return issued;
		}

		/**
		 * What the applicant may see: only what has been issued to them. The reply, its
		 * outcome and its withheld parts (《条例》第三十七条) and items once the 答复书 is issued; an
		 * extension once approved and notified (第三十三条); of the record, only what was
		 * communicated to them. Drafts, review notes and internal steps stay in the
		 * office.
		 */
		CaseDetail issuedToApplicant() {
			boolean replyIssued = theCase.replyIssued();
			return new CaseDetail(theCase.asIssuedToApplicant(), agency, applicant, due, ledger.stream()
				.filter(e -> e.action().shownToApplicant() || (replyIssued
						&& (e.action() == LedgerAction.DECIDED || e.action() == LedgerAction.ANSWERED_ON_THE_SPOT)))
				.toList(), position, positionIds, openTasks, correction,
					extension != null && Boolean.TRUE.equals(extension.approved()) ? extension : null,
					correctionNoticeDeadline, fee, consultation, explanation, replyIssued ? withheld : List.of(),
					replyIssued ? items : List.of(), windowWarnings, service);
		}

		/** Whether the applicant withdrew the request. */
		public boolean withdrawn() {
			return ledger.stream().anyMatch(e -> e.action() == LedgerAction.WITHDRAWN);
		}

		/** The status in words: 「已撤回」 for a withdrawn case, not 「已办结」. */
		public String statusLabel() {
			return withdrawn() ? WITHDRAWN_LABEL : theCase.status().label();
		}

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
