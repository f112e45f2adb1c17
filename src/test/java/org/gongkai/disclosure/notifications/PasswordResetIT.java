package org.gongkai.disclosure.notifications;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.PasswordResets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 忘记密码 (issue 15 item 4): an applicant gets a one-time code at their own e-mail address
 * through the outbox and sets a new password with it; the pages never tell whether a
 * username exists; wrong codes spend the code.
 */
@GongkaiIntegrationTest
@Import(NotificationFixtures.class)
class PasswordResetIT {

	private static final Pattern CODE = Pattern.compile("验证码为 (\\d{6})");

	@Autowired
	NotificationFixtures notified;

	@Autowired
	OutboxWorker worker;

	@Autowired
	MailProperties mail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private TestMailServer smtp;

	private GongkaiUser applicant;

	@BeforeEach
	void setUp() {
		smtp = new TestMailServer(mail).start();
		applicant = notified.applicant();
	}

	@AfterEach
	void tearDown() {
		smtp.stop();
	}

	@Test
	void theCodeFromTheApplicantsOwnMailboxSetsANewPassword() throws Exception {
		String code = requestCode();
		mvc.perform(post("/password/reset").param("username", applicant.getUsername())
			.param("code", code)
			.param("password", "Neues-Passwort-2026")
			.param("passwordAgain", "Neues-Passwort-2026")
			.with(csrf())).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/login").param("username", applicant.getUsername())
			.param("password", "Neues-Passwort-2026")
			.with(csrf())).andExpect(redirectedUrl("/"));
		// used once
		mvc.perform(post("/password/reset").param("username", applicant.getUsername())
			.param("code", code)
			.param("password", "Noch-ein-Passwort-2026")
			.param("passwordAgain", "Noch-ein-Passwort-2026")
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(PasswordResets.REFUSED)));
	}

	@Test
	void anUnknownUsernameGetsTheSameAnswerAndNoMessage() throws Exception {
		mvc.perform(post("/password/forgot").param("username", "no-such-user-" + System.nanoTime()).with(csrf()))
			.andExpect(flash().attribute("message", PasswordResets.NEUTRAL_ANSWER));
		while (worker.runOnce() > 0) {
			// drain
		}
		assertThat(smtp.to(NotificationFixtures.email(applicant))).isEmpty();
	}

	@Test
	void fiveWrongCodesSpendTheCode() throws Exception {
		String code = requestCode();
		String wrong = code.equals("000000") ? "111111" : "000000";
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/password/reset").param("username", applicant.getUsername())
				.param("code", wrong)
				.param("password", "Neues-Passwort-2026")
				.param("passwordAgain", "Neues-Passwort-2026")
				.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(PasswordResets.REFUSED)));
		}
		mvc.perform(post("/password/reset").param("username", applicant.getUsername())
			.param("code", code)
			.param("password", "Neues-Passwort-2026")
			.param("passwordAgain", "Neues-Passwort-2026")
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(PasswordResets.REFUSED)));
		// the old password still works
		mvc.perform(post("/login").param("username", applicant.getUsername())
			.param("password", Fixtures.PASSWORD)
			.with(csrf())).andExpect(redirectedUrl("/"));
	}

	@Test
	void onlyAHashOfTheCodeIsKept() throws Exception {
		String code = requestCode();
		List<String> stored = jdbc.sql("""
				select c.code_hash from account_reset_code c join account_user a on a.id = c.account_id
				where a.username = ?""").param(applicant.getUsername()).query(String.class).list();
		assertThat(stored).singleElement().satisfies(hash -> assertThat(hash).doesNotContain(code));
	}

	private String requestCode() throws Exception {
		MvcResult asked = mvc.perform(post("/password/forgot").param("username", applicant.getUsername()).with(csrf()))
			.andExpect(flash().attribute("message", PasswordResets.NEUTRAL_ANSWER))
			.andReturn();
		assertThat(asked.getResponse().getRedirectedUrl()).startsWith("/password/reset?username=");
		while (worker.runOnce() > 0) {
			// drain
		}
		List<MimeMessage> received = smtp.to(NotificationFixtures.email(applicant));
		assertThat(received).hasSize(1);
		assertThat(received.get(0).getSubject()).contains("重设密码验证码");
		Matcher code = CODE.matcher(received.get(0).getContent().toString());
		assertThat(code.find()).as("the message carries the code").isTrue();
		return code.group(1);
	}

}
