package org.gongkai.disclosure.notifications;

import java.time.LocalDate;

import org.gongkai.disclosure.casework.CaseStatus;
import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.notifications.ApplicantWindows.Window;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds an applicant, {@link NotificationSettings#windowReminderWorkingDays()} working
 * days (on the working-day calendar of the deadlines module) before a window of theirs
 * closes, that they have to act. Run daily; a window is reminded of once, whenever the
 * job runs in those days, because the reminder's event is the window and its last day.
 */
@Component
class WindowReminders {

	private final ApplicantWindows windows;

	private final Cases cases;

	private final ReplyDeadlines deadlines;

	private final Notifier notifier;

	private final NotificationSettings settings;

	WindowReminders(ApplicantWindows windows, Cases cases, ReplyDeadlines deadlines, Notifier notifier,
			NotificationSettings settings) {
		this.windows = windows;
		this.cases = cases;
		this.deadlines = deadlines;
		this.notifier = notifier;
		this.settings = settings;
	}

	/**
	 * @return how many messages were written
	 */
	@Transactional
	int remind(LocalDate today) {
		int written = 0;
		for (Window window : windows.openEndingFrom(today)) {
			int left = deadlines.workingDaysBetween(today, window.dueOn());
			if (left > settings.windowReminderWorkingDays()) {
				// soonest first: every later window is further away
				break;
			}
			DisclosureCase c = cases.byId(new CaseId(window.caseId())).orElseThrow();
			if (!waitsForApplicant(c)) {
				continue;
			}
			String body = "您的申请（编号 " + c.reference() + "）的" + window.kind().label() + "期限将于 " + window.dueOn() + " 届满"
					+ (left == 0 ? "（今天是最后一天）" : "（还有 " + left + " 个工作日）") + "。请及时登录系统" + window.kind().toDo()
					+ "；无正当理由逾期的，依照《条例》的规定处理。";
			written += notifier
				.tell(new Notice("window:" + window.caseId() + ":" + window.kind() + ":" + window.dueOn(),
						NotificationKind.WINDOW_CLOSING, Recipient.applicant(window.applicantId()), window.caseId(),
						"【政府信息公开】" + c.reference() + " " + window.kind().label() + "期限即将届满",
						body + "\n\n查看申请：" + settings.baseUrl() + "/my/requests/" + window.caseId()));
		}
		return written;
	}

	private static boolean waitsForApplicant(DisclosureCase c) {
		return c.status() == CaseStatus.AWAITING_CORRECTION || c.status() == CaseStatus.AWAITING_PAYMENT
				|| c.status() == CaseStatus.AWAITING_EXPLANATION;
	}

}
