package org.gongkai.disclosure.appeals.web;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.appeals.Appeal;
import org.gongkai.disclosure.appeals.AppealStatus;
import org.gongkai.disclosure.appeals.handling.AppealDeadlines;
import org.gongkai.disclosure.appeals.views.AppealViews;
import org.gongkai.disclosure.casework.OfficeDeadlines;
import org.gongkai.disclosure.casework.Urgency;
import org.gongkai.disclosure.deadlines.Calendars;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;

import org.springframework.stereotype.Component;

/**
 * The answers and defences the office owes in pending appeals (复议 10 or 5 working days,
 * 诉讼 15 days from receiving the copy), on the task list of those who file them: missing
 * one means the act is taken to have no evidence (《行政复议法》第七十条, 《行政诉讼法》第三十四条).
 */
@Component
class AppealAnswerDeadlines implements OfficeDeadlines {

	private final AppealViews views;

	private final Calendars calendars;

	private final Clock clock;

	AppealAnswerDeadlines(AppealViews views, Calendars calendars, Clock clock) {
		this.views = views;
		this.calendars = calendars;
		this.clock = clock;
	}

	@Override
	public String title() {
		return "行政复议答复、行政诉讼答辩期限";
	}

	@Override
	public List<Deadline> openFor(GongkaiUser officer) {
		if (officer.role() != Role.CASE_OFFICER && officer.role() != Role.HEAD_OF_OFFICE) {
			return List.of();
		}
		var today = ReplyDeadlines.today(clock);
		var calendar = calendars.current();
		return views.ofAgency(officer, null, true, null)
			.stream()
			.map(AppealViews.Summary::appeal)
			.filter(a -> a.status() == AppealStatus.AWAITING_ANSWER && a.answerDueOn() != null)
			.sorted(Comparator.comparing(Appeal::answerDueOn))
			.map(a -> new Deadline(a.reference(), "/officer/appeals/" + a.id(),
					a.kindLabel() + "：提交" + a.answerLabel() + "及证据", Urgency.of(a.answerDueOn(), today, calendar),
					AppealDeadlines.basis(a.kind(), a.procedure())))
			.toList();
	}

}
