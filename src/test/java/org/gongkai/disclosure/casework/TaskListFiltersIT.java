package org.gongkai.disclosure.casework;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.routing.CaseRoutings;
import org.gongkai.disclosure.casework.stops.CaseConsultations;
import org.gongkai.disclosure.casework.stops.ClockStop;
import org.gongkai.disclosure.casework.stops.ClockStops;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The task list holds every deadline the office owns (issue 16): a third party's
 * consultation window and the work routed to a department are rows with their own last
 * day, working days left and overdue colour, beside the requests' tasks; the list is
 * filtered by kind, state, department and handler and searched by reference, applicant
 * and information sought, on the page and in the API, and a bad filter value is told, not
 * a 500.
 * <p>
 * November 2024 has no holiday: Monday the 4th is a working day, the 8th a Friday.
 */
@GongkaiIntegrationTest
class TaskListFiltersIT {

	private static final Cookie ENGLISH = new Cookie("gongkai-lang", "en");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	CaseRoutings routings;

	@Autowired
	CaseConsultations consultations;

	@Autowired
	ClockStops stops;

	private Agency agency;

	private Agency department;

	private GongkaiUser officer;

	private GongkaiUser applicant;

	@BeforeEach
	void setUp() {
		clock.setDate(LocalDate.of(2024, 11, 4));
		agency = fixtures.agency();
		department = fixtures.department(agency);
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aConsultationWindowIsARowWithWorkingDaysLeftAndOverdueOncePast() throws Exception {
		DisclosureCase c = consulted("施工合同的合同价款");
		// the letter reached the party on Tuesday 5 November: 15 working days, to the
		// 26th
		stops.served(c.id(), ClockStop.Kind.CONSULTATION, LocalDate.of(2024, 11, 5));
		clock.setDate(LocalDate.of(2024, 11, 5));

		Document page = tasks(get("/officer/tasks"));
		assertThat(row(page, c.reference())).contains("2024-11-26", "剩余15个工作日", "征求意见", "征求第三方意见：某建设公司");
		assertThat(page.select("tr:contains(" + c.reference() + ")").attr("class")).isEmpty();
		mvc.perform(get("/api/tasks").param("kind", "CONSULTATION").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].kind").value("CONSULTATION"))
			.andExpect(jsonPath("$[0].dueOn").value("2024-11-26"))
			.andExpect(jsonPath("$[0].workingDaysLeft").value(15))
			.andExpect(jsonPath("$[0].party").value("某建设公司"))
			.andExpect(jsonPath("$[0].path").value("/officer/cases/" + c.id()));

		clock.setDate(LocalDate.of(2024, 11, 27));
		page = tasks(get("/officer/tasks"));
		assertThat(row(page, c.reference())).contains("已逾期1个工作日");
		assertThat(page.select("tr:contains(" + c.reference() + ")").attr("class")).isEqualTo("urgency-overdue");
	}

	@Test
	void routedWorkIsARowForTheAgencyAndForTheDepartmentThatOwesIt() throws Exception {
		DisclosureCase c = routed("道路改造工程的立项批复", LocalDate.of(2024, 11, 8));
		GongkaiUser departmentOfficer = fixtures.officer(department, Role.CASE_OFFICER);

		Document page = tasks(get("/officer/tasks").param("kind", "ROUTED"));
		assertThat(row(page, c.reference())).contains("2024-11-08", "剩余4个工作日", "交办" + department.name() + "（承办）");
		assertThat(page.select("a:contains(" + c.reference() + ")").attr("href")).isEqualTo("/officer/cases/" + c.id());

		Document theirs = Jsoup.parse(mvc.perform(get("/officer/tasks").with(user(departmentOfficer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(row(theirs, c.reference())).contains("剩余4个工作日", agency.name() + "交办本部门（承办）").doesNotContain("自然人");
		assertThat(theirs.select("a:contains(" + c.reference() + ")").attr("href"))
			.isEqualTo("/officer/routed/" + c.id());

		clock.setDate(LocalDate.of(2024, 11, 11));
		page = tasks(get("/officer/tasks").param("kind", "ROUTED"));
		assertThat(row(page, c.reference())).contains("已逾期1个工作日");
		assertThat(page.select("tr:contains(" + c.reference() + ")").attr("class")).isEqualTo("urgency-overdue");
	}

	@Test
	void eachKindOfDeadlineIsAFilter() throws Exception {
		DisclosureCase screening = fixtures.submit(applicant, agency, "本县垃圾处理场的环评批复");
		DisclosureCase routed = routed("道路改造工程的立项批复", LocalDate.of(2024, 11, 8));
		DisclosureCase consulted = consulted("施工合同的合同价款");

		assertThat(references(get("/officer/tasks"))).contains(screening.reference(), routed.reference(),
				consulted.reference());
		assertThat(references(get("/officer/tasks").param("kind", "CORRECTION_NOTICE")))
			.containsExactly(screening.reference());
		// while the departments have it, the routed case waits for them, not at a task
		assertThat(references(get("/officer/tasks").param("kind", "REPLY"))).containsExactly(screening.reference());
		assertThat(references(get("/officer/tasks").param("kind", "ROUTED"))).containsExactly(routed.reference());
		assertThat(references(get("/officer/tasks").param("kind", "consultation")))
			.containsExactly(consulted.reference());
		Document appeals = tasks(get("/officer/tasks").param("kind", "APPEAL_ANSWER"));
		assertThat(appeals.select("tbody tr")).isEmpty();
		assertThat(appeals.text()).contains("符合筛选条件的共 0 项", "没有符合筛选条件的期限。");
		assertThat(appeals.select("#kind option[selected]").attr("value")).isEqualTo("APPEAL_ANSWER");
	}

	@Test
	void overdueAndDueSoonAreTheRowsShownSo() throws Exception {
		// received Monday 4 November: 补正 notice by the 13th, reply by 2 December
		DisclosureCase screening = fixtures.submit(applicant, agency, "本县垃圾处理场的环评批复");
		DisclosureCase routed = routed("道路改造工程的立项批复", LocalDate.of(2024, 11, 8));

		clock.setDate(LocalDate.of(2024, 11, 11));
		assertThat(references(get("/officer/tasks").param("state", "OVERDUE"))).containsExactly(routed.reference());
		// the notice's last day is 2 working days off; the reply's 15
		assertThat(references(get("/officer/tasks").param("state", "DUE_SOON"))).containsExactly(screening.reference());
		assertThat(references(get("/officer/tasks").param("state", "DUE_SOON").param("days", "1"))).isEmpty();

		clock.setDate(LocalDate.of(2024, 11, 14));
		assertThat(references(get("/officer/tasks").param("state", "OVERDUE")))
			.containsExactlyInAnyOrder(screening.reference(), routed.reference());
		assertThat(references(get("/officer/tasks").param("state", "OVERDUE").param("kind", "CORRECTION_NOTICE")))
			.containsExactly(screening.reference());
		Document page = tasks(get("/officer/tasks").param("state", "OVERDUE"));
		assertThat(page.select("tbody tr")).allSatisfy(tr -> assertThat(tr.attr("class")).isEqualTo("urgency-overdue"))
			.isNotEmpty();
	}

	@Test
	void departmentAndHandlerNarrowTheList() throws Exception {
		Agency otherDepartment = fixtures.department(agency);
		DisclosureCase screening = fixtures.submit(applicant, agency, "本县垃圾处理场的环评批复");
		DisclosureCase routed = routed("道路改造工程的立项批复", LocalDate.of(2024, 11, 8));
		GongkaiUser colleague = fixtures.officer(agency, Role.CASE_OFFICER);

		Document all = tasks(get("/officer/tasks"));
		assertThat(all.select("#department option")).extracting(o -> o.text())
			.contains(department.name(), otherDepartment.name());
		assertThat(references(get("/officer/tasks").param("department", department.id().toString())))
			.containsExactly(routed.reference());
		assertThat(references(get("/officer/tasks").param("department", otherDepartment.id().toString()))).isEmpty();
		assertThat(references(get("/officer/tasks").param("assignee", officer.id().toString())))
			.containsOnly(routed.reference());
		assertThat(references(get("/officer/tasks").param("assignee", colleague.id().toString()))).isEmpty();
		assertThat(all.select("#assignee option")).extracting(o -> o.text())
			.contains(officer.displayName(), colleague.displayName());
		assertThat(references(get("/officer/tasks"))).contains(screening.reference());
	}

	@Test
	void searchFindsByReferenceApplicantAndInformationSought() throws Exception {
		GongkaiUser other = fixtures.applicant(ApplicantCategory.COMMERCIAL_ENTERPRISE);
		DisclosureCase mine = fixtures.submit(applicant, agency, "本县垃圾处理场的环评批复");
		DisclosureCase theirs = fixtures.submit(other, agency, "2023年农村公路养护资金的分配");

		assertThat(references(get("/officer/tasks").param("q", theirs.reference())))
			.containsExactly(theirs.reference());
		assertThat(references(get("/officer/tasks").param("q", applicant.getUsername())))
			.containsExactly(mine.reference());
		assertThat(references(get("/officer/tasks").param("q", "公路养护"))).containsExactly(theirs.reference());
		// LIKE's wildcards are searched for as themselves
		assertThat(references(get("/officer/tasks").param("q", "%"))).isEmpty();
		Document none = tasks(get("/officer/tasks").param("q", "没有这样的申请"));
		assertThat(none.text()).contains("没有符合筛选条件的期限。");
		assertThat(none.select("#q").attr("value")).isEqualTo("没有这样的申请");
		assertThat(none.select("a:contains(清除筛选)").attr("href")).isEqualTo("/officer/tasks");

		mvc.perform(get("/api/tasks").param("q", "公路养护").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Total-Count", "1"))
			.andExpect(jsonPath("$[0].reference").value(theirs.reference()))
			.andExpect(jsonPath("$[0].kind").value("REPLY"));
	}

	@Test
	void aBadFilterValueIsToldBesideItsControlAndAsAProblemInTheApi() throws Exception {
		String page = mvc
			.perform(get("/officer/tasks").param("kind", "FOO")
				.param("days", "abc")
				.param("department", "not-an-id")
				.param("page", "-1")
				.with(user(officer)))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document html = Jsoup.parse(page);
		assertThat(html.select("#kind-error").text()).isEqualTo("没有这种期限类型：FOO");
		assertThat(html.select("#days-error").text()).isEqualTo("工作日数应为0至30之间的整数");
		assertThat(html.select("#department-error").text()).isEqualTo("不是本机关的下属部门");
		assertThat(html.select("#page-error").text()).isEqualTo("页码应为0或正整数");
		assertThat(html.select(".error-summary li")).hasSize(4);
		assertThat(html.select("#days").attr("value")).isEqualTo("abc");
		assertThat(html.select("#kind").attr("aria-describedby")).isEqualTo("kind-error");

		mvc.perform(get("/api/tasks").param("kind", "FOO").param("state", "LATE").with(user(officer)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.kind").value("没有这种期限类型：FOO"))
			.andExpect(jsonPath("$.errors.state").value("没有这种状态：LATE"));
		mvc.perform(get("/api/tasks")
			.param("assignee", fixtures.officer(fixtures.agency(), Role.CASE_OFFICER).id().toString())
			.with(user(officer)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.assignee").value("不是本机关的工作人员"));

		String english = mvc.perform(get("/officer/tasks").param("kind", "FOO").cookie(ENGLISH).with(user(officer)))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(english).select("#kind-error").text()).isEqualTo("There is no kind of deadline “FOO”");
	}

	@Test
	void theFiltersSpeakEnglish() throws Exception {
		DisclosureCase c = consulted("施工合同的合同价款");
		stops.served(c.id(), ClockStop.Kind.CONSULTATION, LocalDate.of(2024, 11, 5));
		clock.setDate(LocalDate.of(2024, 11, 5));
		String english = Jsoup
			.parse(mvc.perform(get("/officer/tasks").param("kind", "CONSULTATION").cookie(ENGLISH).with(user(officer)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.text();
		assertThat(english).contains("Filter and search", "Kind of deadline", "1 matching the filters",
				"Third party's opinion: 某建设公司", "15 working days left");
		assertThat(english).doesNotContain("筛选", "征求第三方意见");
	}

	private DisclosureCase consulted(String matter) {
		DisclosureCase c = fixtures.accepted(applicant, agency, officer, "本县道路工程的" + matter);
		fixtures.as(officer,
				() -> consultations.send(officer, c.id(), CaseConsultations.Party.THIRD_PARTY, "某建设公司", matter));
		return c;
	}

	private DisclosureCase routed(String sought, LocalDate dueOn) {
		DisclosureCase c = fixtures.accepted(applicant, agency, officer, sought);
		fixtures.as(officer, () -> routings.route(officer, c.id(), department.code(), List.of(), dueOn, "请提供"));
		return c;
	}

	private Document tasks(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request.with(user(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private List<String> references(MockHttpServletRequestBuilder request) throws Exception {
		return tasks(request).select("tbody tr td:nth-child(4) a").eachText();
	}

	private static String row(Document page, String reference) {
		return page.select("tr:contains(" + reference + ")").text();
	}

}
