package org.gongkai.disclosure.casework;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
import org.gongkai.disclosure.casework.intake.OfflineRequest;
import org.gongkai.disclosure.casework.intake.RequestIntake;
import org.gongkai.disclosure.casework.stops.CaseConsultations;
import org.gongkai.disclosure.casework.stops.CaseCorrections;
import org.gongkai.disclosure.casework.stops.CaseFees;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.fees.FeeMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Requests that arrive on paper, by post, fax, e-mail or orally (条例 art 31), and the
 * letters each step produces.
 */
@GongkaiIntegrationTest
class OfflineIntakeAndLettersIT {

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	RequestIntake intake;

	@Autowired
	CaseCorrections corrections;

	@Autowired
	CaseFees fees;

	@Autowired
	CaseConsultations consultations;

	@Autowired
	CaseLetters letters;

	@Autowired
	ReplyDeadlines deadlines;

	@Autowired
	MockMvc mvc;

	private Agency agency;

	private GongkaiUser registrar;

	private GongkaiUser officer;

	@BeforeEach
	void setUp() {
		agency = fixtures.agency();
		registrar = fixtures.officer(agency, Role.REGISTRAR);
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		clock.setDate(LocalDate.of(2024, 10, 9));
	}

	@Test
	void theReceiptDateFollowsArticle31ForEachChannel() {
		String idNumber = Fixtures.validResidentId();
		DisclosureCase mailed = register(Channel.REGISTERED_MAIL, "2024-09-27", "2024-09-30", idNumber);
		assertThat(mailed.receivedOn()).isEqualTo(LocalDate.of(2024, 9, 30)); // the day
																				// signed
																				// for
		DisclosureCase inPerson = register(Channel.IN_PERSON, "2024-10-08", "2024-10-09", idNumber);
		assertThat(inPerson.receivedOn()).isEqualTo(LocalDate.of(2024, 10, 8)); // the day
																				// of
																				// submission,
																				// whatever
																				// typed
		DisclosureCase faxed = register(Channel.FAX, "2024-10-08", "2024-10-09", idNumber);
		assertThat(faxed.receivedOn()).isEqualTo(LocalDate.of(2024, 10, 9)); // the day
																				// both
																				// sides
																				// confirmed
		assertThat(inPerson.applicantId()).isEqualTo(mailed.applicantId()); // the same
																			// person,
																			// found by
																			// blind index
		assertThat(faxed.reference()).startsWith(agency.code() + "-2024-");

		assertThatThrownBy(() -> register(Channel.ORDINARY_LETTER, "2024-10-08", null, idNumber))
			.hasMessageContaining("确认");
		assertThatThrownBy(() -> register(Channel.EMAIL, "2024-10-08", "2024-10-07", idNumber))
			.hasMessageContaining("不得早于提交日期");
		assertThatThrownBy(() -> register(Channel.ONLINE, "2024-10-08", null, idNumber)).hasMessageContaining("线下");
		assertThatThrownBy(() -> register(Channel.IN_PERSON, "2024-10-10", null, idNumber))
			.hasMessageContaining("不得晚于今天");
	}

	@Test
	void theRegistrarsReceiptStatesTheReceiptDateAndTheDeadline() throws Exception {
		DisclosureCase mailed = register(Channel.REGISTERED_MAIL, "2024-09-27", "2024-09-30",
				Fixtures.validResidentId());
		byte[] docx = fixtures.as(registrar, () -> letters.render(registrar, mailed.id(), LetterKind.RECEIPT, "docx"))
			.content();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			String text = new XWPFWordExtractor(document).getText();
			LocalDate due = deadlines.addWorkingDays(LocalDate.of(2024, 9, 30), 20);
			assertThat(text).contains("邮寄（需签收）")
				.contains("收到申请之日为2024年9月30日")
				.contains(due.getYear() + "年" + due.getMonthValue() + "月" + due.getDayOfMonth() + "日前");
		}
	}

	@Test
	void everyStepHasItsLetter() throws Exception {
		DisclosureCase filed = register(Channel.IN_PERSON, "2024-10-09", null, Fixtures.validResidentId());
		fixtures.as(officer, () -> corrections.request(officer, filed.id(), List.of("请说明文件名称", "请提供联系电话"), 10));
		String correction = text(filed, LetterKind.CORRECTION_NOTICE);
		assertThat(correction).contains("1. 请说明文件名称").contains("视为放弃申请");

		DisclosureCase second = register(Channel.IN_PERSON, "2024-10-09", null, Fixtures.validResidentId());
		fixtures.accept(officer, second.id());
		fixtures.as(officer, () -> fees.notify(officer, second.id(), FeeMode.PER_VOLUME, 120));
		assertThat(text(second, LetterKind.FEE_NOTICE)).contains("1100元").contains("第101至第120页：20页 × 20元 = 400元");

		DisclosureCase third = register(Channel.IN_PERSON, "2024-10-09", null, Fixtures.validResidentId());
		fixtures.accept(officer, third.id());
		fixtures.as(officer,
				() -> consultations.send(officer, third.id(), CaseConsultations.Party.THIRD_PARTY, "某建设公司", "投标报价"));
		assertThat(text(third, LetterKind.CONSULTATION_LETTER)).contains("某建设公司").contains("15个工作日");
		assertThatThrownBy(
				() -> fixtures.as(officer, () -> letters.render(officer, third.id(), LetterKind.REPLY, "pdf")))
			.hasMessageContaining("尚未作出答复决定");
	}

	@Test
	void theApiRegistersAndOnlyOfficersMayDoIt() throws Exception {
		String body = """
				{"channel":"REGISTERED_MAIL","submittedOn":"2024-09-27","receivedOn":"2024-09-30",
				 "applicant":{"category":"COMMERCIAL_ENTERPRISE","name":"某贸易有限公司",
				              "idDocumentType":"UNIFIED_SOCIAL_CREDIT_CODE","idDocumentNumber":"%s",
				              "phone":"0591-1234567"},
				 "informationSought":"2024年度企业扶持资金发放名单","requestedForm":"PAPER","deliveryMethod":"POST",
				 "backdatingReason":"邮件经收发室转来","backdatingNote":"挂号信签收单记载9月30日签收"}"""
			.formatted(Fixtures.validCreditCode());
		mvc.perform(post("/api/cases").with(user(registrar))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.receivedOn").value("2024-09-30"))
			.andExpect(jsonPath("$.channel").value("邮寄（需签收）"))
			.andExpect(jsonPath("$.applicantCategory").value("商业企业"));
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		mvc.perform(post("/api/cases").with(user(applicant))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isForbidden());
		mvc.perform(get("/officer/register").with(user(registrar))).andExpect(status().isOk());
	}

	private String text(DisclosureCase c, LetterKind kind) throws Exception {
		byte[] docx = fixtures.as(officer, () -> letters.render(officer, c.id(), kind, "docx")).content();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			return new XWPFWordExtractor(document).getText();
		}
	}

	private DisclosureCase register(Channel channel, String submitted, String received, String idNumber) {
		return fixtures.as(registrar, () -> intake.register(registrar, new OfflineRequest(channel,
				LocalDate.parse(submitted), received == null ? null : LocalDate.parse(received),
				new ApplicantDetails(ApplicantCategory.NATURAL_PERSON, "王某", IdDocumentType.RESIDENT_ID_CARD, idNumber,
						"13700001111", null, "某地"),
				"某镇2024年低保名单", RequestedForm.PAPER, DeliveryMethod.POST)
			// registered on the test day: an earlier receipt date carries its
			// reason and evidence (BackDatedReceiptIT)
			.backdated("邮件经收发室转来", "邮件签收单存档", null)));
	}

}
