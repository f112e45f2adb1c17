package org.gongkai.disclosure.casework.decision;

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
import org.gongkai.disclosure.casework.OutcomeNotEarnedException;
import org.gongkai.disclosure.casework.intake.SimilarRequests;
import org.gongkai.disclosure.casework.stops.CaseCorrections;
import org.gongkai.disclosure.casework.stops.CaseExplanations;
import org.gongkai.disclosure.casework.stops.CaseFees;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.fees.FeeMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * Issue 12 item 2: the five outcomes that rest on a fact on the record are refused
 * without it, with the reason (docs/statute.md#outcome-preconditions), and accepted with
 * it.
 */
@GongkaiIntegrationTest
class OutcomePreconditionsIT {

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	CaseDecisions decisions;

	@Autowired
	CaseCorrections corrections;

	@Autowired
	CaseFees fees;

	@Autowired
	CaseExplanations explanations;

	@Autowired
	SimilarRequests similar;

	@Autowired
	OutcomePreconditions preconditions;

	@Autowired
	Cases cases;

	@Autowired
	MockMvc mvc;

	private Agency agency;

	private GongkaiUser officer;

	private GongkaiUser applicant;

	@BeforeEach
	void setUp() {
		agency = fixtures.agency();
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		clock.setDate(LocalDate.of(2024, 9, 29));
	}

	@Test
	void correctionLapsedNeedsALapsedCorrection() {
		DisclosureCase plain = accepted("2024年本县财政预算");
		assertRefused(plain, Outcome.OTHER_CORRECTION_LAPSED, "本案没有告知补正");

		DisclosureCase corrected = correctedOn(LocalDate.of(2024, 10, 14));
		assertRefused(corrected, Outcome.OTHER_CORRECTION_LAPSED, "申请人已于2024-10-14补正");

		DisclosureCase silent = fixtures.submit(applicant, agency, "某文件");
		fixtures.as(officer, () -> corrections.request(officer, silent.id(), List.of("请说明文件名称"), 5));
		// the period runs from the applicant's receipt of the 告知书 (docs/clocks.md)
		assertThat(preconditions.missing(silent, Outcome.OTHER_CORRECTION_LAPSED)).get().asString().contains("尚未送达");
		fixtures.serve(officer, silent.id(), LetterKind.CORRECTION_NOTICE, LocalDate.of(2024, 10, 14));
		assertThat(preconditions.missing(silent, Outcome.OTHER_CORRECTION_LAPSED)).get().asString().contains("尚未届满");
		clock.setDate(LocalDate.of(2024, 10, 31));
		assertThat(preconditions.missing(silent, Outcome.OTHER_CORRECTION_LAPSED)).isEmpty();
	}

	@Test
	void stillUnclearNeedsAnAnsweredCorrection() {
		DisclosureCase plain = accepted("某文件");
		assertRefused(plain, Outcome.UNAVAILABLE_STILL_UNCLEAR, "须先告知补正并收到补正");

		DisclosureCase corrected = correctedOn(LocalDate.of(2024, 10, 14));
		draft(corrected, Outcome.UNAVAILABLE_STILL_UNCLEAR);
		assertThat(status(corrected)).isEqualTo(CaseStatus.UNDER_REVIEW);
	}

	@Test
	void feeUnpaidNeedsALapsedFeeNotice() {
		DisclosureCase plain = accepted("某文件");
		assertRefused(plain, Outcome.OTHER_FEE_UNPAID, "本案没有发出收费通知");

		DisclosureCase charged = accepted("大量文件");
		fixtures.as(officer, () -> fees.notify(officer, charged.id(), FeeMode.PER_VOLUME, 50));
		assertThat(preconditions.missing(charged, Outcome.OTHER_FEE_UNPAID)).get().asString().contains("尚未送达");
		fixtures.serve(officer, charged.id(), LetterKind.FEE_NOTICE, LocalDate.of(2024, 9, 29));
		assertThat(preconditions.missing(charged, Outcome.OTHER_FEE_UNPAID)).get().asString().contains("尚未届满");
		clock.setDate(LocalDate.of(2024, 11, 30));
		assertThat(preconditions.missing(charged, Outcome.OTHER_FEE_UNPAID)).isEmpty();
	}

	@Test
	void excessiveNeedsARequestForReasons() {
		DisclosureCase plain = accepted("某文件");
		assertRefused(plain, Outcome.NOT_PROCESSED_EXCESSIVE, "须先书面要求申请人说明理由");

		DisclosureCase asked = accepted("第四十件申请");
		fixtures.as(officer, () -> explanations.request(officer, asked.id(), "本月已提出40件申请，请说明用途", 10));
		clock.setDate(LocalDate.of(2024, 10, 14));
		fixtures.as(applicant, () -> {
			explanations.answer(applicant, asked.id(), "想看看");
			return null;
		});
		draft(asked, Outcome.NOT_PROCESSED_EXCESSIVE);
		assertThat(status(asked)).isEqualTo(CaseStatus.UNDER_REVIEW);
	}

	@Test
	void repeatedNeedsALinkedEarlierAnswerToTheSameApplicant() {
		DisclosureCase earlier = fixtures.submit(applicant, agency, "2024年本县财政预算执行情况");
		fixtures.answer(officer, earlier.id(), Outcome.DISCLOSED, "已公开");
		clock.setDate(LocalDate.of(2024, 10, 21));
		DisclosureCase again = accepted("2024年本县财政预算执行情况");
		assertRefused(again, Outcome.NOT_PROCESSED_REPEATED, "本案没有关联这样的申请");

		// a link to another applicant's request, or to one not yet answered, is not
		// enough
		GongkaiUser other = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		DisclosureCase someoneElses = fixtures.submit(other, agency, "2024年本县财政预算执行情况");
		fixtures.answer(officer, someoneElses.id(), Outcome.DISCLOSED, "已公开");
		DisclosureCase open = fixtures.submit(applicant, agency, "2024年本县财政预算执行情况（续）");
		link(again, someoneElses);
		link(again, open);
		assertRefused(again, Outcome.NOT_PROCESSED_REPEATED, "本案没有关联这样的申请");

		// nor a request of the same applicant received after this one, even answered
		clock.setDate(LocalDate.of(2024, 10, 22));
		DisclosureCase later = fixtures.submit(applicant, agency, "2024年本县财政预算执行情况（再次）");
		fixtures.answer(officer, later.id(), Outcome.DISCLOSED, "已公开");
		link(again, later);
		assertRefused(again, Outcome.NOT_PROCESSED_REPEATED, "本案没有关联这样的申请");

		link(again, earlier);
		draft(again, Outcome.NOT_PROCESSED_REPEATED);
		assertThat(status(again)).isEqualTo(CaseStatus.UNDER_REVIEW);
	}

	@Test
	void theApiAnswersAProblemAndThePageShowsTheReasonBesideTheField() throws Exception {
		DisclosureCase plain = accepted("某文件");
		mvc.perform(post("/api/cases/" + plain.id() + "/decision").with(csrf())
			.with(user(officer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"outcome\":\"OTHER_CORRECTION_LAPSED\",\"replyText\":\"视为放弃申请\"}"))
			.andExpect(MockMvcResultMatchers.status().isConflict())
			.andExpect(jsonPath("$.title").value("办理结果不具备法定条件"))
			.andExpect(jsonPath("$.outcome").value("OTHER_CORRECTION_LAPSED"))
			.andExpect(jsonPath("$.detail").value(containsString("本案没有告知补正")));
		mvc.perform(post("/officer/cases/" + plain.id() + "/decision").with(csrf())
			.with(user(officer))
			.param("outcome", "NOT_PROCESSED_EXCESSIVE")
			.param("replyText", "不予处理"))
			.andExpect(flash().attribute("outcomeError", containsString("说明理由")))
			.andExpect(flash().attribute("chosenOutcome", Outcome.NOT_PROCESSED_EXCESSIVE));
		assertThat(status(plain)).isEqualTo(CaseStatus.IN_PROGRESS);
	}

	private DisclosureCase accepted(String information) {
		return fixtures.accepted(applicant, agency, officer, information);
	}

	/** A request that needed a 补正, answered on {@code on}, and accepted. */
	private DisclosureCase correctedOn(LocalDate on) {
		DisclosureCase filed = fixtures.submit(applicant, agency, "那个文件");
		fixtures.as(officer, () -> corrections.request(officer, filed.id(), List.of("请说明文件名称或文号"), 10));
		clock.setDate(on);
		fixtures.as(applicant, () -> {
			corrections.answer(applicant, filed.id(), "还是那个文件");
			return null;
		});
		fixtures.accept(officer, filed.id());
		return filed;
	}

	private void assertRefused(DisclosureCase c, Outcome outcome, String reason) {
		assertThatThrownBy(() -> draft(c, outcome)).isInstanceOf(OutcomeNotEarnedException.class)
			.hasMessageContaining(outcome.plainLabel())
			.hasMessageContaining(reason);
		assertThat(status(c)).isEqualTo(CaseStatus.IN_PROGRESS);
	}

	private void draft(DisclosureCase c, Outcome outcome) {
		fixtures.as(officer, () -> decisions.draft(officer, c.id(), outcome, "答复：" + outcome.plainLabel()));
	}

	private void link(DisclosureCase c, DisclosureCase related) {
		fixtures.as(officer, () -> {
			similar.link(officer, c.id(), related.id(), "同一信息");
			return null;
		});
	}

	private CaseStatus status(DisclosureCase c) {
		return cases.byId(c.id()).orElseThrow().status();
	}

}
