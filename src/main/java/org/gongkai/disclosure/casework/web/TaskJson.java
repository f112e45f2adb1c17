package org.gongkai.disclosure.casework.web;

import java.time.LocalDate;
import java.util.UUID;

import org.gongkai.disclosure.casework.views.CaseViews.TaskItem;

record TaskJson(UUID caseId, String reference, String task, String taskKey, String applicantCategory,
		LocalDate receivedOn, LocalDate dueOn, String informationSought) {

	static TaskJson of(TaskItem item) {
		var c = item.summary().theCase();
		return new TaskJson(c.id().value(), c.reference(), item.taskName(), item.taskKey(),
				c.applicantCategory().label(), c.receivedOn(), item.summary().due().date(), c.informationSought());
	}
}
