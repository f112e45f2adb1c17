package org.gongkai.disclosure.casework.web;

import java.time.LocalDate;
import java.util.UUID;

import org.gongkai.disclosure.casework.Urgency;
import org.gongkai.disclosure.casework.views.OfficeTaskList;

/**
 * A deadline of the task list in the JSON API: its kind, last day and working days left
 * (negative when overdue), what it is about, and the page to act on it. On work routed to
 * the officer's department, {@code routedBy} names the agency that routed it, and the
 * applicant's type and the handler are null.
 */
record TaskJson(OfficeTaskList.Kind kind, UUID caseId, UUID appealId, String reference, String task, String taskKey,
		LocalDate dueOn, Integer workingDaysLeft, boolean overdue, LocalDate correctionNoticeDueOn,
		Integer correctionNoticeWorkingDaysLeft, String department, String routedBy, Boolean lead, String party,
		String appealKind, String applicantCategory, LocalDate receivedOn, String informationSought, String handler,
		String path) {

	static TaskJson of(OfficeTaskList.Row row) {
		Urgency due = row.urgency();
		Urgency notice = row.correctionNotice();
		return new TaskJson(row.kind(), row.caseId(), row.appealId() == null ? null : row.appealId().value(),
				row.reference(), row.taskName(), row.taskKey(), due == null ? null : due.dueOn(),
				due == null ? null : due.workingDaysLeft(), due != null && due.overdue(),
				notice == null ? null : notice.dueOn(), notice == null ? null : notice.workingDaysLeft(),
				row.department(), row.routingAgency(), row.lead(), row.party(), row.appealKind(),
				row.applicantCategory() == null ? null : row.applicantCategory().label(), row.receivedOn(),
				row.informationSought(), row.handler(), row.path());
	}

}
