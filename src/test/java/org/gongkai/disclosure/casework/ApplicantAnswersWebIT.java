package org.gongkai.disclosure.casework;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.stops.CaseCorrections;
import org.gongkai.disclosure.casework.stops.CaseExplanations;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16 item 1: the applicant's own 补正 and 说明 forms keep what was typed when it is
 * refused, with the problem beside the text and listed at the top, as the request's steps
 * do; a case that takes no such answer any more says so at the top.
 */
@GongkaiIntegrationTest
class ApplicantAnswersWebIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	CaseCorrections corrections;

	@Autowired
	CaseExplanations explanations;

	@Autowired
	Cases cases;

	private GongkaiUser applicant;

	private GongkaiUser officer;

	private Agency agency;

	private DisclosureCase filed;

	@BeforeEach
	void setUp() {
		agency = fixtures.agency();
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		clock.setDate(LocalDate.of(2024, 10, 8));
		filed = fixtures.submit(applicant, agency, "本县2024年预算执行情况");
	}

	@Test
	void aRefusedCorrectionKeepsWhatWasTypedWithTheProblemBesideItAndAtTheTop() throws Exception {
		fixtures.as(officer, () -> corrections.request(officer, filed.id(), List.of("请写明文件名称"), 10));
		String typed = "《2024年预算执行情况的报告》".repeat(300);

		Document page = refused(answer("correction", typed));

		assertThat(page.select("textarea#answer").text()).isEqualTo(typed);
		assertThat(page.select("textarea#answer").hasClass("invalid")).isTrue();
		assertThat(page.select("textarea#answer").attr("aria-describedby")).isEqualTo("answer-error");
		String problem = page.select("form[action$=/correction] #answer-error").text();
		assertThat(problem).contains("4000");
		assertThat(page.select(".error-summary a[href=#answer]").text()).isEqualTo(problem);
		assertThat(cases.byId(filed.id()).orElseThrow().status()).isEqualTo(CaseStatus.AWAITING_CORRECTION);

		Document empty = refused(answer("correction", "   "));
		assertThat(empty.select("form[action$=/correction] #answer-error").text()).isNotBlank();
		assertThat(empty.select(".error-summary a[href=#answer]")).hasSize(1);

		mvc.perform(answer("correction", "《2024年预算执行情况的报告》")).andExpect(redirectedUrl("/my/requests/" + filed.id()));
		assertThat(cases.byId(filed.id()).orElseThrow().status()).isNotEqualTo(CaseStatus.AWAITING_CORRECTION);
	}

	@Test
	void aRefusedExplanationKeepsWhatWasTypedWithTheProblemBesideItAndAtTheTop() throws Exception {
		filed = fixtures.accepted(applicant, agency, officer, "本县2024年各乡镇预算执行情况");
		fixtures.as(officer, () -> explanations.request(officer, filed.id(), "请说明申请的用途", 10));
		String typed = "用于学术研究，".repeat(600);

		Document page = refused(answer("explanation", typed));

		assertThat(page.select("form[action$=/explanation] textarea#answer").text()).isEqualTo(typed);
		String problem = page.select("form[action$=/explanation] #answer-error").text();
		assertThat(problem).contains("4000");
		assertThat(page.select(".error-summary a[href=#answer]").text()).isEqualTo(problem);
		assertThat(cases.byId(filed.id()).orElseThrow().status()).isEqualTo(CaseStatus.AWAITING_EXPLANATION);
	}

	@Test
	void anAnswerTheCaseDoesNotWaitForIsToldAtTheTopOfItsPage() throws Exception {
		Document page = refused(answer("correction", "文件名称为《2024年预算执行情况的报告》"));

		assertThat(page.select(".error-summary li").text()).isNotBlank();
		assertThat(page.select(".error-summary a")).as("not a field's problem").isEmpty();
		assertThat(page.select("h1").text()).contains(filed.reference());
	}

	private MockHttpServletRequestBuilder answer(String form, String text) {
		return post("/my/requests/" + filed.id() + "/" + form).with(csrf()).with(user(applicant)).param("answer", text);
	}

	private Document refused(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup
			.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}
