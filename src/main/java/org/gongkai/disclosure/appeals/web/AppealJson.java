package org.gongkai.disclosure.appeals.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gongkai.disclosure.appeals.Appeal;
import org.gongkai.disclosure.appeals.history.AppealHistory;
import org.gongkai.disclosure.appeals.views.AppealViews;

/**
 * An appeal as the API returns it, with its labels, its answer deadline and basis, and
 * its section 四 result.
 */
record AppealJson(UUID id, String reference, UUID caseId, String caseReference, String kind, String kindLabel,
		String route, String instance, UUID predecessorId, String body, boolean reviewBodyCoDefendant,
		LocalDate filedOn, LocalDate copyReceivedOn, String procedure, LocalDate answerDueOn, String answerDueBasis,
		boolean answerOverdue, LocalDate answeredOn, String decisionType, String decisionLabel, LocalDate decidedOn,
		LocalDate decisionReceivedOn, String result, String status, String statusLabel, String origin,
		List<HistoryJson> history, List<UUID> related) {

	static AppealJson of(AppealViews.Summary s) {
		return of(s, null, null);
	}

	static AppealJson of(AppealViews.Detail d) {
		return of(d.summary(), d.history().stream().map(HistoryJson::of).toList(),
				d.related().stream().map(r -> r.appeal().id().value()).toList());
	}

	private static AppealJson of(AppealViews.Summary s, List<HistoryJson> history, List<UUID> related) {
		Appeal a = s.appeal();
		return new AppealJson(a.id().value(), a.reference(), a.caseId().value(), a.caseReference(), a.kind().name(),
				a.kindLabel(), a.route() == null ? null : a.route().name(),
				a.instance() == null ? null : a.instance().name(),
				a.predecessorId() == null ? null : a.predecessorId().value(), a.body(), a.reviewBodyCoDefendant(),
				a.filedOn(), a.copyReceivedOn(), a.procedure() == null ? null : a.procedure().name(), a.answerDueOn(),
				s.deadlineBasis(), s.answerOverdue(), a.answeredOn(),
				a.decisionType() == null ? null : a.decisionType().name(),
				a.decisionType() == null ? null : a.decisionType().label(), a.decidedOn(), a.decisionReceivedOn(),
				s.result() == null ? (a.status().isPending() ? "尚未审结" : null) : s.result().label(), a.status().name(),
				a.status().label(), a.fromLedger() ? "LEDGER" : "SYSTEM", history, related);
	}

	record HistoryJson(String occurredAt, String actor, String action, Map<String, String> detail) {
		static HistoryJson of(AppealHistory.Entry e) {
			return new HistoryJson(e.occurredAtText(), e.actorName(), e.action(), e.detail());
		}
	}
}
