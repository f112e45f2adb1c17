package org.gongkai.disclosure.appeals;

import java.time.LocalDate;
import java.util.Map;

import org.gongkai.disclosure.appeals.handling.AppealDeadlines;
import org.gongkai.disclosure.appeals.history.AppealHistory;
import org.gongkai.disclosure.appeals.process.AppealWorkflow;
import org.gongkai.disclosure.deadlines.CalendarChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When an administrator changes the working-day calendar, every appeal still waiting for
 * the office's answer gets its answer deadline counted again on the new calendar (复议:
 * working days, 行政复议法 art 48, 54, 88; 诉讼: 15 days ending on a working day, 行政诉讼法 art 67);
 * a deadline that moves is written to the appeal's history with the notice as the reason,
 * and its reminder and overdue timers follow. In the calendar change's transaction.
 */
@Component
class AppealRedating {

	private final Appeals appeals;

	private final AppealDeadlines deadlines;

	private final AppealHistory history;

	private final AppealWorkflow workflow;

	AppealRedating(Appeals appeals, AppealDeadlines deadlines, AppealHistory history, AppealWorkflow workflow) {
		this.appeals = appeals;
		this.deadlines = deadlines;
		this.history = history;
		this.workflow = workflow;
	}

	@EventListener
	void on(CalendarChanged change) {
		for (Appeal appeal : appeals.awaitingAnswer()) {
			LocalDate due = deadlines.answerDue(appeal.kind(), appeal.procedure(), appeal.copyReceivedOn());
			if (due.equals(appeal.answerDueOn())) {
				continue;
			}
			appeals.redate(appeal.id(), due);
			history.append(appeal.id(), null, AppealHistory.SYSTEM, "REDATED",
					Map.of("year", Integer.toString(change.year()), "source", change.source(), "answerDueBefore",
							appeal.answerDueOn().toString(), "answerDueOn", due.toString(), "basis",
							AppealDeadlines.basis(appeal.kind(), appeal.procedure())));
			workflow.recalculateTimers(appeal.reference());
		}
	}

}
