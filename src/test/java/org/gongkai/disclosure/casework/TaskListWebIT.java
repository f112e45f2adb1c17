package org.gongkai.disclosure.casework;

import java.time.LocalDate;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.decisions.Outcome;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The task list shows urgency (issue 16): working days left and an overdue colour per
 * row, the 7-working-day 补正 notice limit at screening, the appeals' answer deadlines as
 * rows of the same list, and the confirmation of the action just taken.
 */
@GongkaiIntegrationTest
class TaskListWebIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	Agencies agencies;

	@Test
	void eachRowSaysHowManyWorkingDaysAreLeftAndOverdueRowsStandOut() throws Exception {
		Agency agency = fixtures.agency();
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		// received Monday 2 September 2024: 补正 notice by 11 September, reply by 30
		// September
		fixtures.submitOn(LocalDate.of(2024, 9, 2), applicant, agency);

		clock.setDate(LocalDate.of(2024, 9, 4));
		String early = tasks(officer);
		assertThat(early).contains("补正告知须于 2024-09-11 前发出（剩余5个工作日）", "剩余18个工作日").doesNotContain("urgency-overdue");

		clock.setDate(LocalDate.of(2024, 9, 12));
		String late = tasks(officer);
		assertThat(late).contains("补正告知须于 2024-09-11 前发出（已逾期1个工作日）", "class=\"urgency-overdue\"");
	}

	@Test
	void anAppealAnswerIsARowOfTheListWithItsBasis() throws Exception {
		Agency government = fixtures.agency();
		Agency department = fixtures.agency();
		Agency agency = agencies.save(new Agency(department.id(), department.code(), department.name(), government.id(),
				department.officeName(), department.address(), department.phone()));
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		DisclosureCase filed = answeredOn4March2025(agency, officer);
		String page = appealRows(officer, """
				{"caseId":"%s","kind":"REVIEW","body":"某县人民政府","filedOn":"2025-03-20",
				 "copyReceivedOn":"2025-03-24","procedure":"SIMPLIFIED"}""".formatted(filed.id()));
		assertThat(page).contains(filed.reference() + "-FY1", "2025-03-31", "剩余5个工作日", "复议答复、诉讼答辩", "行政复议：提交书面答复及证据",
				"《行政复议法》第五十四条：5个工作日", "href=\"/officer/appeals/");
	}

	/**
	 * A court's copy of a 行政诉讼: the 答辩 owed within 15 days (行政诉讼法 art 67) is a row too.
	 */
	@Test
	void aDefenceOwedToACourtIsARowOfTheListWithItsBasis() throws Exception {
		Agency agency = fixtures.agency();
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		DisclosureCase filed = answeredOn4March2025(agency, officer);
		String page = appealRows(officer, """
				{"caseId":"%s","kind":"LITIGATION","body":"某县人民法院","filedOn":"2025-03-20",
				 "copyReceivedOn":"2025-03-24","procedure":"ORDINARY","route":"DIRECT","instance":"FIRST"}"""
			.formatted(filed.id()));
		assertThat(page).contains(filed.reference(), "《行政诉讼法》第六十七条", "href=\"/officer/appeals/");
	}

	/** A row due within a few working days stands out, before it is overdue. */
	@Test
	void aRowDueSoonIsMarkedBeforeItIsOverdue() throws Exception {
		Agency agency = fixtures.agency();
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		clock.setDate(LocalDate.of(2024, 9, 2));
		DisclosureCase filed = fixtures.submit(fixtures.applicant(ApplicantCategory.NATURAL_PERSON), agency,
				"2024年本县河道采砂许可的发放情况");
		fixtures.accept(officer, filed.id());
		// the reply is due Monday 30 September; on Thursday the 26th two working days are
		// left
		clock.setDate(LocalDate.of(2024, 9, 26));
		String page = mvc.perform(get("/officer/tasks").param("kind", "REPLY").with(user(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(filed.reference(), "class=\"urgency-soon\"").doesNotContain("urgency-overdue");
	}

	@Test
	void theConfirmationOfTheLastActionIsShown() throws Exception {
		GongkaiUser officer = fixtures.officer(fixtures.agency(), Role.CASE_OFFICER);
		String page = mvc.perform(get("/officer/tasks").with(user(officer)).flashAttr("message", "已反馈办理意见"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<p class=\"message\">已反馈办理意见</p>");
	}

	private String tasks(GongkaiUser officer) throws Exception {
		return mvc.perform(get("/officer/tasks").with(user(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** A request answered 信息不存在 on 4 March 2025; the clock then reads 24 March. */
	private DisclosureCase answeredOn4March2025(Agency agency, GongkaiUser officer) {
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		clock.setDate(LocalDate.of(2025, 3, 3));
		DisclosureCase filed = fixtures.submit(applicant, agency, "2025年本县河道整治工程环境影响评价文件");
		clock.setDate(LocalDate.of(2025, 3, 4));
		fixtures.answer(officer, filed.id(), Outcome.UNAVAILABLE_NOT_HELD, "经检索，本机关不掌握该信息。");
		clock.setDate(LocalDate.of(2025, 3, 24));
		return filed;
	}

	/** Registers the appeal {@code json}, then reads the task list's appeal rows. */
	private String appealRows(GongkaiUser officer, String json) throws Exception {
		mvc.perform(post("/api/appeals").with(user(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).andExpect(status().isCreated());
		return mvc.perform(get("/officer/tasks").param("kind", "APPEAL_ANSWER").with(user(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
