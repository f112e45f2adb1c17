package org.gongkai.disclosure;

import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16 item 5: a service's refusal ({@code shared.Refusal}) reaches the reader in the
 * reader's language — on a page in the language chosen with the switch, in the API's
 * problem details in the one {@code Accept-Language} asks for — and in Chinese, word for
 * word as before, by default.
 */
@GongkaiIntegrationTest
class RefusalsInTheReadersLanguageWebIT {

	private static final Cookie ENGLISH = new Cookie("gongkai-lang", "en");

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Test
	void aPagesRefusalIsChineseByDefaultAndEnglishWhenChosen() throws Exception {
		GongkaiUser admin = fixtures.officer(fixtures.agency(), Role.ADMINISTRATOR);

		Map<String, Object> chinese = mvc.perform(loadYear(1999, admin))
			.andExpect(flash().attribute("error", "年度须在2008年至2100年之间"))
			.andReturn()
			.getFlashMap();
		mvc.perform(get("/admin/calendar").with(user(admin)).flashAttrs(chinese))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("年度须在2008年至2100年之间")));

		Map<String, Object> english = mvc.perform(loadYear(1999, admin).cookie(ENGLISH))
			.andExpect(flash().attribute("error", "The year must be between 2008 and 2100"))
			.andReturn()
			.getFlashMap();
		mvc.perform(get("/admin/calendar").with(user(admin)).cookie(ENGLISH).flashAttrs(english))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The year must be between 2008 and 2100")))
			.andExpect(content().string(not(containsString("年度须在2008年至2100年之间"))));
	}

	@Test
	void aCasePageFormsRefusalIsInTheLanguageOfWhoeverActed() throws Exception {
		Agency agency = fixtures.agency();
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		DisclosureCase filed = fixtures.submit(fixtures.applicant(ApplicantCategory.NATURAL_PERSON), agency,
				"2024年本县河道采砂许可的发放情况");
		String extension = "/officer/cases/" + filed.id() + "/extension";

		// the refused form comes back to the case page, its problem beside the field
		Map<String, Object> chinese = mvc
			.perform(
					post(extension).with(user(officer)).with(csrf()).param("workingDays", "30").param("reason", "需要检索"))
			.andReturn()
			.getFlashMap();
		mvc.perform(get("/officer/cases/" + filed.id()).with(user(officer)).flashAttrs(chinese))
			.andExpect(content().string(containsString("延长答复期限须为1至20个工作日")));
		Map<String, Object> english = mvc
			.perform(post(extension).with(user(officer))
				.with(csrf())
				.cookie(ENGLISH)
				.param("workingDays", "30")
				.param("reason", "需要检索"))
			.andReturn()
			.getFlashMap();
		mvc.perform(get("/officer/cases/" + filed.id()).with(user(officer)).cookie(ENGLISH).flashAttrs(english))
			.andExpect(content().string(containsString("The reply period may be extended by 1 to 20 working days")))
			.andExpect(content().string(not(containsString("延长答复期限须为1至20个工作日"))));
	}

	@Test
	void anApiProblemsDetailIsChineseByDefaultAndInTheLanguageTheClientAsksFor() throws Exception {
		GongkaiUser admin = fixtures.officer(fixtures.agency(), Role.ADMINISTRATOR);
		String nobody = "nobody-" + System.nanoTime();

		mvc.perform(deactivate(nobody, admin))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("账号不存在：" + nobody));
		mvc.perform(deactivate(nobody, admin).header("Accept-Language", "en-US,en;q=0.9"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The account does not exist: " + nobody));
		mvc.perform(deactivate(nobody, admin).header("Accept-Language", "fr-FR"))
			.andExpect(jsonPath("$.detail").value("账号不存在：" + nobody));
		// the language chosen on the pages wins over the browser's
		mvc.perform(
				deactivate(nobody, admin).header("Accept-Language", "en").cookie(new Cookie("gongkai-lang", "zh-CN")))
			.andExpect(jsonPath("$.detail").value("账号不存在：" + nobody));
	}

	private static MockHttpServletRequestBuilder loadYear(int year, GongkaiUser admin) {
		return post("/admin/calendar").with(user(admin))
			.with(csrf())
			.param("year", Integer.toString(year))
			.param("source", "国务院办公厅通知")
			.param("days", "1999-01-01,holiday,元旦");
	}

	private static MockHttpServletRequestBuilder deactivate(String username, GongkaiUser admin) {
		return post("/api/admin/accounts/{username}/deactivation", username).with(user(admin)).with(csrf());
	}

}
