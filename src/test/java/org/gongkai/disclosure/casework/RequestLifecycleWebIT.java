package org.gongkai.disclosure.casework;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The thin end-to-end slice through the real pages and API: an applicant registers, logs
 * in and files online; the case officer finds it in the task list and records 予以公开; the
 * applicant reads the outcome and the reply. And nobody else sees the case.
 */
@GongkaiIntegrationTest
class RequestLifecycleWebIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	private Agency agency;

	private GongkaiUser officer;

	@BeforeEach
	void setUp() {
		agency = fixtures.agency();
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		clock.setDate(LocalDate.of(2024, 9, 29));
	}

	@Test
	void fromOnlineFilingToTheApplicantReadingTheReply() throws Exception {
		String username = "zhang-" + System.nanoTime();
		String idNumber = Fixtures.validResidentId();
		mvc.perform(post("/register").with(csrf())
			.param("category", "NATURAL_PERSON")
			.param("name", "张三")
			.param("idDocumentType", "RESIDENT_ID_CARD")
			.param("idDocumentNumber", idNumber)
			.param("phone", "13800138000")
			.param("username", username)
			.param("password", Fixtures.PASSWORD)
			.param("passwordAgain", Fixtures.PASSWORD)).andExpect(redirectedUrl("/login"));
		mvc.perform(formLogin("/login").user(username).password(Fixtures.PASSWORD)).andExpect(authenticated());
		mvc.perform(formLogin("/login").user(username).password("wrong-password")).andExpect(unauthenticated());
		GongkaiUser applicant = fixtures.user(username);

		MvcResult filed = mvc
			.perform(post("/my/requests").with(csrf())
				.with(user(applicant))
				.param("agencyCode", agency.code())
				.param("informationSought", "本县2024年城区供水管网改造项目的环评批复")
				.param("requestedForm", "ELECTRONIC")
				.param("deliveryMethod", "ONLINE"))
			.andExpect(redirectedUrlPattern("/my/requests/*"))
			.andReturn();
		String casePath = filed.getResponse().getRedirectedUrl();
		String caseId = casePath.substring(casePath.lastIndexOf('/') + 1);
		String reference = agency.code() + "-2024-00001";

		mvc.perform(get(casePath).with(user(applicant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(reference)))
			.andExpect(content().string(containsString("2024年10月31日")))
			.andExpect(content().string(containsString("收到申请 2024-09-29（第0日")));

		mvc.perform(get("/officer/tasks").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(reference)));
		mvc.perform(get("/officer/cases/" + caseId).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1" + "*".repeat(16))))
			.andExpect(content().string(not(containsString(idNumber))))
			.andExpect(content().string(not(containsString("13800138000"))));

		GongkaiUser reviewer = fixtures.officer(agency, Role.LEGAL_REVIEWER);
		GongkaiUser head = fixtures.officer(agency, Role.HEAD_OF_OFFICE);
		mvc.perform(get("/officer/cases/" + caseId).with(user(officer)))
			.andExpect(content().string(containsString("受理并进入办理")))
			.andExpect(content().string(containsString("最迟 2024-10-14")));
		mvc.perform(post("/officer/cases/" + caseId + "/accept").with(csrf()).with(user(officer)))
			.andExpect(redirectedUrl("/officer/cases/" + caseId));
		mvc.perform(post("/officer/cases/" + caseId + "/decision").with(csrf())
			.with(user(officer))
			.param("outcome", "DISCLOSED")
			.param("replyText", "经审查，现将该批复文件予以公开，请见附件。"))
			.andExpect(redirectedUrl("/officer/cases/" + caseId))
			.andExpect(MockMvcResultMatchers.flash().attribute("message", "答复意见已提交法制审核"));
		mvc.perform(get("/officer/tasks").with(user(reviewer)))
			.andExpect(content().string(containsString(reference)))
			.andExpect(content().string(containsString("法制审核")));
		mvc.perform(post("/officer/cases/" + caseId + "/review").with(csrf())
			.with(user(reviewer))
			.param("approved", "true")).andExpect(redirectedUrl("/officer/cases/" + caseId));
		clock.setDate(LocalDate.of(2024, 10, 15));
		mvc.perform(get("/officer/cases/" + caseId).with(user(head)))
			.andExpect(content().string(containsString("负责人签发")));
		mvc.perform(
				post("/officer/cases/" + caseId + "/sign-off").with(csrf()).with(user(head)).param("approved", "true"))
			.andExpect(redirectedUrl("/officer/cases/" + caseId));
		fixtures.runDueJobs();

		mvc.perform(get(casePath).with(user(applicant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("予以公开")))
			.andExpect(content().string(containsString("经审查，现将该批复文件予以公开")))
			.andExpect(content().string(containsString("已答复")));
		mvc.perform(get("/api/requests/" + caseId).with(user(applicant)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reference").value(reference))
			.andExpect(jsonPath("$.status").value("ANSWERED"))
			.andExpect(jsonPath("$.outcome.rowLabel").value("（一）予以公开"))
			.andExpect(jsonPath("$.receivedOn").value("2024-09-29"))
			.andExpect(jsonPath("$.closedOn").value("2024-10-15"))
			.andExpect(jsonPath("$.deadline.dueOn").value("2024-10-31"));
		mvc.perform(get("/officer/tasks").with(user(officer)))
			.andExpect(content().string(not(containsString(reference))));

		byte[] reply = mvc.perform(get("/api/requests/" + caseId + "/letters/REPLY").with(user(applicant)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var pdf = Loader.loadPDF(reply)) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
			assertThat(text).contains("经审查，现将该批复文件予以公开").contains(reference).contains("60日内").contains("2024年10月15日");
		}
		byte[] receipt = mvc
			.perform(get("/api/requests/" + caseId + "/letters/RECEIPT").param("format", "docx").with(user(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var docx = new XWPFDocument(new ByteArrayInputStream(receipt))) {
			String text = new XWPFWordExtractor(docx).getText();
			assertThat(text).contains("收到申请之日为2024年9月29日").contains("2024年10月31日前");
		}
	}

	@Test
	void nobodyElseSeesACase() throws Exception {
		GongkaiUser owner = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		GongkaiUser stranger = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		GongkaiUser foreignOfficer = fixtures.officer(fixtures.agency(), Role.CASE_OFFICER);
		String caseId = fileByApi(owner, "某项目的批复");

		mvc.perform(get("/my/requests/" + caseId).with(user(stranger))).andExpect(status().isNotFound());
		mvc.perform(get("/api/requests/" + caseId).with(user(stranger))).andExpect(status().isNotFound());
		mvc.perform(get("/officer/cases/" + caseId).with(user(foreignOfficer))).andExpect(status().isNotFound());
		mvc.perform(post("/api/cases/" + caseId + "/decision").with(user(foreignOfficer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"outcome\":\"DISCLOSED\",\"replyText\":\"x\"}")).andExpect(status().isNotFound());
		mvc.perform(get("/officer/cases/" + caseId).with(user(owner))).andExpect(status().isForbidden());
		mvc.perform(get("/officer/tasks").with(user(owner))).andExpect(status().isForbidden());
		mvc.perform(post("/api/cases/" + caseId + "/decision").with(user(owner))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"outcome\":\"DISCLOSED\",\"replyText\":\"x\"}")).andExpect(status().isForbidden());
		mvc.perform(get("/api/requests/" + caseId)).andExpect(status().isUnauthorized());
		mvc.perform(get("/my/requests"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/login")));
		mvc.perform(get("/api/requests/" + caseId).with(user(owner))).andExpect(status().isOk());
		mvc.perform(get("/officer/cases/" + caseId).with(user(officer))).andExpect(status().isOk());
	}

	@Test
	void theTaskListPutsTheMostUrgentFirst() throws Exception {
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.RESEARCH_INSTITUTION);
		clock.setDate(LocalDate.of(2024, 11, 20));
		String later = fileByApi(applicant, "后收到的申请");
		clock.setDate(LocalDate.of(2024, 11, 1));
		String earlier = fileByApi(applicant, "先收到的申请");
		MvcResult tasks = mvc.perform(get("/api/tasks").with(user(officer))).andExpect(status().isOk()).andReturn();
		List<String> order = JsonPath.read(tasks.getResponse().getContentAsString(), "$[*].caseId");
		assertThat(order).containsExactly(earlier, later);
		mvc.perform(get("/api/tasks").with(user(officer)))
			.andExpect(jsonPath("$[0].dueOn").value("2024-11-29"))
			.andExpect(jsonPath("$[0].task").value("审查申请（是否需要补正）"))
			.andExpect(jsonPath("$[0].taskKey").value("Task_ScreenRequest"));
	}

	@Test
	void badSubmissionsAreRefusedWithReasonsAndNothingIsKept() throws Exception {
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		mvc.perform(post("/api/requests").with(user(applicant))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"agencyCode\":\"NO-SUCH\",\"informationSought\":\"x\",\"requestedForm\":\"PAPER\",\"deliveryMethod\":\"POST\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("未找到受理机关: NO-SUCH"));
		mvc.perform(post("/api/requests").with(user(applicant))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"agencyCode\":\"" + agency.code()
					+ "\",\"informationSought\":\"  \",\"requestedForm\":\"PAPER\",\"deliveryMethod\":\"POST\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(
				post("/api/requests").with(user(applicant))
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"agencyCode\":\"" + agency.code()
							+ "\",\"informationSought\":\"x\",\"requestedForm\":\"FAX\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/requests").with(user(applicant))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"agencyCode\":\"" + agency.code()
					+ "\",\"informationSought\":\"x\",\"requestedForm\":\"PAPER\",\"deliveryMethod\":\"POST\"}"))
			.andExpect(status().isForbidden()); // session-authenticated API call without
												// a CSRF token
		mvc.perform(get("/api/requests").with(user(applicant)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$").isEmpty());
	}

	private String fileByApi(GongkaiUser applicant, String information) throws Exception {
		MvcResult result = mvc
			.perform(post("/api/requests").with(user(applicant))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"agencyCode\":\"" + agency.code() + "\",\"informationSought\":\"" + information
						+ "\",\"requestedForm\":\"ELECTRONIC\",\"deliveryMethod\":\"ONLINE\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"))
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

}
