package org.gongkai.disclosure.notifications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.disclosure.accounts.Account;
import org.gongkai.disclosure.accounts.Accounts;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.views.CaseViews;
import org.gongkai.disclosure.casework.views.CaseViews.TaskItem;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import static org.gongkai.disclosure.accounts.SignedInAs.as;

/**
 * The daily digest for each member of staff who handles cases: their new tasks (not in an
 * earlier digest), their tasks whose case is due within
 * {@link NotificationSettings#digestDueWithinWorkingDays()} working days, and their
 * overdue cases — one message a day per person, not one per event, and none on a day with
 * nothing to say. The tasks are exactly the person's task list
 * ({@link CaseViews#taskList}), read as that person.
 */
@Component
class StaffDigests {

	private static final Logger log = LoggerFactory.getLogger(StaffDigests.class);

	private final Accounts accounts;

	private final UserDetailsService users;

	private final CaseViews views;

	private final ReplyDeadlines deadlines;

	private final Notifier notifier;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final NotificationSettings settings;

	StaffDigests(Accounts accounts, UserDetailsService users, CaseViews views, ReplyDeadlines deadlines,
			Notifier notifier, JdbcClient jdbc, TransactionTemplate transactions, NotificationSettings settings) {
		this.accounts = accounts;
		this.users = users;
		this.views = views;
		this.deadlines = deadlines;
		this.notifier = notifier;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.settings = settings;
	}

	/**
	 * Writes today's digests, each person's in a transaction of its own (a failure for
	 * one does not keep the others from theirs).
	 * @return how many messages were written
	 */
	int write(LocalDate today) {
		int written = 0;
		for (Account account : accounts.caseHandlers()) {
			try {
				Integer n = transactions.execute(tx -> writeFor(account, today));
				written += n == null ? 0 : n;
			}
			catch (RuntimeException e) {
				log.error("Daily digest for {} not written", account.username(), e);
			}
		}
		return written;
	}

	private int writeFor(Account account, LocalDate today) {
		GongkaiUser user = (GongkaiUser) users.loadUserByUsername(account.username());
		List<TaskItem> tasks = as(user, () -> views.taskList(user));
		Set<String> seen = Set.copyOf(jdbc.sql("select task from notification_task_seen where account_id = ?")
			.param(account.id())
			.query(String.class)
			.list());
		LocalDate soon = deadlines.addWorkingDays(today, settings.digestDueWithinWorkingDays());
		List<TaskItem> fresh = tasks.stream().filter(t -> !seen.contains(key(t))).toList();
		List<TaskItem> dueSoon = tasks.stream()
			.filter(t -> due(t) != null && !due(t).isBefore(today) && !due(t).isAfter(soon))
			.toList();
		List<TaskItem> overdue = tasks.stream().filter(t -> due(t) != null && due(t).isBefore(today)).toList();
		for (TaskItem t : fresh) {
			jdbc.sql("insert into notification_task_seen (account_id, task, seen_on) values (?, ?, ?) "
					+ "on conflict do nothing")
				.params(account.id(), key(t), today)
				.update();
		}
		if (fresh.isEmpty() && dueSoon.isEmpty() && overdue.isEmpty()) {
			return 0;
		}
		List<String> lines = new ArrayList<>();
		lines.add(account.displayName() + "，您好。以下是 " + today + " 的待办摘要：");
		section(lines, "新任务", fresh);
		section(lines, settings.digestDueWithinWorkingDays() + "个工作日内到期", dueSoon);
		section(lines, "已逾期", overdue);
		lines.add("");
		lines.add("待办任务：" + settings.baseUrl() + "/officer/tasks");
		String subject = "【政府信息公开】" + today + " 待办摘要：新任务 " + fresh.size() + " 件，即将到期 " + dueSoon.size() + " 件，已逾期 "
				+ overdue.size() + " 件";
		return notifier.tell(new Notice("digest:" + today, NotificationKind.STAFF_DIGEST, Recipient.staff(account.id()),
				null, subject, String.join("\n", lines)));
	}

	private static void section(List<String> lines, String title, List<TaskItem> tasks) {
		if (tasks.isEmpty()) {
			return;
		}
		lines.add("");
		lines.add(title + "（" + tasks.size() + "）：");
		lines.addAll(tasks.stream()
			.map(t -> "  " + t.summary().theCase().reference() + " " + t.taskName()
					+ (due(t) == null ? "（计时中止）" : "，答复期限 " + due(t)))
			.collect(Collectors.toList()));
	}

	private static LocalDate due(TaskItem task) {
		return task.summary().due().date();
	}

	private static String key(TaskItem task) {
		return task.summary().theCase().reference() + "/" + task.taskKey();
	}

}
