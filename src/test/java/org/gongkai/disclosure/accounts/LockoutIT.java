package org.gongkai.disclosure.accounts;

import java.util.concurrent.ThreadLocalRandom;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.audit.AuditEvent;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Lock-out and rate limits (issue 13 item 4): failures lock one source address out of one
 * account, never the owner elsewhere; the answer never says whether a username exists;
 * HTTP Basic costs a password check only where the API takes it, and a source address
 * gets a bounded number of password checks per minute.
 */
@GongkaiIntegrationTest
class LockoutIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuditTrail audit;

	@Test
	void fiveFailuresStopThatAddressOnlyAndTheOwnerStillGetsIn() throws Exception {
		GongkaiUser officer = fixtures.officer(fixtures.agency(), Role.CASE_OFFICER);
		String username = officer.getUsername();
		String attacker = address();
		for (int i = 0; i < 4; i++) {
			mvc.perform(login(username, "wrong-" + i, attacker)).andExpect(unauthenticated());
		}
		mvc.perform(login(username, Fixtures.PASSWORD, attacker)).andExpect(authenticated());
		// a success resets the count: four more failures do not lock, the fifth does
		for (int i = 0; i < 5; i++) {
			mvc.perform(login(username, "wrong-" + i, attacker)).andExpect(unauthenticated());
		}
		mvc.perform(login(username, Fixtures.PASSWORD, attacker)).andExpect(unauthenticated());
		// issue 13: five requests every fifteen minutes kept the owner out for good; now
		// the owner, from their own address, signs in
		mvc.perform(login(username, Fixtures.PASSWORD, address())).andExpect(authenticated());
		mvc.perform(get("/api/tasks").with(httpBasic(username, Fixtures.PASSWORD)).with(from(address())))
			.andExpect(status().isOk());
		mvc.perform(get("/api/tasks").with(httpBasic(username, Fixtures.PASSWORD)).with(from(attacker)))
			.andExpect(status().isUnauthorized());

		assertThat(audit.recent(30, "account", username)).extracting(AuditEvent::detail)
			.anyMatch(d -> d.startsWith("连续登录失败5次，该来源地址暂停登录此账号"));
		assertThat(audit.recent(30, "account", username)).extracting(AuditEvent::result).contains(AuditResult.FAILED);
	}

	@Test
	void unknownLockedAndWrongReadAlike() throws Exception {
		GongkaiUser officer = fixtures.officer(fixtures.agency(), Role.REGISTRAR);
		String here = address();
		for (int i = 0; i < 5; i++) {
			mvc.perform(login(officer.getUsername(), "wrong", here));
		}
		String locked = loginPageAfter(officer.getUsername(), Fixtures.PASSWORD, here);
		String wrong = loginPageAfter(officer.getUsername(), "wrong-password", address());
		String unknown = loginPageAfter("no-such-user-" + here, "whatever-it-is", address());
		assertThat(locked).isEqualTo(wrong).isEqualTo(unknown).contains("用户名或密码错误");
	}

	@Test
	void unknownAndMalformedUsernamesFailQuietly() throws Exception {
		mvc.perform(login("no-such-user", "whatever-it-is", address())).andExpect(unauthenticated());
		mvc.perform(login("x\u0000'; drop table account_user; --", "p", address())).andExpect(unauthenticated());
	}

	@Test
	void basicIsReadOnlyWhereTheApiTakesIt() throws Exception {
		String name = "basic-probe-" + ThreadLocalRandom.current().nextInt(1_000_000);
		// a page and the public calendar API ignore the header: no password check, no
		// audit line
		mvc.perform(get("/").with(httpBasic(name, "wrong-password")).with(from(address()))).andExpect(status().isOk());
		mvc.perform(get("/api/calendar/add-working-days").param("date", "2024-09-29")
			.param("days", "1")
			.with(httpBasic(name, "wrong-password"))
			.with(from(address()))).andExpect(status().isOk());
		assertThat(audit.recent(10, "account", name)).isEmpty();
		// where the API takes it, it is checked (and a failure recorded)
		mvc.perform(get("/api/tasks").with(httpBasic(name, "wrong-password")).with(from(address())))
			.andExpect(status().isUnauthorized());
		assertThat(audit.recent(10, "account", name)).hasSize(1);
	}

	@Test
	void oneAddressGetsABoundedNumberOfPasswordChecksPerMinute(@Autowired LoginLimits limits) throws Exception {
		String flood = address();
		String name = "flood-" + ThreadLocalRandom.current().nextInt(1_000_000) + "-";
		// the bucket refills evenly (one check every 60 / attemptsPerMinute seconds), so
		// a
		// slow machine gets a few more than the limit before the first 429
		int checked = 0;
		String refused = null;
		for (int i = 0; i < 2 * limits.attemptsPerMinute() && refused == null; i++) {
			int status = mvc.perform(get("/api/tasks").with(httpBasic(name + i, "wrong-password")).with(from(flood)))
				.andReturn()
				.getResponse()
				.getStatus();
			if (status == 429) {
				refused = name + i;
			}
			else {
				assertThat(status).isEqualTo(401);
				checked++;
			}
		}
		assertThat(refused).as("a 429 within twice the limit").isNotNull();
		assertThat(checked).isGreaterThanOrEqualTo(limits.attemptsPerMinute());
		mvc.perform(get("/api/tasks").with(httpBasic(refused, "wrong-password")).with(from(flood)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		mvc.perform(login(refused, "wrong-password", flood)).andExpect(status().isTooManyRequests());
		// no audit line for what was refused before any check
		assertThat(audit.recent(10, "account", refused)).isEmpty();
		// another address is unaffected
		mvc.perform(get("/api/tasks").with(httpBasic(refused, "wrong-password")).with(from(address())))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void passwordsAreHashedWithArgon2id() {
		GongkaiUser officer = fixtures.officer(fixtures.agency(), Role.REGISTRAR);
		assertThat(officer.getPassword()).startsWith("{argon2}$argon2id$");
	}

	private String loginPageAfter(String username, String password, String address) throws Exception {
		MvcResult failed = mvc.perform(login(username, password, address)).andExpect(unauthenticated()).andReturn();
		assertThat(failed.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		return mvc.perform(get("/login").param("error", "").session((MockHttpSession) failed.getRequest().getSession()))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

	private static MockHttpServletRequestBuilder login(String username, String password, String address) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String address() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

}
