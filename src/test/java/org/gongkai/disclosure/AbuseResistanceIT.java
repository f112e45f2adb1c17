package org.gongkai.disclosure;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.DeliveryMethod;
import org.gongkai.disclosure.casework.IntakeLimits;
import org.gongkai.disclosure.casework.RequestedForm;
import org.gongkai.disclosure.casework.intake.NewRequest;
import org.gongkai.disclosure.casework.intake.RequestIntake;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.shared.ids.CaseId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 13 items 4 and 5, one reproduction each: what used to answer 500 or was accepted
 * without limit now gets a clear 4xx problem.
 */
@GongkaiIntegrationTest
class AbuseResistanceIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	RequestIntake intake;

	@Autowired
	IntakeLimits limits;

	@Autowired
	JdbcClient jdbc;

	private Agency agency;

	private GongkaiUser applicant;

	@BeforeEach
	void setUp() {
		agency = fixtures.agency();
		applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
	}

	@Test
	void aKeyGivenTwiceIsABadRequest() throws Exception {
		mvc.perform(post("/api/requests").with(user(applicant))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"agencyCode\":\"" + agency.code() + "\",\"agencyCode\":\"" + agency.code()
					+ "\",\"informationSought\":\"x\",\"requestedForm\":\"PAPER\",\"deliveryMethod\":\"POST\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE));
	}

	@Test
	void aNulInAnUploadsNameIsABadRequest() throws Exception {
		String caseId = file().toString();
		mvc.perform(upload(caseId, "证明\u0000.pdf"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("文件名含有不允许的字符或过长"));
		mvc.perform(upload(caseId, "证明.pdf")).andExpect(status().isCreated());
	}

	@Test
	void aCaseTakesSoManyUploadsAndNoneOnceClosed() throws Exception {
		CaseId id = file();
		for (int i = 0; i < limits.filesPerCase(); i++) {
			mvc.perform(upload(id.toString(), "材料" + i + ".pdf")).andExpect(status().isCreated());
		}
		mvc.perform(upload(id.toString(), "再一个.pdf"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("每件申请至多上传" + limits.filesPerCase() + "个文件"));

		CaseId other = file();
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		fixtures.answer(officer, other, Outcome.DISCLOSED, "予以公开");
		mvc.perform(upload(other.toString(), "迟到.pdf"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("案件已办结，不再接受上传材料"));
	}

	@Test
	void anApplicantFilesOnlineWithinTheCountysDailyLimit() throws Exception {
		for (int i = 0; i < limits.filingsPerDay(); i++) {
			file();
		}
		mvc.perform(post("/api/requests").with(user(applicant))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"agencyCode\":\"" + agency.code()
					+ "\",\"informationSought\":\"再一件\",\"requestedForm\":\"PAPER\",\"deliveryMethod\":\"POST\"}"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		assertThat(jdbc.sql("select count(*) from disclosure_case where applicant_id = ?")
			.param(applicant.applicantId())
			.query(Long.class)
			.single()).isEqualTo(limits.filingsPerDay());
		// another applicant is not affected
		GongkaiUser other = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		String filed = mvc
			.perform(post("/api/requests").with(user(other))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"agencyCode\":\"" + agency.code()
						+ "\",\"informationSought\":\"一件\",\"requestedForm\":\"PAPER\",\"deliveryMethod\":\"POST\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(UUID.fromString(JsonPath.read(filed, "$.id"))).isNotNull();
	}

	private CaseId file() {
		return fixtures
			.as(applicant,
					() -> intake.submitOnline(applicant,
							new NewRequest(agency.code(), "某信息", RequestedForm.ELECTRONIC, DeliveryMethod.ONLINE)))
			.id();
	}

	private MockHttpServletRequestBuilder upload(String caseId, String name) {
		return multipart("/api/requests/{id}/attachments", caseId)
			.file(new MockMultipartFile("file", name, "application/pdf", AccessControlIT.PDF))
			.param("purpose", "SUPPORTING_MATERIAL")
			.with(user(applicant))
			.with(csrf());
	}

}
