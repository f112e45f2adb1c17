package org.gongkai.disclosure.casework.stops;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.CaseStatus;
import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.decision.CaseLetters;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.stops.ExplanationSettings.ClockWhileAwaiting;
import org.gongkai.disclosure.deadlines.ClockPeriod;
import org.gongkai.disclosure.deadlines.ClockPeriods;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.shared.InvalidFields;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12 item 7, 《条例》第三十五条 per agency (docs/statute.md#art-35): the 延迟答复的合理期限 is set by
 * the administrator and printed in the 说明理由告知书; whether the reply clock stops while
 * reasons are awaited is a setting with its basis, and a request for reasons keeps what
 * applied when it was made.
 */
@GongkaiIntegrationTest
class DelayedAnswerSettingsIT {

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	ExplanationSettings settings;

	@Autowired
	CaseExplanations explanations;

	@Autowired
	CaseLetters letters;

	@Autowired
	ClockPeriods clocks;

	@Autowired
	CaseLedger ledger;

	@Autowired
	Cases cases;

	@Autowired
	MockMvc mvc;

	private Agency agency;

	private GongkaiUser officer;

	private GongkaiUser admin;

	private GongkaiUser applicant;

	@BeforeEach
	void setUp() {
		clock.setDate(LocalDate.of(2024, 9, 29));
		agency = fixtures.agency();
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		admin = fixtures.officer(agency, Role.ADMINISTRATOR);
		applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
	}

	@Test
	void byDefaultTheClockStopsAndTheLetterPrintsTwentyWorkingDays() {
		assertThat(settings.of(agency.id()).defaults()).isTrue();
		DisclosureCase c = askedForReasons("本月第四十件");
		assertThat(letter(c)).contains("说明理由期间不计入答复期限。").contains("将在本条例第三十三条规定的期限届满后20个工作日的合理期限内延迟答复");
		assertThat(current(c).kind()).isEqualTo(ClockPeriod.Kind.SUSPENDED);
		assertThat(current(c).legalBasis()).startsWith("《条例》第三十五条");
	}

	@Test
	void anAgencyThatLetsTheClockRunSaysSoAndKeepsItRunning() {
		DisclosureCase before = askedForReasons("设置前的申请");
		fixtures.as(admin, () -> settings.save(admin, agency.id(), 30, ClockWhileAwaiting.RUNS, "某省政府信息公开申请办理规范第十条"));

		DisclosureCase c = askedForReasons("设置后的申请");
		assertThat(cases.byId(c.id()).orElseThrow().status()).isEqualTo(CaseStatus.AWAITING_EXPLANATION);
		assertThat(current(c).kind()).isEqualTo(ClockPeriod.Kind.RUNNING);
		assertThat(letter(c)).contains("说明理由期间答复期限照常计算。").contains("届满后30个工作日的合理期限内延迟答复");
		assertThat(ledger.of(c.id())).filteredOn(e -> e.action() == LedgerAction.EXPLANATION_REQUESTED)
			.singleElement()
			.satisfies(e -> {
				assertThat(e.legalBasis()).contains("第三十三条第二款、第三款", "某省政府信息公开申请办理规范第十条");
				assertThat(e.detail()).containsEntry("clockStops", "false").containsEntry("delayWorkingDays", "30");
			});

		clock.setDate(LocalDate.of(2024, 10, 10));
		List<ClockPeriod> periodsBefore = clocks.of(c.id().value());
		fixtures.as(applicant, () -> {
			explanations.answer(applicant, c.id(), "为撰写论文收集资料");
			return null;
		});
		assertThat(cases.byId(c.id()).orElseThrow().status()).isEqualTo(CaseStatus.IN_PROGRESS);
		// nothing stopped, so nothing restarts
		assertThat(clocks.of(c.id().value())).isEqualTo(periodsBefore);

		// a request for reasons made before keeps what its letter said
		assertThat(letter(before)).contains("说明理由期间不计入答复期限。").contains("届满后20个工作日");
		assertThat(current(before).kind()).isEqualTo(ClockPeriod.Kind.SUSPENDED);
	}

	@Test
	void badSettingsAreRefusedFieldByField() throws Exception {
		assertThatThrownBy(() -> fixtures.as(admin, () -> settings.save(admin, agency.id(), 0, null, null)))
			.isInstanceOfSatisfying(InvalidFields.class,
					e -> assertThat(e.problems()).containsOnlyKeys("delayWorkingDays", "clockWhileAwaiting"));
		assertThatThrownBy(() -> fixtures.as(officer,
				() -> settings.save(officer, agency.id(), 20, ClockWhileAwaiting.STOPS, null)))
			.isInstanceOf(AccessDeniedException.class);

		mvc.perform(put("/api/admin/agencies/{code}/explanation-settings", agency.code()).with(user(admin))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"delayWorkingDays\":61,\"clockWhileAwaiting\":\"STOPS\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.delayWorkingDays").value("延迟答复的合理期限须为1至60个工作日"));
		mvc.perform(put("/api/admin/agencies/{code}/explanation-settings", agency.code()).with(user(admin))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"delayWorkingDays\":25,\"clockWhileAwaiting\":\"RUNS\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.basis").value("《条例》第三十三条第二款、第三款（答复期限只扣除征求第三方和其他机关意见所需时间）"))
			.andExpect(jsonPath("$.defaults").value(false));

		String page = mvc
			.perform(post("/admin/explanation-settings").with(csrf())
				.with(user(admin))
				.param("agencyCode", agency.code())
				.param("delayWorkingDays", "0")
				.param("clockWhileAwaiting", "STOPS")
				.param("localBasis", "某省规定"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"delayWorkingDays-error\"", "延迟答复的合理期限须为1至60个工作日").contains("value=\"某省规定\"");
		assertThat(settings.of(agency.id()).delayWorkingDays()).isEqualTo(25);

		String shown = mvc.perform(get("/admin/explanation-settings").param("agency", agency.code()).with(user(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(shown).contains("value=\"25\"", "《条例》第三十三条第二款、第三款", "《条例》第三十五条");
		mvc.perform(get("/admin/explanation-settings").with(user(officer))).andExpect(status().isForbidden());
	}

	private DisclosureCase askedForReasons(String sought) {
		DisclosureCase c = fixtures.accepted(applicant, agency, officer, sought);
		fixtures.as(officer, () -> explanations.request(officer, c.id(), "本月已提出40件申请，请说明用途", 10));
		return c;
	}

	private String letter(DisclosureCase c) {
		return String.join("\n",
				fixtures.as(officer, () -> letters.letter(officer, c.id(), LetterKind.EXPLANATION_REQUEST))
					.paragraphs());
	}

	private ClockPeriod current(DisclosureCase c) {
		return clocks.of(c.id().value()).stream().filter(ClockPeriod::isCurrent).findFirst().orElseThrow();
	}

}
