package org.gongkai.disclosure.casework;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.history.LedgerEntry;
import org.gongkai.disclosure.casework.intake.NewRequest;
import org.gongkai.disclosure.casework.intake.RequestIntake;
import org.gongkai.disclosure.casework.notices.CaseNotices;
import org.gongkai.disclosure.casework.stops.CaseConsultations;
import org.gongkai.disclosure.casework.stops.CaseCorrections;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.serving.ServiceMethod;
import org.gongkai.disclosure.serving.ServiceRecord;
import org.gongkai.disclosure.serving.ServiceRecords;
import org.junit.jupiter.api.AfterEach;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 送达 (issue 11 item 3): every letter a case's office issues has its service record — how
 * it was sent, the day its addressee received it, the proof, and who recorded it — seen
 * by the applicant and the officer on the case.
 */
@GongkaiIntegrationTest
class ServiceOfDocumentsIT {

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
	CaseNotices notices;

	@Autowired
	CaseLedger ledger;

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
		clock.setDate(LocalDate.of(2024, 10, 8));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theReceiptOfAnOnlineRequestIsServedWhenTheApplicantOpensIt() throws Exception {
		DisclosureCase filed = file();
		List<ServiceRecord> sent = fixtures.as(officer, () -> notices.history(officer, filed.id()));
		assertThat(sent).singleElement().satisfies(r -> {
			assertThat(r.document()).isEqualTo(LetterKind.RECEIPT);
			assertThat(r.method()).isEqualTo(ServiceMethod.IN_SYSTEM);
			assertThat(r.received()).isFalse();
		});

		// an officer reading the letter serves nothing
		mvc.perform(get("/api/requests/" + filed.id() + "/letters/RECEIPT").with(user(officer)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/requests/" + filed.id() + "/service").with(user(applicant)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].document").value("RECEIPT"))
			.andExpect(jsonPath("$[0].receivedOn").doesNotExist());

		clock.setDate(LocalDate.of(2024, 10, 10));
		mvc.perform(get("/api/requests/" + filed.id() + "/letters/RECEIPT").with(user(applicant)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/requests/" + filed.id() + "/service").with(user(applicant)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].document").value("RECEIPT"))
			.andExpect(jsonPath("$[0].method").value("IN_SYSTEM"))
			.andExpect(jsonPath("$[0].receivedOn").value("2024-10-10"))
			.andExpect(jsonPath("$[0].proof").value(ServiceRecords.OPENED_IN_SYSTEM))
			.andExpect(jsonPath("$[0].receiptRecordedBy").value(applicant.displayName()));
		// opening it again changes nothing
		mvc.perform(get("/api/requests/" + filed.id() + "/letters/RECEIPT").with(user(applicant)))
			.andExpect(status().isOk());
		assertThat(ledger.of(filed.id())).extracting(LedgerEntry::action)
			.containsSubsequence(LedgerAction.RECEIVED, LedgerAction.DOCUMENT_SENT, LedgerAction.DOCUMENT_SERVED)
			.filteredOn(a -> a == LedgerAction.DOCUMENT_SERVED)
			.hasSize(1);
	}

	@Test
	void aPostedNoticeCarriesItsTrackingNumberAndItsReceiptIsDatedWithProof() throws Exception {
		DisclosureCase filed = file();
		fixtures.as(officer, () -> corrections.request(officer, filed.id(), List.of("请写明所需文件的名称"), 10));

		mvc.perform(post("/api/cases/" + filed.id() + "/service").with(user(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"document\":\"CORRECTION_NOTICE\",\"method\":\"POST\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("邮件号")));
		mvc.perform(post("/api/cases/" + filed.id() + "/service").with(user(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"document\":\"REPLY\",\"method\":\"POST\",\"trackingNumber\":\"XA123\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("尚未出具")));
		String sent = mvc
			.perform(post("/api/cases/" + filed.id() + "/service").with(user(officer))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"document\":\"CORRECTION_NOTICE\",\"method\":\"POST\",\"trackingNumber\":\"XA10086\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.documentTitle").value("政府信息公开申请补正告知书"))
			.andExpect(jsonPath("$.trackingNumber").value("XA10086"))
			.andExpect(jsonPath("$.receivedOn").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String serviceId = JsonPath.read(sent, "$.id");
		String receipt = "/api/cases/" + filed.id() + "/service/" + serviceId + "/receipt";

		clock.setDate(LocalDate.of(2024, 10, 14));
		mvc.perform(post(receipt).with(user(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"receivedOn\":\"2024-10-07\",\"proof\":\"邮政查询\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("不能早于发出日期（2024-10-08）")));
		mvc.perform(post(receipt).with(user(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"receivedOn\":\"2024-10-15\",\"proof\":\"邮政查询\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("不能晚于今天")));
		mvc.perform(post(receipt).with(user(applicant))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"receivedOn\":\"2024-10-10\",\"proof\":\"我收到了\"}")).andExpect(status().isForbidden());
		mvc.perform(post(receipt).with(user(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"receivedOn\":\"2024-10-10\",\"proof\":\"https://www.ems.com.cn/ XA10086 妥投\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.receivedOn").value("2024-10-10"))
			.andExpect(jsonPath("$.receiptRecordedBy").value(officer.displayName()));
		mvc.perform(post(receipt).with(user(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"receivedOn\":\"2024-10-11\",\"proof\":\"again\"}")).andExpect(status().isConflict());

		mvc.perform(get("/my/requests/" + filed.id()).with(user(applicant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("文书送达")))
			.andExpect(content().string(containsString("XA10086")))
			.andExpect(content().string(containsString("2024-10-10")));
	}

	@Test
	void aLetterToAConsultedThirdPartyIsServedOutsideTheSystemAndShownToOfficersOnly() throws Exception {
		DisclosureCase filed = file();
		fixtures.as(officer, () -> {
			corrections.accept(officer, filed.id());
			return consultations.send(officer, filed.id(), CaseConsultations.Party.THIRD_PARTY, "某建设有限公司",
					"该公司报送的施工合同");
		});
		assertThatThrownBy(
				() -> fixtures.as(officer,
						() -> notices.send(officer, filed.id(), LetterKind.CONSULTATION_LETTER, ServiceMethod.IN_SYSTEM,
								null, null)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("某建设有限公司不是本系统的用户");
		ServiceRecord emailed = fixtures.as(officer, () -> notices.send(officer, filed.id(),
				LetterKind.CONSULTATION_LETTER, ServiceMethod.EMAIL, null, null));
		assertThat(emailed.addressee()).isEqualTo("某建设有限公司");

		mvc.perform(get("/api/requests/" + filed.id() + "/service").with(user(officer)))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[1].addressee").value("某建设有限公司"));
		mvc.perform(get("/api/requests/" + filed.id() + "/service").with(user(applicant)))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].document").value("RECEIPT"));
		mvc.perform(get("/officer/cases/" + filed.id()).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("登记发出文书")))
			.andExpect(content().string(containsString("某建设有限公司")));
	}

	private DisclosureCase file() {
		return fixtures.as(applicant, () -> intake.submitOnline(applicant, new NewRequest(agency.code(),
				"本县2024年城区供水管网改造项目的环评批复", RequestedForm.ELECTRONIC, DeliveryMethod.ONLINE)));
	}

}
