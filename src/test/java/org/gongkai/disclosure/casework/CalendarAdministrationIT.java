package org.gongkai.disclosure.casework;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.decision.CaseLetters;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.intake.NewRequest;
import org.gongkai.disclosure.casework.intake.RequestIntake;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess;
import org.gongkai.disclosure.casework.stops.CaseConsultations;
import org.gongkai.disclosure.casework.stops.CaseCorrections;
import org.gongkai.disclosure.casework.stops.CaseExplanations;
import org.gongkai.disclosure.casework.stops.CaseFees;
import org.gongkai.disclosure.deadlines.CalendarAdministration;
import org.gongkai.disclosure.deadlines.Calendars;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.documents.Letter;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.fees.FeeMode;
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
 * An administrator loads a year the State Council has just published: until then its
 * dates are provisional (its statutory holidays, 办法 art 2); on loading, open cases whose
 * reply deadline or pending window (补正, 征求意见) crosses into it are re-dated, each with the
 * reason in their ledger, and their timers follow; a bad or partial file changes nothing;
 * from 1 November the administrator is reminded of a missing next year. (Year 2099, so
 * that no other test's calendar is touched; the year is removed afterwards. In 2099 元旦 is
 * Thursday 1 January, 除夕 Tuesday 20 January, 初一 to 初三 21 to 23 January, 端午 Tuesday 23
 * June, 中秋 Tuesday 29 September.)
 */
@GongkaiIntegrationTest
class CalendarAdministrationIT {

	/**
	 * A notice for 2099: every weekday statutory holiday, plus Friday 2 January (worked
	 * on Sunday the 4th) and Monday 19 January off.
	 */
	private static final String YEAR_2099 = """
			date,kind,name
			2099-01-01,holiday,元旦
			2099-01-02,holiday,元旦
			2099-01-04,workday,元旦
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
	CaseCorrections corrections;

	@Autowired
	CaseConsultations consultations;

	@Autowired
	CaseLetters letters;

	@Autowired
	CaseFees fees;

	@Autowired
	CaseExplanations explanations;

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

	private GongkaiUser officer;

	private Agency agency;

	private DisclosureCase open;

	@BeforeEach
	void setUp() {
		clock.setDate(LocalDate.of(2098, 12, 24));
		agency = fixtures.agency();
		admin = fixtures.officer(agency, Role.ADMINISTRATOR);
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
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
		// received Wednesday 24 December 2098; provisionally 1 January and 20–23 January
		// 2099 are off: day 20 is Wednesday 28 January
		assertThat(deadlines.dueDate(open.id().value()).date()).isEqualTo(LocalDate.of(2099, 1, 28));
		assertThat(deadlines.dueDate(open.id().value()).warnings()).anyMatch(w -> w.startsWith("暂定：2099年"));

		mvc.perform(put("/api/admin/calendar/2099").with(user(admin))
			.with(csrf())
			.param("source", "国务院办公厅关于2099年部分节假日安排的通知")
			.contentType("text/csv")
			.content(YEAR_2099))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2099))
			.andExpect(jsonPath("$.days").value(13));

		// 2 January off and Sunday the 4th worked cancel out; 19 January off: one working
		// day later, and no longer provisional
		assertThat(deadlines.dueDate(open.id().value()).date()).isEqualTo(LocalDate.of(2099, 1, 29));
		assertThat(deadlines.dueDate(open.id().value()).warnings()).noneMatch(w -> w.contains("2099年"));
		assertThat(ledger.of(open.id())).filteredOn(e -> e.action() == LedgerAction.REDATED)
			.singleElement()
			.satisfies(e -> {
				assertThat(e.legalBasis()).isEqualTo("国务院办公厅关于2099年部分节假日安排的通知");
				assertThat(e.detail()).containsEntry("dueBefore", "2099-01-28").containsEntry("dueAfter", "2099-01-29");
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
			.isEqualTo(LocalDate.of(2099, 1, 30));

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
		assertThat(deadlines.dueDate(open.id().value()).date()).isEqualTo(LocalDate.of(2099, 1, 28));
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

	@Test
	void loadingAYearMovesAPendingCorrectionWindowWithItsLedgerLineAndTimer() {
		// received Monday 12 January 2099, 补正 asked on Tuesday the 13th with 10 working
		// days: provisionally 14–16 and 19, 26–30 January and 2 February
		DisclosureCase waiting = receivedOn(LocalDate.of(2099, 1, 12));
		clock.setDate(LocalDate.of(2099, 1, 13));
		fixtures.as(officer, () -> corrections.request(officer, waiting.id(), List.of("请写明所需文件的名称或文号"), 10));
		fixtures.serve(officer, waiting.id(), LetterKind.CORRECTION_NOTICE, LocalDate.of(2099, 1, 13));
		assertThat(corrections.of(waiting.id()).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2099, 2, 2));
		// the notice says its date is provisional, as the page does
		assertThat(correctionNotice(waiting).paragraphs()).anyMatch(p -> p.contains("（2099年2月2日前）提交补正"))
			.last()
			.asString()
			.startsWith("注：暂定：2099年尚无国务院办公厅节假日安排通知")
			.endsWith("国务院公布该年节假日安排后，上述期限按其重新计算。");

		fixtures.as(admin, () -> administration.replaceYear(2099, YEAR_2099, "国务院办公厅关于2099年部分节假日安排的通知"));

		// 19 January is off as well: the tenth working day is now 3 February
		assertThat(corrections.of(waiting.id()).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2099, 2, 3));
		assertThat(ledger.of(waiting.id())).filteredOn(e -> e.action() == LedgerAction.CORRECTION_REDATED)
			.singleElement()
			.satisfies(e -> {
				assertThat(e.legalBasis()).isEqualTo("国务院办公厅关于2099年部分节假日安排的通知");
				assertThat(e.detail()).containsEntry("dueBefore", "2099-02-02")
					.containsEntry("dueAfter", "2099-02-03")
					.containsEntry("workingDays", "10");
			});
		assertThat(timerDay(waiting, DisclosureRequestProcess.Elements.EVENT_CORRECTION_LAPSED))
			.isEqualTo(LocalDate.of(2099, 2, 4));
		assertThat(correctionNotice(waiting).paragraphs()).anyMatch(p -> p.contains("（2099年2月3日前）提交补正"))
			.noneMatch(p -> p.contains("暂定"));
	}

	@Test
	void aWindowReachingIntoAYearWithoutANoticeSaysSoOnThePage() throws Exception {
		// received and stopped for 补正 in December 2098: the reply clock touches only
		// 2098,
		// the 15-working-day 补正 window runs into 2099
		DisclosureCase waiting = receivedOn(LocalDate.of(2098, 12, 22));
		clock.setDate(LocalDate.of(2098, 12, 23));
		fixtures.as(officer, () -> corrections.request(officer, waiting.id(), List.of("请写明所需文件的名称或文号"), 15));
		fixtures.serve(officer, waiting.id(), LetterKind.CORRECTION_NOTICE, LocalDate.of(2098, 12, 23));
		String windowWarning = "补正、缴费、征求意见或说明理由期限：暂定：2099年尚无国务院办公厅节假日安排通知";
		mvc.perform(get("/officer/cases/{id}", waiting.id().value()).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(windowWarning)));

		fixtures.as(admin, () -> administration.replaceYear(2099, YEAR_2099, "国务院办公厅关于2099年部分节假日安排的通知"));

		mvc.perform(get("/officer/cases/{id}", waiting.id().value()).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString(windowWarning))));
	}

	private Letter correctionNotice(DisclosureCase c) {
		return fixtures.as(officer, () -> letters.letter(officer, c.id(), LetterKind.CORRECTION_NOTICE));
	}

	@Test
	void loadingAYearMovesAPendingConsultationWindow() {
		// consulted on Tuesday 13 January 2099 for 15 working days (条例 art 32):
		// provisionally 9 February, after the notice 10 February
		DisclosureCase consulted = receivedOn(LocalDate.of(2099, 1, 12));
		fixtures.as(officer, () -> {
			corrections.accept(officer, consulted.id());
			return null;
		});
		clock.setDate(LocalDate.of(2099, 1, 13));
		CaseConsultations.Consultation sent = fixtures.as(officer, () -> consultations.send(officer, consulted.id(),
				CaseConsultations.Party.THIRD_PARTY, "某建筑有限公司", "该公司与本机关签订的施工合同"));
		assertThat(sent.dueOn()).isNull();
		fixtures.serve(officer, consulted.id(), LetterKind.CONSULTATION_LETTER, LocalDate.of(2099, 1, 13));
		assertThat(consultations.of(consulted.id()).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2099, 2, 9));

		fixtures.as(admin, () -> administration.replaceYear(2099, YEAR_2099, "国务院办公厅关于2099年部分节假日安排的通知"));

		assertThat(consultations.of(consulted.id()).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2099, 2, 10));
		assertThat(ledger.of(consulted.id())).filteredOn(e -> e.action() == LedgerAction.CONSULTATION_REDATED)
			.singleElement()
			.satisfies(e -> assertThat(e.detail()).containsEntry("dueBefore", "2099-02-09")
				.containsEntry("dueAfter", "2099-02-10"));
		assertThat(timerDay(consulted, DisclosureRequestProcess.Elements.EVENT_CONSULTATION_LAPSED))
			.isEqualTo(LocalDate.of(2099, 2, 11));
	}

	@Test
	void loadingAYearMovesAPendingFeeWindow() {
		// fee notice on Tuesday 13 January 2099, 20 working days to pay: provisionally 16
		// February, after the notice (19 January off) 17 February
		DisclosureCase billed = receivedOn(LocalDate.of(2099, 1, 12));
		fixtures.as(officer, () -> {
			corrections.accept(officer, billed.id());
			return null;
		});
		clock.setDate(LocalDate.of(2099, 1, 13));
		CaseFees.Fee fee = fixtures.as(officer, () -> fees.notify(officer, billed.id(), FeeMode.PER_VOLUME, 120));
		assertThat(fee.dueOn()).isNull();
		fixtures.serve(officer, billed.id(), LetterKind.FEE_NOTICE, LocalDate.of(2099, 1, 13));
		assertThat(fees.of(billed.id()).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2099, 2, 16));

		fixtures.as(admin, () -> administration.replaceYear(2099, YEAR_2099, "国务院办公厅关于2099年部分节假日安排的通知"));

		assertThat(fees.of(billed.id()).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2099, 2, 17));
		assertThat(ledger.of(billed.id())).filteredOn(e -> e.action() == LedgerAction.FEE_REDATED)
			.singleElement()
			.satisfies(e -> assertThat(e.detail()).containsEntry("dueBefore", "2099-02-16")
				.containsEntry("dueAfter", "2099-02-17")
				.containsEntry("workingDays", "20"));
		assertThat(timerDay(billed, DisclosureRequestProcess.Elements.EVENT_FEE_LAPSED))
			.isEqualTo(LocalDate.of(2099, 2, 18));
	}

	@Test
	void loadingAYearMovesAPendingExplanationWindow() {
		// reasons asked for (art 35) on Tuesday 13 January 2099, 20 working days from the
		// applicant's receipt that day: provisionally 16 February, after the notice (19
		// January off) 17 February — as the fee window above
		DisclosureCase asked = receivedOn(LocalDate.of(2099, 1, 12));
		fixtures.accept(officer, asked.id());
		clock.setDate(LocalDate.of(2099, 1, 13));
		fixtures.as(officer, () -> explanations.request(officer, asked.id(), "请说明申请全部会议纪要的用途", 20));
		fixtures.serve(officer, asked.id(), LetterKind.EXPLANATION_REQUEST, LocalDate.of(2099, 1, 13));
		assertThat(explanations.of(asked.id()).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2099, 2, 16));

		fixtures.as(admin, () -> administration.replaceYear(2099, YEAR_2099, "国务院办公厅关于2099年部分节假日安排的通知"));

		assertThat(explanations.of(asked.id()).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2099, 2, 17));
		assertThat(ledger.of(asked.id())).filteredOn(e -> e.action() == LedgerAction.EXPLANATION_REDATED)
			.singleElement()
			.satisfies(e -> assertThat(e.detail()).containsEntry("dueBefore", "2099-02-16")
				.containsEntry("dueAfter", "2099-02-17"));
		assertThat(timerDay(asked, DisclosureRequestProcess.Elements.EVENT_EXPLANATION_LAPSED))
			.isEqualTo(LocalDate.of(2099, 2, 18));
	}

	@Test
	void aPartialYearIsRefusedNamingEveryMissingHolidayAndChangesNothing() throws Exception {
		String withoutSpringFestivalAndMidAutumn = YEAR_2099.lines()
			.filter(l -> !l.contains("春节") && !l.contains("中秋节"))
			.collect(Collectors.joining("\n"));
		assertThatThrownBy(() -> fixtures.as(admin,
				() -> administration.replaceYear(2099, withoutSpringFestivalAndMidAutumn, "国务院办公厅通知（节选）")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("缺少法定节假日")
			.hasMessageContaining("未作任何修改")
			.hasMessageContaining("春节（农历除夕） 2099-01-20")
			.hasMessageContaining("春节（正月初一） 2099-01-21")
			.hasMessageContaining("春节（正月初二） 2099-01-22")
			.hasMessageContaining("春节（正月初三） 2099-01-23")
			.hasMessageContaining("中秋节 2099-09-29")
			.hasMessageNotContaining("元旦")
			.hasMessageNotContaining("清明节");
		mvc.perform(put("/api/admin/calendar/2099").with(user(admin))
			.with(csrf())
			.param("source", "国务院办公厅通知（节选）")
			.contentType("text/csv")
			.content(withoutSpringFestivalAndMidAutumn))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("中秋节 2099-09-29")));
		assertThat(calendars.current().covers(2099)).isFalse();
		assertThat(ledger.of(open.id())).noneMatch(e -> e.action() == LedgerAction.REDATED);
	}

	@Test
	void fromTheFirstOfNovemberTheAdministratorIsRemindedThatNextYearIsNotLoaded() throws Exception {
		// 2026 is loaded, 2027 is not
		clock.setDate(LocalDate.of(2026, 10, 31));
		assertThat(administration.reminders(LocalDate.of(2026, 10, 31))).isEmpty();
		mvc.perform(get("/admin/calendar").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("尚未载入工作日历"))));

		clock.setDate(LocalDate.of(2026, 11, 1));
		String reminder = "明年（2027年）的国务院办公厅节假日安排通知尚未载入工作日历";
		mvc.perform(get("/admin/calendar").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(reminder)));
		// the administrator's landing page (the audit trail) shows it in the header
		mvc.perform(get("/admin/audit").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(reminder)));
		// nobody else is shown it
		mvc.perform(get("/officer/tasks").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString(reminder))));
	}

	private DisclosureCase receivedOn(LocalDate day) {
		clock.setDate(day);
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		return fixtures.as(applicant, () -> intake.submitOnline(applicant,
				new NewRequest(agency.code(), "2098年度本县道路养护合同", RequestedForm.ELECTRONIC, DeliveryMethod.ONLINE)));
	}

	private LocalDate timerDay(DisclosureCase c, String activityId) {
		String pi = runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(c.reference())
			.singleResult()
			.getId();
		var timer = management.createJobQuery().processInstanceId(pi).timers().activityId(activityId).singleResult();
		return ZonedDateTime.ofInstant(timer.getDuedate().toInstant(), ReplyDeadlines.ZONE).toLocalDate();
	}

}
