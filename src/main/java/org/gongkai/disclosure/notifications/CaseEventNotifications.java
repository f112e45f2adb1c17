package org.gongkai.disclosure.notifications;

import java.util.Map;
import java.util.Optional;

import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.appeals.Appeal;
import org.gongkai.disclosure.appeals.Appeals;
import org.gongkai.disclosure.appeals.history.AppealHistoryWritten;
import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.history.LedgerLineWritten;
import org.gongkai.disclosure.deadlines.DueDate;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.shared.PerTransaction;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the applicant what the case ledger and the appeal history record for them. Runs
 * just before the event's transaction commits, in it: the outbox rows are committed with
 * the event or not at all, and they see the case as the transaction leaves it.
 */
@Component
class CaseEventNotifications {

	/**
	 * The key of the cases a transaction's lines were told of ({@link PerTransaction}).
	 */
	private static final Object CASES = new Object();

	private final Cases cases;

	private final Agencies agencies;

	private final Appeals appeals;

	private final ReplyDeadlines deadlines;

	private final ApplicantWindows windows;

	private final Notifier notifier;

	private final NotificationSettings settings;

	CaseEventNotifications(Cases cases, Agencies agencies, Appeals appeals, ReplyDeadlines deadlines,
			ApplicantWindows windows, Notifier notifier, NotificationSettings settings) {
		this.cases = cases;
		this.agencies = agencies;
		this.appeals = appeals;
		this.deadlines = deadlines;
		this.windows = windows;
		this.notifier = notifier;
		this.settings = settings;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(LedgerLineWritten line) {
		NotificationKind kind = kindOf(line);
		if (kind == null && !ApplicantWindows.follows(line.action())) {
			// nothing to tell and no window to follow: the case is not read
			return;
		}
		DisclosureCase c = theCase(line.caseId()).orElse(null);
		if (c == null || c.applicantId() == null) {
			// a case imported from a ledger has no applicant to tell
			return;
		}
		windows.follow(line, c.applicantId());
		if (kind == null) {
			return;
		}
		Map<String, String> d = line.detail();
		String body = switch (kind) {
			case RECEIPT -> "您向" + agencyName(c) + "提出的政府信息公开申请（编号 " + c.reference() + "）已于 "
					+ d.getOrDefault("receivedOn", c.receivedOn().toString())
					+ " 收到。依照《中华人民共和国政府信息公开条例》第三十三条，本机关自收到申请之日起20个工作日内予以答复" + dueText(c) + "。";
			case CORRECTION_REQUESTED -> agencyName(c) + "审查您的申请（编号 " + c.reference() + "）后，一次性告知需要补正的事项（《条例》第三十条）。"
					+ until(d) + "登录系统查看补正告知书并提交补正。答复期限自收到补正之日起计算；无正当理由逾期不补正的，视为放弃申请。";
			case FEE_NOTICE -> "您的申请（编号 " + c.reference() + "）需缴纳信息处理费 " + d.get("amountYuan")
					+ " 元（《条例》第四十二条；国办函〔2020〕109号）。" + until(d) + "缴纳；收费通知至缴费期间答复期限中止计算，无正当理由逾期未缴纳的，视为放弃申请。";
			case EXTENSION -> "经政府信息公开工作机构负责人同意，您的申请（编号 " + c.reference() + "）的答复期限予以延长，延长的期限最长不超过20个工作日（《条例》第三十三条第二款）"
					+ dueText(c) + "。";
			case EXPLANATION_REQUESTED -> agencyName(c) + "请您说明申请理由（《条例》第三十五条）：" + until(d) + "登录系统提交说明；说明期间答复期限"
					+ ("false".equals(d.get("clockStops")) ? "照常计算。" : "中止计算。");
			case REPLY_ISSUED -> agencyName(c) + "已对您的申请（编号 " + c.reference() + "）作出答复"
					+ (c.outcome() == null ? "" : "：" + c.outcome().displayLabel()) + "。请登录系统查看、下载答复书（《条例》第三十六条）。";
			// the closing text says where the request goes (docs/statute.md#pipl-route)
			case PIPL_REFERRED -> c.replyText();
			default -> throw new IllegalStateException(kind.name());
		};
		notifier.tell(new Notice("case-ledger:" + line.ledgerId(), kind, Recipient.applicant(c.applicantId()),
				c.id().value(), subject(kind, c), body + "\n\n" + link(c)));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(AppealHistoryWritten line) {
		if (!"DECIDED".equals(line.action())) {
			return;
		}
		Appeal appeal = appeals.byId(line.appealId()).orElseThrow();
		DisclosureCase c = theCase(appeal.caseId()).orElse(null);
		if (c == null || c.applicantId() == null) {
			return;
		}
		String body = "就您的政府信息公开申请（编号 " + c.reference() + "）提起的" + appeal.kind().label() + "（" + appeal.reference()
				+ "）已有结果：" + line.detail().get("label") + "（" + line.detail().get("decidedOn") + "）。";
		// one decision per appeal: the appeal and the action name the event
		notifier.tell(new Notice("appeal:" + appeal.id() + ":DECIDED", NotificationKind.APPEAL_DECIDED,
				Recipient.applicant(c.applicantId()), c.id().value(),
				"【政府信息公开】" + c.reference() + " " + appeal.kind().label() + "结果", body + "\n\n" + link(c)));
	}

	/**
	 * The case as the transaction leaves it, read once for all the lines it wrote: this
	 * runs just before the commit, when the act has written everything (a filing writes
	 * three lines, a reply issued three).
	 */
	private Optional<DisclosureCase> theCase(CaseId id) {
		return PerTransaction.once(CASES, id, cases::byId);
	}

	private static NotificationKind kindOf(LedgerLineWritten line) {
		return switch (line.action()) {
			case RECEIVED -> NotificationKind.RECEIPT;
			case CORRECTION_REQUESTED -> NotificationKind.CORRECTION_REQUESTED;
			case FEE_NOTIFIED -> NotificationKind.FEE_NOTICE;
			case EXTENSION_NOTIFIED -> NotificationKind.EXTENSION;
			case EXPLANATION_REQUESTED -> NotificationKind.EXPLANATION_REQUESTED;
			case REPLY_ISSUED -> NotificationKind.REPLY_ISSUED;
			case PIPL_REFERRED -> NotificationKind.PIPL_REFERRED;
			default -> null;
		};
	}

	static String subject(NotificationKind kind, DisclosureCase c) {
		return "【政府信息公开】" + c.reference() + " " + kind.label();
	}

	private String agencyName(DisclosureCase c) {
		return agencies.byId(c.agencyId()).map(Agency::name).orElse("本机关");
	}

	private String dueText(DisclosureCase c) {
		try {
			DueDate due = deadlines.dueDate(c.id().value());
			return due.date() == null ? "" : "，答复期限至 " + due.date();
		}
		catch (IllegalStateException clockNotStarted) {
			// a case whose clock starts later in the same transaction: the message goes
			// out without the date rather than failing the filing
			return "";
		}
	}

	private String link(DisclosureCase c) {
		return "查看办理进度：" + settings.baseUrl() + "/my/requests/" + c.id().value();
	}

	/**
	 * The applicant's last day as the notice states it: a date once known; until the 告知书
	 * is received, the period from its receipt (docs/clocks.md, "Windows from receipt").
	 */
	private static String until(Map<String, String> detail) {
		if (detail.get("dueOn") != null) {
			return "请于 " + detail.get("dueOn") + " 前";
		}
		String days = detail.get("workingDays");
		return days == null ? "请在告知书所定期限内（自收到告知书之日起计算）" : "请自收到告知书之日起" + days + "个工作日内";
	}

}
