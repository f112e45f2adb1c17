package org.gongkai.disclosure.notifications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gongkai.disclosure.accounts.Account;
import org.gongkai.disclosure.accounts.Accounts;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.Urgency;
import org.gongkai.disclosure.casework.views.OfficeTaskList;
import org.gongkai.disclosure.casework.views.OfficeTaskList.Row;
import org.gongkai.disclosure.shared.Paging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import static org.gongkai.disclosure.accounts.SignedInAs.as;

/**
 * The daily digest for each member of staff who handles cases: the deadlines of their
 * task list that are new (not in an earlier digest), due within
 * {@link NotificationSettings#digestDueWithinWorkingDays()} working days, or overdue —
 * one message a day per person, not one per event, and none on a day with nothing to say.
 * The deadlines are exactly the first page of the person's task list
 * ({@link OfficeTaskList}, read as that person, most urgent first): request replies and
 * their 补正 notice limits, consultations, routed work and appeal answers, each counted in
 * working days as the page counts them. Worded in Chinese when written, as every
 * notification is (docs/languages.md).
 */
@Component
class StaffDigests {

	private static final Logger log = LoggerFactory.getLogger(StaffDigests.class);

	private static final Locale WORDING = Locale.SIMPLIFIED_CHINESE;

	private final Accounts accounts;

	private final UserDetailsService users;

	private final OfficeTaskList taskList;

	private final MessageSource messages;

	private final Notifier notifier;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final NotificationSettings settings;

	StaffDigests(Accounts accounts, UserDetailsService users, OfficeTaskList taskList, MessageSource messages,
			Notifier notifier, JdbcClient jdbc, TransactionTemplate transactions, NotificationSettings settings) {
		this.accounts = accounts;
		this.users = users;
		this.taskList = taskList;
		this.messages = messages;
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
		OfficeTaskList.Page page = as(user,
				() -> taskList.page(user, OfficeTaskList.Filter.NONE, new Paging(0, Paging.MAX_SIZE)));
		Set<String> seen = Set.copyOf(jdbc.sql("select task from notification_task_seen where account_id = ?")
			.param(account.id())
			.query(String.class)
			.list());
		int soon = settings.digestDueWithinWorkingDays();
		List<Row> fresh = page.rows().stream().filter(r -> !seen.contains(key(r))).toList();
		List<Row> dueSoon = page.rows().stream().filter(r -> !overdue(r) && dueWithin(r, soon)).toList();
		List<Row> overdue = page.rows().stream().filter(StaffDigests::overdue).toList();
		for (Row r : fresh) {
			jdbc.sql("insert into notification_task_seen (account_id, task, seen_on) values (?, ?, ?) "
					+ "on conflict do nothing")
				.params(account.id(), key(r), today)
				.update();
		}
		if (fresh.isEmpty() && dueSoon.isEmpty() && overdue.isEmpty()) {
			return 0;
		}
		List<String> lines = new ArrayList<>();
		lines.add(account.displayName() + "，您好。以下是 " + today + " 的待办摘要：");
		section(lines, "新任务", fresh);
		section(lines, soon + "个工作日内到期", dueSoon);
		section(lines, "已逾期", overdue);
		lines.add("");
		if (!page.lastPage()) {
			lines
				.add("以上为最紧迫的 " + page.rows().size() + " 项，全部待办共" + (page.more() ? "超过 " : " ") + page.total() + " 项。");
		}
		lines.add("待办任务：" + settings.baseUrl() + "/officer/tasks");
		String subject = "【政府信息公开】" + today + " 待办摘要：新任务 " + fresh.size() + " 件，即将到期 " + dueSoon.size() + " 件，已逾期 "
				+ overdue.size() + " 件";
		return notifier.tell(new Notice("digest:" + today, NotificationKind.STAFF_DIGEST, Recipient.staff(account.id()),
				null, subject, String.join("\n", lines)));
	}

	private void section(List<String> lines, String title, List<Row> rows) {
		if (rows.isEmpty()) {
			return;
		}
		lines.add("");
		lines.add(title + "（" + rows.size() + "）：");
		rows.forEach(r -> lines.add("  " + r.reference() + " " + what(r) + deadline(r)));
	}

	/** The row's work, in the task list's own words. */
	private String what(Row r) {
		return switch (r.kind()) {
			case REPLY, CORRECTION_NOTICE -> r.taskName();
			case CONSULTATION -> word("tasks.row.consultation", r.party());
			case ROUTED -> r.routedToUs() ? word("tasks.row.routedToUs", r.routingAgency(), word(lead(r)))
					: word("tasks.row.routed", r.department(), word(lead(r)));
			case APPEAL_ANSWER -> word("tasks.row.appeal." + r.appealKind());
		};
	}

	private static String lead(Row r) {
		return Boolean.TRUE.equals(r.lead()) ? "routed.lead" : "routed.assisting";
	}

	private String deadline(Row r) {
		String last = r.urgency() == null ? "（"
				+ word(r.kind() == OfficeTaskList.Kind.CONSULTATION ? "tasks.notServed" : "officer.clockStopped") + "）"
				: (r.kind() == OfficeTaskList.Kind.REPLY ? "，答复期限 " : "，期限 ") + r.urgency().dueOn();
		return r.correctionNotice() == null ? last : last + "，补正告知须于 " + r.correctionNotice().dueOn() + " 前发出";
	}

	private String word(String key, Object... args) {
		return messages.getMessage(key, args, WORDING);
	}

	/** Overdue by the task list's measure, its own deadline or its 补正 notice limit. */
	private static boolean overdue(Row r) {
		return (r.urgency() != null && r.urgency().overdue())
				|| (r.correctionNotice() != null && r.correctionNotice().overdue());
	}

	private static boolean dueWithin(Row r, int workingDays) {
		return within(r.urgency(), workingDays) || within(r.correctionNotice(), workingDays);
	}

	private static boolean within(Urgency urgency, int workingDays) {
		return urgency != null && !urgency.overdue() && urgency.workingDaysLeft() <= workingDays;
	}

	/**
	 * What makes a deadline the same from one day to the next: a request's task by its
	 * key (as digests before the task list had all kinds wrote it), the other kinds by
	 * what tells a case's rows apart.
	 */
	private static String key(Row r) {
		return switch (r.kind()) {
			case REPLY, CORRECTION_NOTICE -> r.reference() + "/" + r.taskKey();
			case CONSULTATION -> r.reference() + "/CONSULTATION/" + r.party();
			case ROUTED -> r.reference() + "/ROUTED/" + r.department() + (r.routedToUs() ? "/ours" : "");
			case APPEAL_ANSWER -> r.reference() + "/APPEAL/" + r.appealId();
		};
	}

}
