package org.gongkai.disclosure;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages in words (issue 16): the audit page without codes or UUIDs, the citizens' home
 * page without the API documentation, the statistician starting on the report page.
 */
@GongkaiIntegrationTest
class ReadablePagesWebIT {

	private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Test
	void theAuditPageNamesActionsObjectsAndResultsInWords() throws Exception {
		Agency agency = fixtures.agency();
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		fixtures.submit(applicant, agency, "本县2024年农村公路养护资金使用情况");
		GongkaiUser admin = fixtures.officer(agency, Role.ADMINISTRATOR);

		String page = mvc.perform(get("/admin/audit").with(user(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String shown = page.replaceAll("(?s)<[^>]*>", " ");
		assertThat(shown).contains("在线提交申请", "成功").doesNotContain("CASE_SUBMITTED", "SUCCESS");
		assertThat(UUID.matcher(shown).find()).as("a UUID in the text of the audit page").isFalse();
	}

	@Test
	void theCitizensHomePageShowsGuidanceAndNoInternalLinks() throws Exception {
		String page = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("可以申请什么", "提交之后").doesNotContain("swagger", "接口文档");
	}

	@Test
	void theAppealResultMappingNamesItsUntouchedRowsInWordsNotByTheSpecificationsMark() throws Exception {
		GongkaiUser admin = fixtures.officer(fixtures.agency(), Role.ADMINISTRATOR);
		String shown = mvc.perform(get("/admin/appeal-results").with(user(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("(?s)<[^>]*>", " ");
		assertThat(shown).contains("初始口径（未修改）").doesNotContain("§", "规格说明");
	}

	@Test
	void aDateInAYearWithoutTheHolidayNoticeIsToldAsInformationNotAsAnError() throws Exception {
		// received in late December 2026: the 20 working days run into 2027, whose notice
		// is
		// not out yet (data/cn-workdays.csv ends with 2026)
		clock.setDate(LocalDate.of(2026, 12, 21));
		try {
			GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
			DisclosureCase c = fixtures.submit(applicant, fixtures.agency(), "某文件");
			Document page = Jsoup.parse(mvc.perform(get("/my/requests/{id}", c.id().value()).with(user(applicant)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(page.select("p.notice").eachText()).as("the provisional-year warning, in information style")
				.anySatisfy(text -> assertThat(text).contains("尚无国务院办公厅节假日安排通知"));
			assertThat(page.select(".error, [role=alert]").eachText()).noneMatch(text -> text.contains("节假日"));
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void theStatisticianStartsOnTheReportPage() throws Exception {
		GongkaiUser statistician = fixtures.officer(fixtures.agency(), Role.STATISTICIAN);
		mvc.perform(get("/").with(user(statistician))).andExpect(redirectedUrl("/officer/reports"));
	}

}
