package org.gongkai.disclosure.casework;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Withdrawal (issue 16): confirmed on a page of its own, then read as 「已撤回」 by the
 * applicant and the office, never as 「已办结 / 其他处理」.
 */
@GongkaiIntegrationTest
class WithdrawalWebIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void theApplicantConfirmsAndBothSidesReadWithdrawn() throws Exception {
		Agency agency = fixtures.agency();
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		DisclosureCase filed = fixtures.submit(applicant, agency, "本县2024年道路维修经费");
		String page = "/my/requests/" + filed.id();

		String casePage = mvc.perform(get(page).with(user(applicant))).andReturn().getResponse().getContentAsString();
		assertThat(casePage).contains("href=\"" + page + "/withdrawal\"").doesNotContain("确认撤回");
		String confirm = mvc.perform(get(page + "/withdrawal").with(user(applicant)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(confirm).contains("确定撤回申请 " + filed.reference(), "确认撤回", "返回，不撤回");

		mvc.perform(post(page + "/withdrawal").with(csrf()).with(user(applicant)).param("reason", "已从其他渠道获得"))
			.andExpect(redirectedUrl(page));

		String applicantSees = mvc.perform(get(page).with(user(applicant)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(applicantSees).contains("已撤回").doesNotContain("已办结").doesNotContain("其他处理");
		String list = mvc.perform(get("/my/requests").with(user(applicant)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("已撤回").doesNotContain("已办结");
		String officerSees = mvc.perform(get("/officer/cases/" + filed.id()).with(user(officer)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(officerSees).contains("<strong>已撤回</strong>").doesNotContain("其他处理 — 其他");

		mvc.perform(get(page + "/withdrawal").with(user(applicant))).andExpect(redirectedUrl(page));
	}

}
