package org.gongkai.disclosure.casework.intake;

import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.applicants.ApplicantDetails;
import org.gongkai.disclosure.applicants.IdDocumentType;
import org.gongkai.disclosure.applicants.IdentityNumbers;
import org.gongkai.disclosure.casework.CaseStatus;
import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.casework.Channel;
import org.gongkai.disclosure.casework.DeliveryMethod;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.OutcomeNotEarnedException;
import org.gongkai.disclosure.casework.RequestedForm;
import org.gongkai.disclosure.casework.attachments.Attachment;
import org.gongkai.disclosure.casework.attachments.CaseAttachments;
import org.gongkai.disclosure.casework.decision.CaseDecisions;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.shared.InvalidFields;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12 item 6: a request about the applicant's own affairs is answered with that
 * information only after the identity is verified — who, how, when
 * (docs/statute.md#own-information); 委托代理 needs the 授权委托书 and is recorded with the
 * agent's particulars (docs/statute.md#agent).
 */
@GongkaiIntegrationTest
class ApplicantOwnInformationIT {

	static final byte[] PNG = HexFormat.of()
		.parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
				+ "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	RequestIntake intake;

	@Autowired
	ApplicantInformation information;

	@Autowired
	CaseDecisions decisions;

	@Autowired
	CaseSplitting splitting;

	@Autowired
	CaseLedger ledger;

	@Autowired
	CaseAttachments attachments;

	@Autowired
	Cases cases;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private Agency agency;

	private GongkaiUser officer;

	private GongkaiUser registrar;

	private GongkaiUser applicant;

	@BeforeEach
	void setUp() {
		clock.setDate(LocalDate.of(2024, 9, 29));
		agency = fixtures.agency();
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		registrar = fixtures.officer(agency, Role.REGISTRAR);
		applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
	}

	@Test
	void ownInformationIsNotDisclosedBeforeTheIdentityIsVerified() {
		DisclosureCase c = fixtures.as(applicant, () -> intake.submitOnline(applicant, new NewRequest(agency.code(),
				"本人2023年城乡居民养老保险缴费记录", RequestedForm.ELECTRONIC, DeliveryMethod.ONLINE, true)));
		fixtures.accept(officer, c.id());
		assertThat(ledger.of(c.id())).extracting(e -> e.action()).contains(LedgerAction.OWN_INFORMATION_DECLARED);

		for (Outcome disclosing : new Outcome[] { Outcome.DISCLOSED, Outcome.PARTLY_DISCLOSED }) {
			assertThatThrownBy(() -> fixtures.as(officer,
					() -> decisions.draft(officer, c.id(), disclosing, "予以公开", null, null,
							Fixtures.withheldFor(disclosing))))
				.isInstanceOf(OutcomeNotEarnedException.class)
				.hasMessageContaining("须先核验申请人身份")
				.hasMessageContaining("第二十九条第二款第（一）项");
		}
		// an answer that discloses nothing does not wait for the check
		assertThat(information.disclosureWithheldUntilVerified(c.id())).isPresent();

		clock.setDate(LocalDate.of(2024, 10, 8));
		ApplicantInformation.OwnInformation verified = fixtures.as(officer, () -> information.verify(officer, c.id(),
				IdentityCheckMethod.ID_DOCUMENT_ORIGINAL, "申请人到窗口出示身份证原件", null));
		assertThat(verified.verifiedOn()).isEqualTo(LocalDate.of(2024, 10, 8));
		assertThat(verified.verifiedBy()).isEqualTo(officer.id());
		assertThat(ledger.of(c.id())).filteredOn(e -> e.action() == LedgerAction.IDENTITY_VERIFIED)
			.singleElement()
			.satisfies(e -> {
				assertThat(e.detail()).containsEntry("method", "ID_DOCUMENT_ORIGINAL")
					.containsEntry("verifiedOn", "2024-10-08");
				assertThat(e.legalBasis()).contains("第二十九条");
			});
		// verified once: a second check is refused
		assertThatThrownBy(() -> fixtures.as(officer,
				() -> information.verify(officer, c.id(), IdentityCheckMethod.NOTARISED_COPY, null, null)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("已于2024-10-08");

		fixtures.as(officer, () -> decisions.draft(officer, c.id(), Outcome.DISCLOSED, "予以公开"));
		assertThat(cases.byId(c.id()).orElseThrow().status()).isEqualTo(CaseStatus.UNDER_REVIEW);
	}

	@Test
	void aSplitRequestKeepsTheCheckItNeeds() {
		DisclosureCase c = fixtures.as(applicant, () -> intake.submitOnline(applicant, new NewRequest(agency.code(),
				"本人养老保险缴费记录；本人医保报销记录", RequestedForm.ELECTRONIC, DeliveryMethod.ONLINE, true)));
		DisclosureCase part = fixtures
			.as(officer, () -> splitting.split(officer, c.id(), List.of("本人养老保险缴费记录", "本人医保报销记录")))
			.get(1);
		assertThat(information.disclosureWithheldUntilVerified(part.id())).isPresent();
		assertThat(ledger.of(part.id())).filteredOn(e -> e.action() == LedgerAction.OWN_INFORMATION_DECLARED)
			.singleElement()
			.satisfies(e -> assertThat(e.detail()).containsEntry("splitFrom", c.reference()));
	}

	@Test
	void aRequestNotAboutTheApplicantIsAnsweredWithoutACheck() {
		DisclosureCase c = fixtures.accepted(applicant, agency, officer, "2024年本县财政预算");
		fixtures.as(officer, () -> decisions.draft(officer, c.id(), Outcome.DISCLOSED, "予以公开"));
		assertThatThrownBy(() -> fixtures.as(officer,
				() -> information.verify(officer, c.id(), IdentityCheckMethod.ID_DOCUMENT_ORIGINAL, null, null)))
			.hasMessageContaining("无需核验身份");
	}

	@Test
	void theCheckSaysHowAndWhenAndOtherWaysAreDescribed() throws Exception {
		DisclosureCase c = fixtures.as(applicant, () -> intake.submitOnline(applicant,
				new NewRequest(agency.code(), "本人不动产登记信息", RequestedForm.ELECTRONIC, DeliveryMethod.ONLINE, true)));
		assertThatThrownBy(() -> fixtures.as(officer,
				() -> information.verify(officer, c.id(), IdentityCheckMethod.OTHER, " ", null)))
			.hasMessageContaining("核验方式的说明");
		assertThatThrownBy(() -> fixtures.as(officer, () -> information.verify(officer, c.id(),
				IdentityCheckMethod.ID_DOCUMENT_ORIGINAL, null, LocalDate.of(2024, 9, 28))))
			.hasMessageContaining("核验日期须在收到申请之日");
		// the API: no method is a 400 problem
		mvc.perform(post("/api/cases/{id}/identity-verification", c.id().value()).with(user(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("请选择核验方式")));
		mvc.perform(post("/api/cases/{id}/identity-verification", c.id().value()).with(user(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"method\":\"ID_DOCUMENT_ORIGINAL\"}")).andExpect(status().isOk());
		assertThat(information.ownInformation(c.id())).get()
			.satisfies(own -> assertThat(own.verifiedByName()).isEqualTo(officer.displayName()));
	}

	@Test
	void theRegistrarChecksTheIdentityAtTheCounter() {
		OfflineRequest request = new OfflineRequest(Channel.IN_PERSON, LocalDate.of(2024, 9, 29), null,
				new ApplicantDetails(ApplicantCategory.NATURAL_PERSON, "王某", IdDocumentType.RESIDENT_ID_CARD,
						Fixtures.validResidentId(), "13700001111", null, "某地"),
				"本人低保审批材料", RequestedForm.PAPER, DeliveryMethod.POST, true, IdentityCheckMethod.ID_DOCUMENT_ORIGINAL,
				null, null, null, null, null);
		DisclosureCase c = fixtures.as(registrar, () -> intake.register(registrar, request));
		assertThat(information.ownInformation(c.id())).get().satisfies(own -> {
			assertThat(own.verified()).isTrue();
			assertThat(own.method()).isEqualTo(IdentityCheckMethod.ID_DOCUMENT_ORIGINAL);
			assertThat(own.verifiedBy()).isEqualTo(registrar.id());
		});
		assertThat(information.disclosureWithheldUntilVerified(c.id())).isEmpty();
	}

	@Test
	void anAgentNeedsTheAuthorisationAndIsRecordedWithIt() {
		AgentDetails withoutLetter = new AgentDetails("李律师", IdDocumentType.RESIDENT_ID_CARD,
				Fixtures.validResidentId(), "13800001111", "律师", null);
		assertThatThrownBy(() -> fixtures.as(registrar, () -> intake.register(registrar, offline(withoutLetter))))
			.isInstanceOfSatisfying(InvalidFields.class,
					e -> assertThat(e.problems()).containsEntry("agentAuthorisation", "委托代理须上传申请人签署的授权委托书"));

		String agentId = Fixtures.validResidentId();
		AgentDetails agent = new AgentDetails("李律师", IdDocumentType.RESIDENT_ID_CARD, agentId, "13800001111", "律师",
				new IntakeFile("授权委托书.png", PNG));
		DisclosureCase c = fixtures.as(registrar, () -> intake.register(registrar, offline(agent)));
		ApplicantInformation.Agent recorded = information.agent(c.id()).orElseThrow();
		assertThat(recorded.name()).isEqualTo("李律师");
		assertThat(recorded.relationship()).isEqualTo("律师");
		assertThat(recorded.maskedIdDocumentNumber()).isEqualTo(IdentityNumbers.mask(agentId)).doesNotContain(agentId);
		Attachment letter = fixtures.as(registrar, () -> attachments.of(registrar, c.id()))
			.stream()
			.filter(a -> a.purpose() == Attachment.Purpose.AGENT_AUTHORISATION)
			.findFirst()
			.orElseThrow();
		assertThat(recorded.authorisationId()).isEqualTo(letter.id());
		// the agent's identity number is encrypted at rest
		assertThat(jdbc.sql("select id_document_number from case_agent where case_id = ?")
			.param(c.id().value())
			.query(String.class)
			.single()).doesNotContain(agentId);
		assertThat(ledger.of(c.id())).filteredOn(e -> e.action() == LedgerAction.AGENT_RECORDED)
			.singleElement()
			.satisfies(e -> assertThat(e.detail()).containsEntry("agent", "李律师").containsKey("sha256"));
	}

	@Test
	void theRegistrarsFormShowsTheMissingAuthorisationBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
		String page = mvc
			.perform(multipart("/officer/register").with(csrf())
				.with(user(registrar))
				.param("channel", "IN_PERSON")
				.param("submittedOn", "2024-09-29")
				.param("category", "NATURAL_PERSON")
				.param("name", "王某")
				.param("idDocumentType", "RESIDENT_ID_CARD")
				.param("idDocumentNumber", Fixtures.validResidentId())
				.param("phone", "13700001111")
				.param("informationSought", "本人低保审批材料")
				.param("requestedForm", "PAPER")
				.param("deliveryMethod", "POST")
				.param("ownInformation", "true")
				.param("agentName", "李律师")
				.param("agentIdDocumentType", "RESIDENT_ID_CARD")
				.param("agentIdDocumentNumber", "110101199003071234")
				.param("agentPhone", "13800001111"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"agentAuthorisation-error\"", "委托代理须上传申请人签署的授权委托书")
			.contains("id=\"agentIdDocumentNumber-error\"")
			.contains("value=\"李律师\"", "value=\"13800001111\"", "本人低保审批材料");

		MockMultipartFile letter = new MockMultipartFile("agentAuthorisation", "授权委托书.png", "image/png", PNG);
		String location = mvc
			.perform(multipart("/officer/register").file(letter)
				.with(csrf())
				.with(user(registrar))
				.param("channel", "IN_PERSON")
				.param("submittedOn", "2024-09-29")
				.param("category", "NATURAL_PERSON")
				.param("name", "王某")
				.param("idDocumentType", "RESIDENT_ID_CARD")
				.param("idDocumentNumber", Fixtures.validResidentId())
				.param("phone", "13700001111")
				.param("informationSought", "本人低保审批材料")
				.param("requestedForm", "PAPER")
				.param("deliveryMethod", "POST")
				.param("ownInformation", "true")
				.param("agentName", "李律师")
				.param("agentIdDocumentType", "RESIDENT_ID_CARD")
				.param("agentIdDocumentNumber", Fixtures.validResidentId())
				.param("agentPhone", "13800001111"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String casePage = mvc.perform(get(location).with(user(registrar)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(casePage).contains("委托代理：李律师", "申请人身份尚未核验", "记录身份核验");
	}

	private OfflineRequest offline(AgentDetails agent) {
		return new OfflineRequest(Channel.IN_PERSON, LocalDate.of(2024, 9, 29), null,
				new ApplicantDetails(ApplicantCategory.NATURAL_PERSON, "王某", IdDocumentType.RESIDENT_ID_CARD,
						Fixtures.validResidentId(), "13700001111", null, "某地"),
				"本人低保审批材料", RequestedForm.PAPER, DeliveryMethod.POST, false, null, null, agent, null, null, null);
	}

	@Test
	void ownInformationIsDisclosedOnTheSpotOnlyAfterTheIdentityIsCheckedAtTheCounter() {
		OfflineRequest unverified = ownInformationAtTheCounter(null);
		assertThatThrownBy(() -> fixtures.as(registrar,
				() -> intake.answerOnTheSpot(registrar, unverified, Outcome.DISCLOSED, "当场提供审批材料复印件")))
			.isInstanceOf(InvalidFields.class)
			.hasMessageContaining("当场核验申请人身份");

		OfflineRequest verified = ownInformationAtTheCounter(IdentityCheckMethod.ID_DOCUMENT_ORIGINAL);
		DisclosureCase answered = fixtures.as(registrar,
				() -> intake.answerOnTheSpot(registrar, verified, Outcome.DISCLOSED, "当场提供审批材料复印件"));
		assertThat(answered.outcome()).isEqualTo(Outcome.DISCLOSED);
		assertThat(information.ownInformation(answered.id())).get()
			.satisfies(own -> assertThat(own.verified()).isTrue());
	}

	/**
	 * A request for the applicant's own information, handed in today, identity checked as
	 * {@code check}.
	 */
	private OfflineRequest ownInformationAtTheCounter(IdentityCheckMethod check) {
		return new OfflineRequest(Channel.IN_PERSON, ReplyDeadlines.today(clock), null,
				new ApplicantDetails(ApplicantCategory.NATURAL_PERSON, "王某", IdDocumentType.RESIDENT_ID_CARD,
						Fixtures.validResidentId(), "13700001111", null, "某地"),
				"本人低保审批材料", RequestedForm.PAPER, DeliveryMethod.PICK_UP, true, check, null, null, null, null, null);
	}

}
