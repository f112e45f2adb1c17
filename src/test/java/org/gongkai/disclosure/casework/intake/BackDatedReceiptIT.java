package org.gongkai.disclosure.casework.intake;

import java.time.LocalDate;
import java.util.Base64;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.applicants.ApplicantDetails;
import org.gongkai.disclosure.applicants.IdDocumentType;
import org.gongkai.disclosure.casework.Channel;
import org.gongkai.disclosure.casework.DeliveryMethod;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.RequestedForm;
import org.gongkai.disclosure.casework.attachments.Attachment;
import org.gongkai.disclosure.casework.attachments.CaseAttachments;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.shared.InvalidFields;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12 item 6: a request registered after the day it was received (day 0 of the
 * clock, 《条例》第三十一条) needs the registrar's reason and evidence of that day — a file or a
 * written note — kept in the ledger; without them it is refused
 * (docs/statute.md#back-dated-receipt).
 */
@GongkaiIntegrationTest
class BackDatedReceiptIT {

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	RequestIntake intake;

	@Autowired
	CaseLedger ledger;

	@Autowired
	CaseAttachments attachments;

	@Autowired
	MockMvc mvc;

	private GongkaiUser registrar;

	@BeforeEach
	void setUp() {
		clock.setDate(LocalDate.of(2024, 10, 9));
		Agency agency = fixtures.agency();
		registrar = fixtures.officer(agency, Role.REGISTRAR);
	}

	@Test
	void anEarlierReceiptDateWithoutReasonOrEvidenceIsRefused() {
		assertThatThrownBy(() -> register(signedFor("2024-10-08"))).isInstanceOfSatisfying(InvalidFields.class,
				e -> assertThat(e.problems()).containsKeys("backdatingReason", "backdatingNote"));
		assertThatThrownBy(() -> register(signedFor("2024-10-08").backdated("收发室周一转来", null, null)))
			.isInstanceOfSatisfying(InvalidFields.class, e -> {
				assertThat(e.problems()).containsOnlyKeys("backdatingNote");
				assertThat(e.getMessage()).contains("请上传收到日期的证明");
			});
		// an in-person request submitted a week ago is back-dated too
		assertThatThrownBy(() -> register(new OfflineRequest(Channel.IN_PERSON, LocalDate.of(2024, 10, 2), null,
				applicant(), "某文件", RequestedForm.PAPER, DeliveryMethod.POST)))
			.isInstanceOfSatisfying(InvalidFields.class, e -> assertThat(e.problems()).containsKey("backdatingReason"));
	}

	@Test
	void theReasonAndAWrittenNoteGoIntoTheLedger() {
		DisclosureCase c = register(signedFor("2024-10-08").backdated("收发室周一转来", "挂号信签收单记载10月8日签收", null));
		assertThat(c.receivedOn()).isEqualTo(LocalDate.of(2024, 10, 8));
		assertThat(ledger.of(c.id())).filteredOn(e -> e.action() == LedgerAction.RECEIPT_BACKDATED)
			.singleElement()
			.satisfies(e -> {
				assertThat(e.detail()).containsEntry("receivedOn", "2024-10-08")
					.containsEntry("registeredOn", "2024-10-09")
					.containsEntry("reason", "收发室周一转来")
					.containsEntry("note", "挂号信签收单记载10月8日签收");
				assertThat(e.legalBasis()).isEqualTo("《条例》第三十一条");
				assertThat(e.actorId()).isEqualTo(registrar.id());
			});
	}

	@Test
	void anEvidenceFileIsAttachedAndNamedInTheLedger() {
		DisclosureCase c = register(signedFor("2024-10-08").backdated("收发室周一转来", null,
				new IntakeFile("信封邮戳.png", ApplicantOwnInformationIT.PNG)));
		Attachment evidence = fixtures.as(registrar, () -> attachments.of(registrar, c.id())).get(0);
		assertThat(evidence.purpose()).isEqualTo(Attachment.Purpose.RECEIPT_EVIDENCE);
		assertThat(ledger.of(c.id())).filteredOn(e -> e.action() == LedgerAction.RECEIPT_BACKDATED)
			.singleElement()
			.satisfies(e -> assertThat(e.detail()).containsEntry("sha256", evidence.sha256())
				.containsEntry("evidence", evidence.fileName()));
	}

	@Test
	void aReceiptTodayNeedsNeither() {
		DisclosureCase c = register(signedFor("2024-10-09"));
		assertThat(ledger.of(c.id())).noneMatch(e -> e.action() == LedgerAction.RECEIPT_BACKDATED);
	}

	@Test
	void theApiAnswersWithAProblemNamingTheFieldsAndTakesABase64Evidence() throws Exception {
		String base = """
				{"channel":"REGISTERED_MAIL","submittedOn":"2024-10-07","receivedOn":"2024-10-08",
				 "applicant":{"category":"NATURAL_PERSON","name":"王某","idDocumentType":"RESIDENT_ID_CARD",
				              "idDocumentNumber":"%s","phone":"13700001111"},
				 "informationSought":"某镇2024年低保名单","requestedForm":"PAPER","deliveryMethod":"POST"%s}""";
		mvc.perform(post("/api/cases").with(user(registrar))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(base.formatted(Fixtures.validResidentId(), "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.backdatingReason").value(containsString("理由")))
			.andExpect(jsonPath("$.errors.backdatingNote").exists());
		String evidence = ",\"backdatingReason\":\"收发室周一转来\",\"receiptEvidence\":{\"fileName\":\"签收单.png\",\"content\":\""
				+ Base64.getEncoder().encodeToString(ApplicantOwnInformationIT.PNG) + "\"}";
		mvc.perform(post("/api/cases").with(user(registrar))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(base.formatted(Fixtures.validResidentId(), evidence)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.receivedOn").value("2024-10-08"));
	}

	@Test
	void theRegistrarsFormShowsTheMissingReasonBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
		String page = mvc
			.perform(multipart("/officer/register").with(csrf())
				.with(user(registrar))
				.param("channel", "IN_PERSON")
				.param("submittedOn", "2024-10-02")
				.param("category", "NATURAL_PERSON")
				.param("name", "王某")
				.param("idDocumentType", "RESIDENT_ID_CARD")
				.param("idDocumentNumber", Fixtures.validResidentId())
				.param("phone", "13700001111")
				.param("informationSought", "某镇2024年低保名单")
				.param("requestedForm", "PAPER")
				.param("deliveryMethod", "POST")
				.param("backdatingNote", "窗口登记簿记载10月2日当面提交"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"backdatingReason-error\"", "收到申请之日早于今天的理由不能为空")
			.contains("窗口登记簿记载10月2日当面提交", "value=\"2024-10-02\"", "某镇2024年低保名单");
	}

	private DisclosureCase register(OfflineRequest request) {
		return fixtures.as(registrar, () -> intake.register(registrar, request));
	}

	private static OfflineRequest signedFor(String receivedOn) {
		return new OfflineRequest(Channel.REGISTERED_MAIL, LocalDate.of(2024, 10, 7), LocalDate.parse(receivedOn),
				applicant(), "某镇2024年低保名单", RequestedForm.PAPER, DeliveryMethod.POST);
	}

	private static ApplicantDetails applicant() {
		return new ApplicantDetails(ApplicantCategory.NATURAL_PERSON, "王某", IdDocumentType.RESIDENT_ID_CARD,
				Fixtures.validResidentId(), "13700001111", null, "某地");
	}

}
