package org.gongkai.disclosure;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.audit.AuditEvent;
import org.gongkai.disclosure.audit.AuditTrail;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every endpoint that reads a case, a document or a report, tried with somebody else's
 * id: another applicant, another agency's officers, roles without case access. Each must
 * answer 403 or 404 and never the data.
 */
@GongkaiIntegrationTest
class AccessControlIT {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Agencies agencies;

	private Agency agency;

	private GongkaiUser owner;

	private GongkaiUser officer;

	private String caseId;

	private String attachmentId;

	@BeforeEach
	void aCaseWithAFile() throws Exception {
		agency = fixtures.agency();
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		owner = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		MvcResult filed = mvc
			.perform(MockMvcRequestBuilders.post("/api/requests")
				.with(user(owner))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"agencyCode\":\"" + agency.code() + "\",\"informationSought\":\"某文件\","
						+ "\"requestedForm\":\"ELECTRONIC\",\"deliveryMethod\":\"ONLINE\"}"))
			.andExpect(status().isCreated())
			.andReturn();
		caseId = JsonPath.read(filed.getResponse().getContentAsString(), "$.id");
		MvcResult uploaded = mvc
			.perform(multipart("/api/requests/" + caseId + "/attachments")
				.file(new MockMultipartFile("file", "身份证.pdf", "application/pdf", PDF))
				.param("purpose", "IDENTITY_PROOF")
				.with(user(owner))
				.with(csrf()))
			.andExpect(status().isCreated())
			.andReturn();
		attachmentId = JsonPath.read(uploaded.getResponse().getContentAsString(), "$.id");
	}

	private List<MockHttpServletRequestBuilder> caseAndDocumentReads() {
		return List.of(get("/my/requests/" + caseId), get("/api/requests/" + caseId), get("/officer/cases/" + caseId),
				get("/api/requests/" + caseId + "/attachments"), get("/api/attachments/" + attachmentId),
				get("/api/requests/" + caseId + "/letters/RECEIPT"),
				get("/api/requests/" + caseId + "/letters/RECEIPT").param("format", "docx"),
				get("/api/cases/" + caseId + "/similar"));
	}

	@Test
	void ownersAndTheirAgencysOfficersCanRead() throws Exception {
		mvc.perform(get("/my/requests/" + caseId).with(user(owner))).andExpect(status().isOk());
		mvc.perform(get("/api/requests/" + caseId).with(user(owner))).andExpect(status().isOk());
		mvc.perform(get("/api/attachments/" + attachmentId).with(user(owner))).andExpect(status().isOk());
		mvc.perform(get("/officer/cases/" + caseId).with(user(officer))).andExpect(status().isOk());
		mvc.perform(get("/api/attachments/" + attachmentId).with(user(officer))).andExpect(status().isOk());
	}

	@Test
	void nobodyElseReadsTheCaseOrItsDocuments() throws Exception {
		Agency elsewhere = fixtures.agency();
		List<GongkaiUser> outsiders = List.of(fixtures.applicant(ApplicantCategory.NATURAL_PERSON),
				fixtures.applicant(ApplicantCategory.COMMERCIAL_ENTERPRISE),
				fixtures.officer(elsewhere, Role.CASE_OFFICER), fixtures.officer(elsewhere, Role.HEAD_OF_OFFICE),
				fixtures.officer(elsewhere, Role.REGISTRAR), fixtures.officer(agency, Role.STATISTICIAN),
				fixtures.officer(agency, Role.ADMINISTRATOR));
		for (GongkaiUser outsider : outsiders) {
			for (MockHttpServletRequestBuilder read : caseAndDocumentReads()) {
				int status = mvc.perform(read.with(user(outsider))).andReturn().getResponse().getStatus();
				assertThat(status).as(outsider.role() + " " + read.buildRequest(null).getRequestURI()).isIn(403, 404);
			}
		}
		for (MockHttpServletRequestBuilder read : caseAndDocumentReads()) {
			int status = mvc.perform(read).andReturn().getResponse().getStatus();
			assertThat(status).as("anonymous").isIn(302, 401);
		}
		mvc.perform(get("/api/attachments/" + UUID.randomUUID()).with(user(owner))).andExpect(status().isNotFound());
		mvc.perform(get("/api/requests/" + UUID.randomUUID()).with(user(owner))).andExpect(status().isNotFound());
	}

	@Test
	void reportsAreReadByTheAgencyAndByItsGovernmentsStatistician() throws Exception {
		Agency government = fixtures.agency();
		agencies.save(new Agency(agency.id(), agency.code(), agency.name(), government.id(), agency.officeName(),
				agency.address(), agency.phone()));
		String url = "/api/reports/annual/2025";
		mvc.perform(get(url).param("agency", agency.code()).with(user(officer))).andExpect(status().isOk());
		mvc.perform(get(url).param("agency", agency.code()).with(user(fixtures.officer(agency, Role.STATISTICIAN))))
			.andExpect(status().isOk());
		mvc.perform(get(url).param("agency", agency.code()).with(user(fixtures.officer(government, Role.STATISTICIAN))))
			.andExpect(status().isOk());
		mvc.perform(get(url).param("agency", government.code()).with(user(fixtures.officer(agency, Role.STATISTICIAN))))
			.andExpect(status().isForbidden());
		mvc.perform(get(url).param("agency", agency.code()).with(user(fixtures.officer(government, Role.CASE_OFFICER))))
			.andExpect(status().isForbidden());
		mvc.perform(get(url).param("agency", agency.code())
			.with(user(fixtures.officer(fixtures.agency(), Role.STATISTICIAN)))).andExpect(status().isForbidden());
		mvc.perform(get(url).param("agency", agency.code()).with(user(owner))).andExpect(status().isForbidden());
		mvc.perform(get(url).param("agency", agency.code()).with(user(fixtures.officer(agency, Role.ADMINISTRATOR))))
			.andExpect(status().isForbidden());
	}

	@Test
	void onlyAdministratorsReadTheAuditTrail() throws Exception {
		for (GongkaiUser notAdmin : List.of(owner, officer, fixtures.officer(agency, Role.HEAD_OF_OFFICE))) {
			mvc.perform(get("/api/admin/audit").with(user(notAdmin))).andExpect(status().isForbidden());
			mvc.perform(get("/api/admin/audit/export").with(user(notAdmin))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/admin/audit").with(user(fixtures.officer(agency, Role.ADMINISTRATOR))))
			.andExpect(status().isOk());
	}

	@Test
	void responsesCarrySecurityHeaders() throws Exception {
		mvc.perform(get("/"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Content-Security-Policy", Matchers.containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().exists("Permissions-Policy"));
		mvc.perform(get("/api/attachments/" + attachmentId).with(user(owner)))
			.andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
			.andExpect(header().string("Content-Security-Policy", "sandbox; default-src 'none'"))
			.andExpect(header().string("Content-Type", "application/pdf"));
	}

	/**
	 * Issue 13: the CSRF exemption accepted any Authorization header. Now only the exact
	 * Basic scheme, on the API paths that take it, skips the token.
	 */
	@Test
	void onlyTheBasicSchemeSkipsTheCsrfToken() throws Exception {
		String body = "{\"agencyCode\":\"" + agency.code() + "\",\"informationSought\":\"某文件\","
				+ "\"requestedForm\":\"ELECTRONIC\",\"deliveryMethod\":\"ONLINE\"}";
		for (String scheme : List.of("Bearer x", "Digest x", "Basicx", "Negotiate x", "")) {
			mvc.perform(MockMvcRequestBuilders.post("/api/requests")
				.with(user(owner))
				.header("Authorization", scheme)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)).andExpect(status().isForbidden());
		}
		mvc.perform(MockMvcRequestBuilders.post("/api/requests")
			.with(httpBasic(owner.getUsername(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated());
	}

	/** Issue 13: Swagger UI and /v3/api-docs were open without login in production. */
	@Test
	void theApiDocumentationIsOffUnlessSwitchedOnAndNeverAnonymous() throws Exception {
		for (String path : List.of("/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html")) {
			assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isIn(302, 401);
			assertThat(mvc.perform(get(path).with(user(officer))).andReturn().getResponse().getStatus()).as(path)
				.isEqualTo(404);
		}
	}

	/** Issue 13: no HSTS behind TLS. Over https (as the proxy reports it) there is. */
	@Test
	void hstsOverTls() throws Exception {
		mvc.perform(get("/").secure(true))
			.andExpect(header().string("Strict-Transport-Security", Matchers.containsString("max-age=")));
		mvc.perform(get("/")).andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

	/**
	 * Issue 13: GET /api/requests was unpaged and wrote an audit line per case; now a
	 * page, one line per page.
	 */
	@Test
	void theApplicantsListIsPagedWithOneAuditLinePerPage(@Autowired AuditTrail audit) throws Exception {
		mvc.perform(get("/api/requests").param("size", "1").with(user(owner)))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Total-Count", "1"))
			.andExpect(jsonPath("$.length()").value(1));
		assertThat(audit.recent(5, "applicant", owner.applicantId().toString())).extracting(AuditEvent::detail)
			.contains("查看本人申请列表第1页（1件）");
		mvc.perform(get("/api/requests").param("page", "1").param("size", "1").with(user(owner)))
			.andExpect(jsonPath("$.length()").value(0));
		for (String size : List.of("0", "101", "-1", "x")) {
			mvc.perform(get("/api/requests").param("size", size).with(user(owner))).andExpect(status().isBadRequest());
		}
		mvc.perform(get("/api/requests").param("page", "-1").with(user(owner))).andExpect(status().isBadRequest());
		mvc.perform(get("/api/tasks").param("size", "101").with(user(officer))).andExpect(status().isBadRequest());
		mvc.perform(get("/api/appeals").param("size", "101").with(user(officer))).andExpect(status().isBadRequest());
	}

	@Test
	void theEnginesRestApiAndWebappsAreNotThereAtAll() throws Exception {
		GongkaiUser admin = fixtures.officer(agency, Role.ADMINISTRATOR);
		for (String path : List.of("/engine-rest/engine", "/engine-rest/process-definition", "/camunda/app/cockpit/",
				"/camunda/api/admin/auth/user/default")) {
			mvc.perform(get(path).with(user(admin))).andExpect(status().isNotFound());
		}
		assertThat(ClassUtils.isPresent("org.camunda.bpm.engine.rest.impl.CamundaRestResources", null)).isFalse();
		assertThat(ClassUtils.isPresent("org.camunda.bpm.webapp.impl.security.auth.AuthenticationFilter", null))
			.isFalse();
	}

}
