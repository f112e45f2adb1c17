package org.gongkai.disclosure.casework;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.routing.CaseRoutings;
import org.gongkai.disclosure.decisions.Outcome;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The head of office's dashboard (issue 16): its figures from the records (received per
 * month, results, open and overdue by step and department, working days to answer), the
 * page with a table for every chart and the charts' library served locally, and who may
 * see it.
 */
@GongkaiIntegrationTest
class DashboardWebIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	ObjectMapper json;

	@Autowired
	CaseRoutings routings;

	Agency agency;

	Agency department;

	GongkaiUser head;

	/**
	 * Three requests received on Monday 2 September 2024 (answers due 30 September): one
	 * answered on 10 September (6 working days), one routed to a department (its part due
	 * 13 September), one still at screening; a fourth received on 8 October, the day the
	 * dashboard is read, after the National Day holiday.
	 */
	@BeforeEach
	void anOfficesSeptember() {
		agency = fixtures.agency();
		department = fixtures.department(agency);
		head = fixtures.officer(agency, Role.HEAD_OF_OFFICE);
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		DisclosureCase answered = fixtures.submitOn(LocalDate.of(2024, 9, 2), applicant, agency);
		DisclosureCase routed = fixtures.submitOn(LocalDate.of(2024, 9, 2), applicant, agency);
		fixtures.submitOn(LocalDate.of(2024, 9, 2), applicant, agency);
		clock.setDate(LocalDate.of(2024, 9, 3));
		fixtures.accept(officer, routed.id());
		fixtures.as(officer, () -> routings.route(officer, routed.id(), department.code(), List.of(),
				LocalDate.of(2024, 9, 13), "请提供2024年本部门的项目清单"));
		fixtures.runDueJobs();
		fixtures.answerOn(LocalDate.of(2024, 9, 10), officer, answered.id(), Outcome.DISCLOSED);
		fixtures.submitOn(LocalDate.of(2024, 10, 8), applicant, agency);
	}

	@Test
	void theFiguresComeFromTheRecords() throws Exception {
		mvc.perform(get("/api/dashboard").param("year", "2024").with(user(head)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2024))
			.andExpect(jsonPath("$.today").value("2024-10-08"))
			// January to October of the current year, beside the year before
			.andExpect(jsonPath("$.intake", hasSize(10)))
			.andExpect(jsonPath("$.intake[8].month").value(9))
			.andExpect(jsonPath("$.intake[8].thisYear").value(3))
			.andExpect(jsonPath("$.intake[8].lastYear").value(0))
			.andExpect(jsonPath("$.intake[9].thisYear").value(1))
			.andExpect(jsonPath("$.outcomes", hasSize(1)))
			.andExpect(jsonPath("$.outcomes[0].label").value("予以公开"))
			.andExpect(jsonPath("$.outcomes[0].count").value(1))
			// both September requests still open are past 30 September; the new one is
			// not
			.andExpect(jsonPath("$.byStep[?(@.label == '审查申请（是否需要补正）')].open").value(2))
			.andExpect(jsonPath("$.byStep[?(@.label == '审查申请（是否需要补正）')].overdue").value(1))
			.andExpect(jsonPath("$.byStep[?(@.label == '部门提供信息和意见')].open").value(1))
			.andExpect(jsonPath("$.byStep[?(@.label == '部门提供信息和意见')].overdue").value(1))
			.andExpect(jsonPath("$.byDepartment", hasSize(1)))
			.andExpect(jsonPath("$.byDepartment[0].label").value(department.name()))
			.andExpect(jsonPath("$.byDepartment[0].open").value(1))
			.andExpect(jsonPath("$.byDepartment[0].overdue").value(1))
			// 3, 4, 5, 6, 9, 10 September: six working days
			.andExpect(jsonPath("$.answerTimes.closed").value(1))
			.andExpect(jsonPath("$.answerTimes.withinStatutoryDays").value(1))
			.andExpect(jsonPath("$.answerTimes.median").value(6))
			.andExpect(jsonPath("$.answerTimes.buckets[?(@.label == '6–10')].count").value(1));
	}

	@Test
	void nothingIsOverdueOnTheWeekendAfterTheLastDay() throws Exception {
		// the answers were due Monday 30 September; 1–7 October is the National Day
		// holiday, so the cases become overdue on 8 October, not before
		clock.setDate(LocalDate.of(2024, 10, 7));
		mvc.perform(get("/api/dashboard").with(user(head)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.byStep[?(@.label == '审查申请（是否需要补正）')].overdue").value(0));
		clock.setDate(LocalDate.of(2024, 10, 8));
		mvc.perform(get("/api/dashboard").with(user(head)))
			.andExpect(jsonPath("$.byStep[?(@.label == '审查申请（是否需要补正）')].overdue").value(1));
	}

	/**
	 * The charts are drawn from figures the page carries, computed once with it: the same
	 * JSON as the API's, in a data element no department's name can close.
	 */
	@Test
	void thePageCarriesTheAPIsFiguresForItsCharts() throws Exception {
		String api = mvc.perform(get("/api/dashboard").param("year", "2024").with(user(head)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String page = mvc.perform(get("/officer/dashboard").param("year", "2024").with(user(head)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Element data = Jsoup.parse(page).getElementById("dashboard-figures");
		assertThat(data).isNotNull();
		assertThat(data.attr("type")).isEqualTo("application/json");
		assertThat(json.readTree(data.data())).isEqualTo(json.readTree(api));
		assertThat(page).doesNotContain("data-source=");
	}

	@Test
	void thePageHasATableForEveryChartAndItsOwnChartLibrary() throws Exception {
		String page = mvc.perform(get("/officer/dashboard").with(user(head)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("本机关在办申请 </span><strong>3 件</strong>", "其中已超过答复期限 2 件")
			.contains("id=\"chart-intake\"", "id=\"chart-outcomes\"", "id=\"chart-steps\"", "id=\"chart-departments\"",
					"id=\"chart-days\"")
			.contains("<th scope=\"row\">9月</th><td>3</td><td>0</td>", "<th scope=\"row\">予以公开</th><td>1</td>",
					"<th scope=\"row\">" + department.name() + "</th><td>1</td><td>1</td>",
					"<th scope=\"row\">6–10</th><td>1</td>")
			.contains("href=\"/officer/dashboard\" aria-current=\"page\"", "/webjars/echarts/5.3.1/dist/echarts.min.js")
			.doesNotContain("src=\"http", "src=\"//");
		mvc.perform(get("/webjars/echarts/5.3.1/dist/echarts.min.js"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Apache")));
	}

	@Test
	void aYearOutsideTheRecordsIsRefusedBesideTheYearChoice() throws Exception {
		mvc.perform(get("/api/dashboard").param("year", "2001").with(user(head)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("年份应在2008年至2024年之间"));
		String page = mvc.perform(get("/officer/dashboard").param("year", "2031").with(user(head)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"year-error\">年份应在2008年至2024年之间</p>", "aria-describedby=\"year-error\"");
	}

	@Test
	void theHeadStartsThereAndNobodyElseSeesIt() throws Exception {
		mvc.perform(get("/").with(user(head))).andExpect(redirectedUrl("/officer/dashboard"));
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		mvc.perform(get("/api/dashboard").with(user(officer))).andExpect(status().isForbidden());
		mvc.perform(get("/officer/dashboard").with(user(officer))).andExpect(status().isForbidden());
	}

}
