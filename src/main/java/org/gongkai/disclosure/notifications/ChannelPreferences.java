package org.gongkai.disclosure.notifications;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.gongkai.disclosure.applicants.Applicant;
import org.gongkai.disclosure.applicants.Applicants;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.Texts;
import org.gongkai.disclosure.shared.ids.ApplicantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The channels an applicant chose (e-mail, SMS; in the system always), and the address a
 * member of staff gave for the daily digest. Addresses of applicants are their own
 * record's ({@link Applicants}), read when a message is sent, never copied.
 */
@Service
public class ChannelPreferences {

	private final JdbcClient jdbc;

	private final Applicants applicants;

	private final Clock clock;

	private final AuditTrail audit;

	ChannelPreferences(JdbcClient jdbc, Applicants applicants, Clock clock, AuditTrail audit) {
		this.jdbc = jdbc;
		this.applicants = applicants;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * What the applicant chose; without a choice, e-mail if they gave an address and no
	 * SMS.
	 */
	public Choice of(UUID applicantId) {
		return chosen(applicantId)
			.orElseGet(() -> new Choice(applicant(applicantId).map(a -> a.email() != null).orElse(false), false));
	}

	private Optional<Choice> chosen(UUID applicantId) {
		return jdbc.sql("select email, sms from notification_preference where applicant_id = ?")
			.param(applicantId)
			.query((rs, n) -> new Choice(rs.getBoolean("email"), rs.getBoolean("sms")))
			.optional();
	}

	/**
	 * The channels a message to the applicant goes out on: in the system, and those
	 * chosen that the applicant has an address for.
	 */
	Set<NotificationChannel> channelsOf(UUID applicantId) {
		Set<NotificationChannel> channels = EnumSet.of(NotificationChannel.IN_SYSTEM);
		Optional<Applicant> applicant = applicant(applicantId);
		// as of(applicantId), with the applicant read once
		Choice choice = chosen(applicantId)
			.orElseGet(() -> new Choice(applicant.map(a -> a.email() != null).orElse(false), false));
		if (choice.email() && applicant.map(a -> a.email() != null).orElse(false)) {
			channels.add(NotificationChannel.EMAIL);
		}
		if (choice.sms() && applicant.isPresent()) {
			channels.add(NotificationChannel.SMS);
		}
		return channels;
	}

	@Transactional
	public void choose(UUID applicantId, boolean email, boolean sms) {
		if (email && applicant(applicantId).map(a -> a.email() == null).orElse(true)) {
			throw new Refusal("refusal.notifications.channel.noEmail");
		}
		jdbc.sql("""
				insert into notification_preference (applicant_id, email, sms, updated_at) values (?, ?, ?, ?)
				on conflict (applicant_id) do update set email = excluded.email, sms = excluded.sms,
				    updated_at = excluded.updated_at""")
			.params(applicantId, email, sms, OffsetDateTime.now(clock))
			.update();
		audit.record(AuditAction.NOTIFICATION_CHANNELS_CHOSEN, "applicant", applicantId, AuditResult.SUCCESS,
				"通知方式：站内" + (email ? "、电子邮件" : "") + (sms ? "、短信" : ""));
	}

	/** The e-mail address a member of staff gave for the digest, if any. */
	public Optional<String> staffEmail(UUID accountId) {
		return jdbc.sql("select email from notification_staff_address where account_id = ?")
			.param(accountId)
			.query(String.class)
			.optional();
	}

	/** Sets (or, with a blank address, removes) where the digest goes by e-mail. */
	@Transactional
	public void setStaffEmail(UUID accountId, String email) {
		String address = Texts.optional(email, "电子邮箱", 200);
		if (address == null) {
			jdbc.sql("delete from notification_staff_address where account_id = ?").param(accountId).update();
			audit.record(AuditAction.NOTIFICATION_ADDRESS_REMOVED, "account", accountId, AuditResult.SUCCESS,
					"待办摘要不再发送电子邮件");
			return;
		}
		if (!address.matches("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{1,20}")) {
			throw new Refusal("refusal.notifications.channel.email");
		}
		jdbc.sql("""
				insert into notification_staff_address (account_id, email, updated_at) values (?, ?, ?)
				on conflict (account_id) do update set email = excluded.email, updated_at = excluded.updated_at""")
			.params(accountId, address, OffsetDateTime.now(clock))
			.update();
		audit.record(AuditAction.NOTIFICATION_ADDRESS_SET, "account", accountId, AuditResult.SUCCESS,
				"待办摘要发送至 " + address);
	}

	private Optional<Applicant> applicant(UUID applicantId) {
		return applicants.byId(new ApplicantId(applicantId));
	}

	/** An applicant's choice of channels besides the system. */
	public record Choice(boolean email, boolean sms) {
	}

}
