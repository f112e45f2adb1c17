package org.gongkai.disclosure.notifications;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

import org.gongkai.disclosure.accounts.PasswordResetCodeIssued;
import org.gongkai.disclosure.applicants.Applicant;
import org.gongkai.disclosure.applicants.Applicants;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.shared.ids.ApplicantId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends a password-reset code to the applicant's own e-mail address, or by SMS to the
 * phone on record when there is none. Not in the system (the applicant cannot sign in)
 * and whatever channels the applicant chose for case notices: the code is the way back
 * in. Written to the outbox in the transaction that stores the code's hash.
 */
@Component
class PasswordResetNotifications {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final Applicants applicants;

	private final Outbox outbox;

	private final Clock clock;

	PasswordResetNotifications(Applicants applicants, Outbox outbox, Clock clock) {
		this.applicants = applicants;
		this.outbox = outbox;
		this.clock = clock;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(PasswordResetCodeIssued issued) {
		Applicant applicant = applicants.byId(new ApplicantId(issued.applicantId())).orElse(null);
		if (applicant == null) {
			return;
		}
		NotificationChannel channel = applicant.email() != null && !applicant.email().isBlank()
				? NotificationChannel.EMAIL : NotificationChannel.SMS;
		String until = TIME.format(issued.expiresAt().atZone(ReplyDeadlines.ZONE));
		outbox.write(
				new Notice("password-reset:" + issued.codeId(), NotificationKind.PASSWORD_RESET,
						Recipient.applicant(issued.applicantId()), null, "重设密码验证码",
						"您的重设密码验证码为 " + issued.code() + "，" + until + " 前有效。如非本人操作，请忽略本消息，您的密码不会改变。"),
				channel, clock.instant());
	}

}
