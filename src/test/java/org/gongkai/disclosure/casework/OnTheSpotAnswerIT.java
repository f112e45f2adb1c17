package org.gongkai.disclosure.casework;

import java.time.LocalDate;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.applicants.ApplicantDetails;
import org.gongkai.disclosure.applicants.IdDocumentType;
import org.gongkai.disclosure.casework.decision.CaseLetters;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.history.LedgerEntry;
import org.gongkai.disclosure.casework.intake.OfflineRequest;
import org.gongkai.disclosure.casework.intake.RequestIntake;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess.Elements;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess.Vars;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.documents.Letter;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.reporting.ReportCompiler;
import org.gongkai.disclosure.reporting.ReportTable;
import org.gongkai.disclosure.shared.InvalidFields;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12 item 7, 《条例》第三十三条第一款: 「能够当场答复的，应当当场予以答复」. A request made in person and
 * answered there and then is replied to on its receipt date, skips the 20 working days'
 * steps, and counts in the report like any other (docs/statute.md#on-the-spot).
 */
@GongkaiIntegrationTest
class OnTheSpotAnswerIT {

	private static final LocalDate TODAY = LocalDate.of(2025, 3, 4);

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	RequestIntake intake;

	@Autowired
	Cases cases;

	@Autowired
	CaseLedger ledger;

	@Autowired
	CaseLetters letters;

	@Autowired
	ReportCompiler reports;

	@Autowired
	HistoryService history;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private Agency agency;

	private GongkaiUser registrar;

	@BeforeEach
	void setUp() {
		agency = fixtures.agency();
		registrar = fixtures.officer(agency, Role.REGISTRAR);
		clock.setDate(TODAY);
	}

	@Test
	void answeredOnTheSpotIsRepliedOnTheReceiptDateWithoutTheOrdinaryStepsAndCountedNormally() {
		DisclosureCase answered = answer(Channel.IN_PERSON, TODAY, Outcome.DISCLOSED,
				"该信息已在本县人民政府门户网站“财政预决算”栏目主动公开，可在该栏目查阅、下载。");
		assertThat(answered.status()).isEqualTo(CaseStatus.DECIDED);
		assertThat(answered.receivedOn()).isEqualTo(TODAY);
		assertThat(answered.decidedOn()).isEqualTo(TODAY);
		assertThat(answered.closedOn()).isEqualTo(TODAY);

		fixtures.runDueJobs();
		DisclosureCase issued = cases.byId(answered.id()).orElseThrow();
		assertThat(issued.status()).isEqualTo(CaseStatus.ANSWERED);
		assertThat(issued.outcome()).isEqualTo(Outcome.DISCLOSED);
		assertThat(ledger.of(answered.id())).extracting(LedgerEntry::action)
			.containsSubsequence(LedgerAction.SUBMITTED, LedgerAction.RECEIVED, LedgerAction.ANSWERED_ON_THE_SPOT,
					LedgerAction.REPLY_ISSUED)
			.doesNotContain(LedgerAction.ACCEPTED, LedgerAction.DRAFTED, LedgerAction.REVIEW_APPROVED,
					LedgerAction.DECIDED);
		assertThat(ledger.of(answered.id())).filteredOn(e -> e.action() == LedgerAction.ANSWERED_ON_THE_SPOT)
			.singleElement()
			.satisfies(e -> assertThat(e.legalBasis()).startsWith("《条例》第三十三条第一款"));

		// the process went from the start straight to issuing the reply, holding only ids
		// and flags
		String instance = history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(DisclosureRequestProcess.KEY)
			.processInstanceBusinessKey(answered.reference())
			.singleResult()
			.getId();
		assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).list())
			.extracting(HistoricActivityInstance::getActivityId)
			.contains(Elements.GATEWAY_ANSWERED_ON_THE_SPOT, Elements.TASK_ISSUE_REPLY, Elements.END_ANSWERED)
			.doesNotContain(Elements.TASK_SCREEN, Elements.TASK_DECIDE, Elements.TASK_LEGAL_REVIEW,
					Elements.TASK_SIGN_OFF);
		assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).list())
			.extracting(HistoricVariableInstance::getName)
			.containsExactlyInAnyOrder(Vars.CASE_ID, Vars.ANSWERED_ON_THE_SPOT)
			.allMatch(Vars.ALL::contains);

		Letter reply = fixtures.as(registrar, () -> letters.letter(registrar, answered.id(), LetterKind.REPLY));
		assertThat(reply.date()).isEqualTo(TODAY);
		assertThat(reply.paragraphs().get(0)).contains("第三十三条第一款当场答复如下");
		Letter receipt = fixtures.as(registrar, () -> letters.letter(registrar, answered.id(), LetterKind.RECEIPT));
		assertThat(String.join("\n", receipt.paragraphs())).contains("当场予以答复").doesNotContain("20个工作日内");

		clock.reset(); // the report's year must have begun by the (test) clock
		ReportTable three = fixtures.as(registrar, () -> reports.compile(registrar, agency.code(), 2025))
			.sections()
			.stream()
			.filter(t -> t.section().equals("三"))
			.findFirst()
			.orElseThrow();
		assertThat(three.row("NEW").values()).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
		assertThat(three.row("DISCLOSED").values()).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
		assertThat(three.row("CARRIED_FORWARD").values()).containsOnly(0L);
	}

	@Test
	void onlyAnAnswerNeedingNoReviewAndOnlyToAnApplicantWhoIsThere() {
		assertThatThrownBy(() -> answer(Channel.IN_PERSON, TODAY, Outcome.WITHHELD_STATE_SECRET, "属于国家秘密"))
			.isInstanceOfSatisfying(InvalidFields.class,
					e -> assertThat(e.problems()).containsKey("onTheSpotOutcome").hasSize(1));
		assertThatThrownBy(() -> answer(Channel.IN_PERSON, TODAY, Outcome.UNAVAILABLE_NOT_HELD, "不存在"))
			.isInstanceOfSatisfying(InvalidFields.class,
					e -> assertThat(e.problems().get("onTheSpotOutcome")).contains("法制审核"));
		assertThatThrownBy(() -> answer(Channel.REGISTERED_MAIL, TODAY, Outcome.DISCLOSED, "已主动公开"))
			.isInstanceOfSatisfying(InvalidFields.class,
					e -> assertThat(e.problems().get("channel")).contains("当面提交或口头提出"));
		assertThatThrownBy(() -> answer(Channel.IN_PERSON, TODAY.minusDays(1), Outcome.DISCLOSED, "已主动公开"))
			.isInstanceOfSatisfying(InvalidFields.class,
					e -> assertThat(e.problems().get("submittedOn")).contains("今天"));
		assertThatThrownBy(() -> answer(Channel.ORAL, TODAY, Outcome.NOT_PROCESSED_PUBLICATIONS, " "))
			.isInstanceOfSatisfying(InvalidFields.class, e -> assertThat(e.problems()).containsKey("onTheSpotReply"));
		assertThat(jdbc.sql("select count(*) from disclosure_case where agency_id = ?")
			.param(agency.id().value())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theApiAndTheRegistrationPageRecordItToo() throws Exception {
		mvc.perform(post("/api/cases/on-the-spot").with(csrf())
			.with(user(registrar))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"request":{"channel":"IN_PERSON","submittedOn":"2025-03-04",
					  "applicant":{"category":"NATURAL_PERSON","name":"王某","idDocumentType":"RESIDENT_ID_CARD",
					    "idDocumentNumber":"%s","phone":"13700001111","address":"某地"},
					  "informationSought":"本县2024年政府工作报告","requestedForm":"PAPER","deliveryMethod":"PICK_UP"},
					 "outcome":"WITHHELD_INTERNAL_AFFAIRS","replyText":"内部事务"}"""
				.formatted(Fixtures.validResidentId())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("当场答复只能是")));
		mvc.perform(registeredOnTheSpot(" "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"onTheSpotReply-error\"")))
			.andExpect(content().string(containsString("本县2024年政府工作报告")));
		mvc.perform(registeredOnTheSpot("已在本县政府门户网站公开"))
			.andExpect(flash().attribute("message", containsString("当场答复")));
		assertThat(jdbc.sql("select status from disclosure_case where agency_id = ?")
			.param(agency.id().value())
			.query(String.class)
			.single()).isEqualTo(CaseStatus.DECIDED.name());
	}

	/**
	 * The registrar's form for an in-person request answered 予以公开 on the spot with
	 * {@code reply}.
	 */
	private MockHttpServletRequestBuilder registeredOnTheSpot(String reply) {
		return post("/officer/register").with(csrf())
			.with(user(registrar))
			.param("channel", "IN_PERSON")
			.param("submittedOn", TODAY.toString())
			.param("category", "NATURAL_PERSON")
			.param("name", "王某")
			.param("idDocumentType", "RESIDENT_ID_CARD")
			.param("idDocumentNumber", Fixtures.validResidentId())
			.param("phone", "13700001111")
			.param("address", "某地")
			.param("informationSought", "本县2024年政府工作报告")
			.param("requestedForm", "PAPER")
			.param("deliveryMethod", "PICK_UP")
			.param("onTheSpotOutcome", "DISCLOSED")
			.param("onTheSpotReply", reply);
	}

	private DisclosureCase answer(Channel channel, LocalDate submitted, Outcome outcome, String reply) {
		return fixtures.as(registrar, () -> intake.answerOnTheSpot(registrar,
				new OfflineRequest(channel, submitted, channel.receivedOnSubmission() ? null : submitted,
						new ApplicantDetails(ApplicantCategory.NATURAL_PERSON, "王某", IdDocumentType.RESIDENT_ID_CARD,
								Fixtures.validResidentId(), "13700001111", null, "某地"),
						"本县2024年财政预算执行情况报告", RequestedForm.PAPER, DeliveryMethod.PICK_UP),
				outcome, reply));
	}

}
