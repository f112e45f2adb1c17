package org.gongkai.disclosure.proactive;

import java.util.List;
import java.util.regex.Pattern;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.reporting.ReportCompiler;
import org.gongkai.disclosure.reporting.ReportTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16: the 主动公开 registry took one item per page reload. The year's section 二 is one
 * grid, saved in one POST and one transaction: every problem beside its cell, nothing
 * typed lost, nothing stored while any cell is wrong; an unchanged cell is not entered
 * again; 「按上一年度预填」 fills the rows' sources and notes and what the format carries (the
 * 2019 format's 上一年项目数量), not the year's own counts.
 */
@GongkaiIntegrationTest
class RegistryGridIT {

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	ProactiveRegistry registry;

	@Autowired
	ReportCompiler reports;

	private Agency agency;

	private GongkaiUser statistician;

	@BeforeEach
	void agency() {
		agency = fixtures.agency();
		statistician = fixtures.officer(agency, Role.STATISTICIAN);
	}

	@Test
	void theYearIsOneGridSavedWholeWithEveryProblemBesideItsCell() throws Exception {
		mvc.perform(get("/officer/reports/registry").param("agency", agency.code())
			.param("year", "2019")
			.param("format", "2019")
			.with(user(statistician)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"value.LICENSING_ITEMS_PREVIOUS_YEAR\"")))
			.andExpect(content().string(containsString("name=\"value.PROCUREMENT_AMOUNT\"")))
			.andExpect(content().string(containsString("name=\"source.20-5-LICENSING\"")));

		// three problems at once: not a number, not a whole number, a row without its
		// source
		String page = mvc
			.perform(grid(2019).param("value.REGULATIONS_ISSUED", "3")
				.param("source.20-1-REGULATIONS", "规章备案系统")
				.param("value.NORMATIVE_ISSUED", "七")
				.param("source.20-1-NORMATIVE", "规范性文件库")
				.param("value.LICENSING_ITEMS_PREVIOUS_YEAR", "10")
				.param("value.LICENSING_ITEMS_CHANGE", "-2")
				.param("value.LICENSING_DECISIONS", "1.5")
				.param("source.20-5-LICENSING", "")
				.param("note.20-5-LICENSING", "含网上办理"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("请更正以下问题（未保存任何数据）")
			.contains("href=\"#value.NORMATIVE_ISSUED\"")
			.contains("href=\"#value.LICENSING_DECISIONS\"")
			.contains("href=\"#source.20-5-LICENSING\"")
			.contains("“七”不是数字")
			.contains("须为整数")
			.contains("数据来源不能为空");
		// beside its cell, and what was typed is still there
		assertThat(page).containsPattern(Pattern.compile(
				"name=\"value.NORMATIVE_ISSUED\" value=\"七\"[^>]*aria-invalid=\"true\"[\\s\\S]{0,300}class=\"field-error\""));
		assertThat(page).contains("name=\"value.LICENSING_DECISIONS\" value=\"1.5\"")
			.contains("name=\"value.REGULATIONS_ISSUED\" value=\"3\"")
			.contains("name=\"note.20-5-LICENSING\" value=\"含网上办理\"");
		assertThat(registry.entries(agency.id(), 2019)).isEmpty();

		mvc.perform(grid(2019).param("value.REGULATIONS_ISSUED", "3")
			.param("source.20-1-REGULATIONS", "规章备案系统")
			.param("value.NORMATIVE_ISSUED", "7")
			.param("source.20-1-NORMATIVE", "规范性文件库")
			.param("value.LICENSING_ITEMS_PREVIOUS_YEAR", "10")
			.param("value.LICENSING_ITEMS_CHANGE", "-2")
			.param("value.LICENSING_DECISIONS", "15")
			.param("source.20-5-LICENSING", "政务服务平台")
			.param("note.20-5-LICENSING", "含网上办理"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", containsString("已保存5项")));
		assertThat(registry.entries(agency.id(), 2019)).hasSize(5)
			.allMatch(e -> e.enteredBy().equals(statistician.displayName()));
		ReportTable licensing = section2(2019, "第二十条第（五）项");
		assertThat(licensing.row("20-5-LICENSING").display()).containsExactly("10", "-2", "15");

		// saved again unchanged but for one cell: one new entry
		mvc.perform(grid(2019).param("value.REGULATIONS_ISSUED", "3")
			.param("source.20-1-REGULATIONS", "规章备案系统")
			.param("value.NORMATIVE_ISSUED", "8")
			.param("source.20-1-NORMATIVE", "规范性文件库")
			.param("value.LICENSING_ITEMS_PREVIOUS_YEAR", "10")
			.param("value.LICENSING_ITEMS_CHANGE", "-2")
			.param("value.LICENSING_DECISIONS", "15")
			.param("source.20-5-LICENSING", "政务服务平台")
			.param("note.20-5-LICENSING", "含网上办理")).andExpect(flash().attribute("message", containsString("已保存1项")));
		assertThat(registry.entries(agency.id(), 2019)).hasSize(6);
		// the grid shows the current figures and the rows' sources
		mvc.perform(
				get("/officer/reports/registry").param("year", "2019").param("format", "2019").with(user(statistician)))
			.andExpect(content().string(containsString("name=\"value.NORMATIVE_ISSUED\" value=\"8\"")))
			.andExpect(content().string(containsString("name=\"source.20-5-LICENSING\" value=\"政务服务平台\"")));
	}

	@Test
	void copyingFromLastYearFillsTheSourcesAndWhatTheFormatCarriesNotTheYearsCounts() throws Exception {
		mvc.perform(grid(2019).param("value.LICENSING_ITEMS_PREVIOUS_YEAR", "10")
			.param("value.LICENSING_ITEMS_CHANGE", "-2")
			.param("value.LICENSING_DECISIONS", "15")
			.param("source.20-5-LICENSING", "政务服务平台")
			.param("note.20-5-LICENSING", "含网上办理")
			.param("value.REGULATIONS_ISSUED", "3")
			.param("value.REGULATIONS_PUBLISHED_TOTAL", "40")
			.param("source.20-1-REGULATIONS", "规章备案系统")).andExpect(status().is3xxRedirection());

		String page = mvc
			.perform(get("/officer/reports/registry").param("year", "2020")
				.param("format", "2019")
				.param("copy", "true")
				.with(user(statistician)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("已按2019年度预填")
			// 上一年项目数量 of 2020 = 2019's 10 plus its 本年增/减 −2
			.contains("name=\"value.LICENSING_ITEMS_PREVIOUS_YEAR\" value=\"8\"")
			.contains("name=\"source.20-5-LICENSING\" value=\"政务服务平台\"")
			.contains("name=\"note.20-5-LICENSING\" value=\"含网上办理\"")
			.contains("name=\"source.20-1-REGULATIONS\" value=\"规章备案系统\"")
			// the year's own counts are left to type, last year's beside them
			.contains("name=\"value.LICENSING_DECISIONS\" value=\"\"")
			.contains("name=\"value.REGULATIONS_PUBLISHED_TOTAL\" value=\"\"")
			.contains("上年：15")
			.contains("上年：40");
		assertThat(registry.entries(agency.id(), 2020)).as("copying stores nothing").isEmpty();
	}

	@Test
	void onlyTheAgencysStatisticianOrHeadUsesTheGrid() throws Exception {
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		mvc.perform(get("/officer/reports/registry").param("year", "2019").with(user(officer)))
			.andExpect(status().isForbidden());
		Agency other = fixtures.agency();
		mvc.perform(get("/officer/reports/registry").param("agency", other.code())
			.param("year", "2019")
			.with(user(statistician))).andExpect(status().isForbidden());
		mvc.perform(post("/officer/reports/registry").param("agency", other.code())
			.param("year", "2019")
			.param("format", "2019")
			.param("value.REGULATIONS_ISSUED", "1")
			.param("source.20-1-REGULATIONS", "x")
			.with(user(statistician))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(registry.entries(other.id(), 2019)).isEmpty();
		GongkaiUser head = fixtures.officer(agency, Role.HEAD_OF_OFFICE);
		mvc.perform(get("/officer/reports/registry").param("year", "2019").with(user(head))).andExpect(status().isOk());
	}

	private MockHttpServletRequestBuilder grid(int year) {
		return post("/officer/reports/registry").param("agency", agency.code())
			.param("year", Integer.toString(year))
			.param("format", "2019")
			.with(user(statistician))
			.with(csrf());
	}

	private ReportTable section2(int year, String title) {
		List<ReportTable> sections = fixtures
			.as(statistician,
					() -> reports.compile(statistician, agency.code(), year, ReportCompiler.FORMAT_2019, "agency"))
			.sections();
		return sections.stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow();
	}

}
