package org.gongkai.disclosure.notifications;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.gongkai.disclosure.applicants.Applicant;
import org.gongkai.disclosure.applicants.Applicants;
import org.gongkai.disclosure.shared.ids.ApplicantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one claimed message on its channel, to the address the recipient has now: an
 * applicant's own record, a member of staff's digest address. E-mail goes through
 * Spring's {@link JavaMailSender} when SMTP is configured ({@code spring.mail.host}),
 * otherwise to the log; SMS through the {@link SmsGateway}.
 */
@Component
class Deliveries {

	/** The header that carries the outbox's idempotency key in every e-mail. */
	static final String KEY_HEADER = "X-Gongkai-Message-Key";

	private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

	private final ObjectProvider<JavaMailSender> mail;

	private final SmsGateway sms;

	private final Applicants applicants;

	private final ChannelPreferences preferences;

	private final NotificationSettings settings;

	Deliveries(ObjectProvider<JavaMailSender> mail, SmsGateway sms, Applicants applicants,
			ChannelPreferences preferences, NotificationSettings settings) {
		this.mail = mail;
		this.sms = sms;
		this.applicants = applicants;
		this.preferences = preferences;
		this.settings = settings;
	}

	/**
	 * Sends {@code message}; returns normally only if it went out.
	 * @throws UndeliverableException when there is no address to send to (retrying will
	 * not help)
	 */
	void send(OutboxMessage message) {
		switch (message.channel()) {
			case EMAIL -> email(emailOf(message.recipient()), message);
			case SMS -> sms.send(phoneOf(message.recipient()), message.subject() + "\n" + message.body(),
					message.idempotencyKey());
			case IN_SYSTEM -> throw new IllegalStateException("in-system messages are delivered when written");
		}
	}

	private void email(String to, OutboxMessage message) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			log.info("E-mail (SMTP not configured) to {} [{}]: {}\n{}", mask(to), message.idempotencyKey(),
					message.subject(), message.body());
			return;
		}
		try {
			MimeMessage mime = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
			helper.setFrom(settings.mailFrom());
			helper.setTo(to);
			helper.setSubject(message.subject());
			helper.setText(message.body());
			mime.setHeader(KEY_HEADER, message.idempotencyKey());
			sender.send(mime);
		}
		catch (MessagingException e) {
			throw new UndeliverableException("The email cannot be composed: " + e.getMessage());
		}
	}

	private String emailOf(Recipient recipient) {
		String address = switch (recipient.kind()) {
			case APPLICANT -> applicant(recipient).email();
			case STAFF -> preferences.staffEmail(recipient.id()).orElse(null);
		};
		if (address == null) {
			throw new UndeliverableException("The recipient has no email address");
		}
		return address;
	}

	private String phoneOf(Recipient recipient) {
		if (recipient.kind() != Recipient.Kind.APPLICANT) {
			throw new UndeliverableException("Officers do not receive notifications by text message");
		}
		return applicant(recipient).phone();
	}

	private Applicant applicant(Recipient recipient) {
		return applicants.byId(new ApplicantId(recipient.id()))
			.orElseThrow(() -> new UndeliverableException("The applicant does not exist"));
	}

	private static String mask(String email) {
		int at = email.indexOf('@');
		return at <= 1 ? "***" + email.substring(Math.max(at, 0)) : email.charAt(0) + "***" + email.substring(at);
	}

	/** No address, or a message that cannot be built: retrying will not help. */
	static class UndeliverableException extends RuntimeException {

		UndeliverableException(String message) {
			super(message);
		}

	}

}
