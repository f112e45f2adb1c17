package org.gongkai.disclosure.notifications;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.autoconfigure.mail.MailProperties;

/**
 * A real SMTP server in the test's JVM (GreenMail) on the port the application's mail
 * sender is configured with ({@code spring.mail.port}, random per test run), receiving
 * the real messages.
 */
final class TestMailServer {

	private final int port;

	private GreenMail server;

	TestMailServer(MailProperties mail) {
		this.port = mail.getPort();
	}

	TestMailServer start() {
		server = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return this;
	}

	void stop() {
		if (server != null) {
			server.stop();
			server = null;
		}
	}

	/** Every message received for {@code address}. */
	List<MimeMessage> to(String address) {
		return Arrays.stream(server.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
	}

	static String key(MimeMessage message) {
		try {
			return message.getHeader(Deliveries.KEY_HEADER, null);
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static boolean addressedTo(MimeMessage message, String address) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
				.anyMatch(a -> a.toString().equalsIgnoreCase(address));
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

}
