package org.gongkai.disclosure.casework.web;

import org.gongkai.disclosure.casework.Urgency;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * How close a deadline is, in the page's words ({@code ${@urgencyWords.of(row.reply)}}):
 * 「剩余5个工作日」, 「今日到期」, 「已逾期2个工作日」 from the officer's bundle ({@code tasks.urgency.*}),
 * never colour alone.
 */
@Component("urgencyWords")
public class UrgencyWords {

	private final MessageSourceAccessor messages;

	UrgencyWords(MessageSourceAccessor messages) {
		this.messages = messages;
	}

	public String of(Urgency urgency) {
		if (urgency == null) {
			return "";
		}
		int left = urgency.workingDaysLeft();
		if (urgency.overdue()) {
			return message("tasks.urgency.overdue", -left);
		}
		return left == 0 ? message("tasks.urgency.today") : message("tasks.urgency.left", left);
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args);
	}

}
