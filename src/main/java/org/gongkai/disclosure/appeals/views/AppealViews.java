package org.gongkai.disclosure.appeals.views;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.appeals.Appeal;
import org.gongkai.disclosure.appeals.AppealAccess;
import org.gongkai.disclosure.appeals.AppealKind;
import org.gongkai.disclosure.appeals.AppealResult;
import org.gongkai.disclosure.appeals.AppealStatus;
import org.gongkai.disclosure.appeals.Appeals;
import org.gongkai.disclosure.appeals.DecisionType;
import org.gongkai.disclosure.appeals.handling.AppealDeadlines;
import org.gongkai.disclosure.appeals.handling.AppealResultMappings;
import org.gongkai.disclosure.appeals.history.AppealHistory;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.casework.CaseAccess;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.ids.AppealId;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** What pages and the API show of appeals, always through {@link AppealAccess}. */
@Service
public class AppealViews {

	private final Appeals appeals;

	private final AppealAccess access;

	private final AppealHistory history;

	private final AppealResultMappings mappings;

	private final CaseAccess cases;

	private final Agencies agencies;

	private final AuditTrail audit;

	private final Clock clock;

	AppealViews(Appeals appeals, AppealAccess access, AppealHistory history, AppealResultMappings mappings,
			CaseAccess cases, Agencies agencies, AuditTrail audit, Clock clock) {
		this.appeals = appeals;
		this.access = access;
		this.history = history;
		this.mappings = mappings;
		this.cases = cases;
		this.agencies = agencies;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The appeals of an agency ({@code agencyCode}, default the user's own), most urgent
	 * first: for its case handlers and statistician, and for the statistician and head of
	 * office of a government above it.
	 */
	public List<Summary> ofAgency(GongkaiUser user, String agencyCode, Boolean pending, AppealKind kind) {
		if (!user.role().isOfficer() || user.agencyId() == null) {
			throw new AccessDeniedException("Only agency officers may view the list of review and litigation cases");
		}
		Agency agency = agencyCode == null || agencyCode.isBlank() ? agencies.byId(user.agencyId()).orElseThrow()
				: agencies.byCode(agencyCode)
					.orElseThrow(() -> new Refusal("refusal.appeals.agency.notFound", agencyCode));
		if (!user.isOfficerOf(agency.id()) && !access.readsAsSupervisor(user, agency.id())) {
			audit.recordAlone(AuditAction.APPEAL_LIST, "agency", agency.code(), AuditResult.DENIED, "无权查看");
			throw new AccessDeniedException(
					"Only the review and litigation cases of the own agency or its subordinate agencies may be viewed");
		}
		return appeals.ofAgencies(List.of(agency.id()), pending, kind).stream().map(summaries()).toList();
	}

	/** The appeals on one request, for whoever may see the request. */
	public List<Summary> ofCase(GongkaiUser user, CaseId caseId) {
		cases.visibleTo(user, caseId);
		return appeals.ofCase(caseId).stream().filter(a -> access.mayRead(user, a)).map(summaries()).toList();
	}

	public Detail detail(GongkaiUser user, AppealId id) {
		Appeal a = access.visibleTo(user, id);
		Function<Appeal, Summary> summary = summaries();
		List<Summary> related = new ArrayList<>();
		for (Appeal other : appeals.ofCase(a.caseId())) {
			if (!other.id().equals(a.id())
					&& (a.id().equals(other.predecessorId()) || other.id().equals(a.predecessorId()))) {
				related.add(summary.apply(other));
			}
		}
		List<AppealHistory.Entry> lines = history.of(id);
		if (!user.role().isOfficer()) {
			// the applicant sees what happened to the appeal, not the office's internal
			// steps (reminders,
			// escalation, who answered)
			lines = lines.stream()
				.filter(e -> APPLICANT_SEES.contains(e.action()))
				.map(e -> new AppealHistory.Entry(e.occurredAt(), "行政机关", e.action(), e.detail()))
				.toList();
		}
		return new Detail(summary.apply(a), lines, related);
	}

	private static final Set<String> APPLICANT_SEES = Set.of("REGISTERED", "DECIDED", "WITHDRAWN", "REANSWER_ORDERED",
			"IMPORTED", "LEDGER_CLOSED");

	/**
	 * Shown where a product appeal shows its answer deadline's basis: a ledger appeal has
	 * no deadline.
	 */
	public static final String LEDGER_BASIS = "台账导入，无答复期限";

	/**
	 * Summarises appeals against the mapping and the date as they are now, both read once
	 * for the whole list.
	 */
	private Function<Appeal, Summary> summaries() {
		Map<DecisionType, AppealResult> results = mappings.results();
		LocalDate today = ReplyDeadlines.today(clock);
		return a -> {
			if (a.fromLedger()) {
				return new Summary(a, LEDGER_BASIS, false, a.ledgerResult());
			}
			boolean overdue = a.status() == AppealStatus.AWAITING_ANSWER && today.isAfter(a.answerDueOn());
			AppealResult result = a.decisionType() == null ? null : results.get(a.decisionType());
			return new Summary(a, AppealDeadlines.basis(a.kind(), a.procedure()), overdue, result);
		};
	}

	/**
	 * An appeal as lists show it: its answer deadline with the legal basis, whether it is
	 * overdue, its result (the mapped column of its decision type, or for a ledger appeal
	 * the category the ledger gives).
	 */
	public record Summary(Appeal appeal, String deadlineBasis, boolean answerOverdue, AppealResult result) {
	}

	public record Detail(Summary summary, List<AppealHistory.Entry> history, List<Summary> related) {
	}

}
