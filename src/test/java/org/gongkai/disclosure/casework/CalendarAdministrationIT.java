package org.gongkai.disclosure.casework;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicBoolean;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.deadlines.CalendarAdministration;
import org.gongkai.disclosure.deadlines.Calendars;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator loads a year the State Council has just published: open cases whose
 * deadline crosses into it are re-dated, with the reason in their ledger, and their
 * timers follow; a bad file changes nothing. (Year 2099, so that no other test's calendar
 * is touched; the year is removed afterwards.)
 */
@GongkaiIntegrationTest
class CalendarAdministrationIT {

	private static final String YEAR_2099 = """
			date,kind,name
			2099-01-01,holiday,元旦
			2099-01-02,holiday,元旦
			2099-01-04,workday,元旦
			""";

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	CalendarAdministration administration;

	@Autowired
	Calendars calendars;

	@Autowired
	ReplyDeadlines deadlines;

	@Autowired
	CaseLedger ledger;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	TransactionTemplate transactions;

	private GongkaiUser admin;

	private DisclosureCase open;

	@BeforeEach
	void setUp() {
		clock.setDate(LocalDate.of(2098, 12, 24));
		Agency agency = fixtures.agency();
		admin = fixtures.officer(agency, Role.ADMINISTRATOR);
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		open = fixtures.submit(applicant, agency, "2098年度财政决算");
		fixtures.accept(officer, open.id());
	}

	@AfterEach
	void removeTheTestYear() {
		jdbc.sql("delete from deadline_calendar_day where day between '2099-01-01' and '2099-12-31'").update();
		jdbc.sql("delete from deadline_calendar_year where year = 2099").update();
		calendars.reload();
	}

	@Test
	void loadingAYearReDatesOpenCasesWithTheReasonAndMovesTheirTimers() throws Exception {
		assertThat(deadlines.dueDate(open.id().value()).date()).isEqualTo(LocalDate.of(2099, 1, 21));
		assertThat(deadlines.dueDate(open.id().value()).warnings()).anyMatch(w -> w.startsWith("2099年尚无"));

		mvc.perform(put("/api/admin/calendar/2099").with(user(admin))
			.with(csrf())
			.param("source", "国务院办公厅关于2099年部分节假日安排的通知")
			.contentType("text/csv")
			.content(YEAR_2099))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2099))
			.andExpect(jsonPath("$.days").value(3));

		// two weekdays off, one Sunday worked: one working day later
		assertThat(deadlines.dueDate(open.id().value()).date()).isEqualTo(LocalDate.of(2099, 1, 22));
		assertThat(deadlines.dueDate(open.id().value()).warnings()).noneMatch(w -> w.startsWith("2099年"));
		assertThat(ledger.of(open.id())).filteredOn(e -> e.action() == LedgerAction.REDATED)
			.singleElement()
			.satisfies(e -> {
				assertThat(e.legalBasis()).isEqualTo("国务院办公厅关于2099年部分节假日安排的通知");
				assertThat(e.detail()).containsEntry("dueBefore", "2099-01-21").containsEntry("dueAfter", "2099-01-22");
			});
		String pi = runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(open.reference())
			.singleResult()
			.getId();
		var overdue = management.createJobQuery()
			.processInstanceId(pi)
			.timers()
			.activityId(DisclosureRequestProcess.Elements.TIMER_ANSWER_OVERDUE)
			.singleResult();
		assertThat(ZonedDateTime.ofInstant(overdue.getDuedate().toInstant(), ReplyDeadlines.ZONE).toLocalDate())
			.isEqualTo(LocalDate.of(2099, 1, 23));

		mvc.perform(get("/api/admin/calendar/2099").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(YEAR_2099.replace("元旦\n2099-01-04", "元旦\n2099-01-04")));
		mvc.perform(get("/admin/calendar").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("国务院办公厅关于2099年部分节假日安排的通知")));

		// loading the same year again moves nothing, so no case is re-dated twice
		fixtures.as(admin, () -> administration.replaceYear(2099, YEAR_2099, "同一通知，再次载入"));
		assertThat(ledger.of(open.id())).filteredOn(e -> e.action() == LedgerAction.REDATED).hasSize(1);
	}

	@Test
	void nobodyElseSeesTheNewYearBeforeItCommits() throws Exception {
		AtomicBoolean seenElsewhere = new AtomicBoolean(true);
		transactions.executeWithoutResult(tx -> {
			fixtures.as(admin, () -> administration.replaceYear(2099, YEAR_2099, "国务院办公厅关于2099年部分节假日安排的通知"));
			assertThat(calendars.current().covers(2099)).as("this transaction sees its change").isTrue();
			Thread other = new Thread(() -> seenElsewhere.set(calendars.current().covers(2099)));
			other.start();
			try {
				other.join();
			}
			catch (InterruptedException e) {
				throw new IllegalStateException(e);
			}
		});
		assertThat(seenElsewhere).as("another request, before the commit").isFalse();
		assertThat(calendars.current().covers(2099)).as("everyone, after it").isTrue();
	}

	@Test
	void aBadFileIsRefusedWholeWithEveryBadLineAndChangesNothing() throws Exception {
		String bad = """
				date,kind,name
				2099-01-01,holiday,元旦
				2099-01-03,holiday,周六放假
				2099-01-05,workday,周一上班
				2098-12-31,holiday,上一年
				2099-02-30,holiday,春节
				2099-01-01,holiday,元旦
				2099-03-01,rest,春节
				""";
		assertThatThrownBy(() -> fixtures.as(admin, () -> administration.replaceYear(2099, bad, "来源")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("未作任何修改")
			.hasMessageContaining("第3行")
			.hasMessageContaining("第4行")
			.hasMessageContaining("第5行")
			.hasMessageContaining("第6行")
			.hasMessageContaining("第7行")
			.hasMessageContaining("第8行")
			.hasMessageNotContaining("第2行");
		assertThatThrownBy(() -> fixtures.as(admin, () -> administration.replaceYear(2099, YEAR_2099, " ")))
			.hasMessageContaining("来源");
		assertThat(calendars.current().covers(2099)).isFalse();
		assertThat(deadlines.dueDate(open.id().value()).date()).isEqualTo(LocalDate.of(2099, 1, 21));
		assertThat(ledger.of(open.id())).noneMatch(e -> e.action() == LedgerAction.REDATED);

		mvc.perform(put("/api/admin/calendar/2099").with(user(admin))
			.with(csrf())
			.param("source", "来源")
			.contentType("text/csv")
			.content(bad))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("第8行")));
		GongkaiUser officer = fixtures.officer(fixtures.agency(), Role.HEAD_OF_OFFICE);
		mvc.perform(put("/api/admin/calendar/2099").with(user(officer))
			.with(csrf())
			.param("source", "来源")
			.contentType("text/csv")
			.content(YEAR_2099)).andExpect(status().isForbidden());
		assertThat(calendars.current().covers(2099)).isFalse();
	}

}
