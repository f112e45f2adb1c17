package org.gongkai.disclosure.administration;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.accounts.AccountAdministration;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator's organisation page (issue 15 item 2): the tree and the accounts, a
 * new account with its one-time password, deactivation, a refused import listing its
 * lines; nobody else reaches it.
 */
@GongkaiIntegrationTest
class OrganisationPagesIT {

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	MockMvc mvc;

	@Test
	void theAdministratorManagesAccountsOnThePage() throws Exception {
		Agency agency = fixtures.agency();
		GongkaiUser admin = fixtures.officer(agency, Role.ADMINISTRATOR);
		mvc.perform(get("/admin/organisation").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(agency.name())))
			.andExpect(content().string(containsString(admin.getUsername())));

		String username = "new-officer-" + System.nanoTime();
		mvc.perform(post("/admin/organisation/accounts").param("username", username)
			.param("displayName", "新承办人")
			.param("role", "CASE_OFFICER")
			.param("agencyCode", agency.code())
			.with(user(admin))
			.with(csrf()))
			.andExpect(redirectedUrl("/admin/organisation"))
			.andExpect(flash().attribute("message", startsWith("账号 " + username + " 的一次性临时密码：")));
		assertThat(accounts.summary(username)).hasValueSatisfying(a -> {
			assertThat(a.role()).isEqualTo(Role.CASE_OFFICER);
			assertThat(a.mustChangePassword()).isTrue();
		});

		mvc.perform(post("/admin/organisation/accounts/{u}/deactivation", username).with(user(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/organisation"));
		assertThat(accounts.summary(username)).hasValueSatisfying(a -> assertThat(a.enabled()).isFalse());

		// a refusal keeps what was typed and says why
		mvc.perform(post("/admin/organisation/accounts").param("username", username)
			.param("displayName", "重名")
			.param("role", "CASE_OFFICER")
			.param("agencyCode", agency.code())
			.with(user(admin))
			.with(csrf()))
			.andExpect(flash().attributeExists("error"))
			.andExpect(flash().attribute("displayName", "重名"));
	}

	@Test
	void aRefusedImportListsEveryBadLine() throws Exception {
		GongkaiUser admin = fixtures.officer(fixtures.agency(), Role.ADMINISTRATOR);
		MockMultipartFile accountsFile = new MockMultipartFile("accounts", "accounts.csv", "text/csv",
				"用户名,姓名,角色,机关代码\nx1,甲,NO_SUCH_ROLE,NOWHERE\n".getBytes());
		mvc.perform(multipart("/admin/organisation/import").file(accountsFile).with(user(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/organisation"))
			.andExpect(flash().attributeExists("error"))
			.andExpect(flash().attributeExists("importProblems"));
	}

	@Test
	void onlyAdministratorsReachIt() throws Exception {
		GongkaiUser officer = fixtures.officer(fixtures.agency(), Role.HEAD_OF_OFFICE);
		mvc.perform(get("/admin/organisation").with(user(officer))).andExpect(status().isForbidden());
	}

}
