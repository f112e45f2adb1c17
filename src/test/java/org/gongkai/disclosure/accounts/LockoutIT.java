package org.gongkai.disclosure.accounts;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.audit.AuditEvent;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

@GongkaiIntegrationTest
class LockoutIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fiveFailuresWithinFifteenMinutesLockTheLoginEvenForTheRightPassword() throws Exception {
		GongkaiUser officer = fixtures.officer(fixtures.agency(), Role.CASE_OFFICER);
		String username = officer.getUsername();
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin("/login").user(username).password("wrong-" + i)).andExpect(unauthenticated());
		}
		mvc.perform(formLogin("/login").user(username).password(Fixtures.PASSWORD)).andExpect(authenticated());
		// a success resets the count: four more failures do not lock
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin("/login").user(username).password("wrong-" + i)).andExpect(unauthenticated());
		}
		mvc.perform(formLogin("/login").user(username).password("wrong-5")).andExpect(unauthenticated());
		MvcResult locked = mvc.perform(formLogin("/login").user(username).password(Fixtures.PASSWORD))
			.andExpect(unauthenticated())
			.andReturn();
		mvc.perform(get("/login").param("error", "").session((MockHttpSession) locked.getRequest().getSession()))
			.andExpect(content().string(Matchers.containsString("账号已锁定15分钟")));

		assertThat(audit.recent(20, "account", username)).extracting(AuditEvent::detail).contains("连续登录失败5次，账号锁定15分钟");
		assertThat(audit.recent(20, "account", username)).extracting(AuditEvent::result).contains(AuditResult.FAILED);

		// fifteen minutes later the lock has expired
		jdbc.sql("update account_user set locked_until = now() - interval '1 second' where username = ?")
			.param(username)
			.update();
		mvc.perform(formLogin("/login").user(username).password(Fixtures.PASSWORD)).andExpect(authenticated());
	}

	@Test
	void unknownAndMalformedUsernamesFailQuietly() throws Exception {
		mvc.perform(formLogin("/login").user("no-such-user").password("whatever-it-is")).andExpect(unauthenticated());
		mvc.perform(formLogin("/login").user("x\u0000'; drop table account_user; --").password("p"))
			.andExpect(unauthenticated());
	}

	@Test
	void passwordsAreHashedWithArgon2id() {
		GongkaiUser officer = fixtures.officer(fixtures.agency(), Role.REGISTRAR);
		assertThat(officer.getPassword()).startsWith("{argon2}$argon2id$");
	}

}
