package org.gongkai.disclosure.appeals;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.appeals.handling.AppealHandling;
import org.gongkai.disclosure.appeals.history.AppealHistory;
import org.gongkai.disclosure.appeals.process.AppealProcess;
import org.gongkai.disclosure.appeals.process.AppealProcess.Elements;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.DeliveryMethod;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.RequestedForm;
import org.gongkai.disclosure.casework.intake.NewRequest;
import org.gongkai.disclosure.casework.intake.RequestIntake;
import org.gongkai.disclosure.deadlines.CalendarAdministration;
import org.gongkai.disclosure.deadlines.Calendars;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.decisions.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loading a year re-dates the office's answer deadline of a pending 行政复议 (10 working
 * days, 行政复议法 art 48, 88) with a line in the appeal's history, and moves its timers.
 * (Year 2099, removed afterwards; 除夕 to 初三 are 20–23 January 2099.)
 */
@GongkaiIntegrationTest
class AppealRedatingIT {

	/** Every weekday statutory holiday of 2099, and Monday 19 January off as well. */
	private static final String YEAR_2099 = """
			date,kind,name
			2099-01-01,holiday,元旦
			2099-01-19,holiday,春节
			2099-01-20,holiday,春节
			2099-01-21,holiday,春节
			2099-01-22,holiday,春节
			2099-01-23,holiday,春节
			2099-05-01,holiday,劳动节
			2099-06-23,holiday,端午节
			2099-09-29,holiday,中秋节
			2099-10-01,holiday,国庆节
			2099-10-02,holiday,国庆节
			""";

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	RequestIntake intake;

	@Autowired
	AppealHandling handling;

	@Autowired
	Appeals appeals;

	@Autowired
	AppealHistory history;

	@Autowired
	CalendarAdministration administration;

	@Autowired
	Calendars calendars;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheTestYear() {
		jdbc.sql("delete from deadline_calendar_day where day between '2099-01-01' and '2099-12-31'").update();
		jdbc.sql("delete from deadline_calendar_year where year = 2099").update();
		calendars.reload();
		clock.reset();
	}

	@Test
	void loadingAYearMovesAPendingAppealsAnswerDeadlineWithItsHistoryLineAndTimer() {
		Agency agency = fixtures.agency();
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		GongkaiUser admin = fixtures.officer(agency, Role.ADMINISTRATOR);
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		clock.setDate(LocalDate.of(2098, 12, 1));
		DisclosureCase filed = fixtures.as(applicant, () -> intake.submitOnline(applicant, new NewRequest(agency.code(),
				"2098年本县道路改造工程的立项批复文件", RequestedForm.ELECTRONIC, DeliveryMethod.ONLINE)));
		clock.setDate(LocalDate.of(2098, 12, 2));
		fixtures.answer(officer, filed.id(), Outcome.UNAVAILABLE_NOT_HELD, "经检索，本机关不掌握该信息");

		// copy received Tuesday 13 January 2099: provisionally 14–16 and 19, 26–30
		// January and 2 February are the 10 working days
		clock.setDate(LocalDate.of(2099, 1, 13));
		Appeal appeal = fixtures.as(officer,
				() -> handling.register(officer,
						new NewAppeal(filed.id().value(), AppealKind.REVIEW, null, null, null, "某县人民政府", null, null,
								LocalDate.of(2099, 1, 8), LocalDate.of(2099, 1, 13), Procedure.ORDINARY)));
		assertThat(appeal.answerDueOn()).isEqualTo(LocalDate.of(2099, 2, 2));

		fixtures.as(admin, () -> administration.replaceYear(2099, YEAR_2099, "国务院办公厅关于2099年部分节假日安排的通知"));

		Appeal redated = appeals.byId(appeal.id()).orElseThrow();
		assertThat(redated.answerDueOn()).isEqualTo(LocalDate.of(2099, 2, 3));
		assertThat(history.of(appeal.id())).filteredOn(e -> e.action().equals("REDATED"))
			.singleElement()
			.satisfies(e -> assertThat(e.detail()).containsEntry("answerDueBefore", "2099-02-02")
				.containsEntry("answerDueOn", "2099-02-03")
				.containsEntry("source", "国务院办公厅关于2099年部分节假日安排的通知"));
		String pi = runtime.createProcessInstanceQuery()
			.processDefinitionKey(AppealProcess.KEY)
			.processInstanceBusinessKey(appeal.reference())
			.singleResult()
			.getId();
		var overdue = management.createJobQuery()
			.processInstanceId(pi)
			.timers()
			.activityId(Elements.TIMER_ANSWER_OVERDUE)
			.singleResult();
		assertThat(ZonedDateTime.ofInstant(overdue.getDuedate().toInstant(), ReplyDeadlines.ZONE).toLocalDate())
			.isEqualTo(LocalDate.of(2099, 2, 4));
	}

}
