package org.gongkai.disclosure.imports;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gongkai.disclosure.GongkaiWebSlice;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.accounts.WebSliceSecurity;
import org.gongkai.disclosure.appeals.history.HistoricAppeals;
import org.gongkai.disclosure.casework.history.HistoricCases;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ledger-import API alone: an upload answers 202 with the job and where to poll it;
 * empty files, missing parameters, unknown jobs and bad closings are problem details; a
 * refusal by the import service is a 403.
 */
@GongkaiWebSlice(ImportApi.class)
class ImportWebTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	LedgerImports imports;

	@MockitoBean
	HistoricCases historic;

	@MockitoBean
	HistoricAppeals historicAppeals;

	private final GongkaiUser statistician = WebSliceSecurity.officer(Role.STATISTICIAN);

	private final MockMultipartFile ledger = new MockMultipartFile("file", "2020.csv", "text/csv",
			"reference,applicant_type,received_on,channel,closed_on,outcome\n".getBytes(StandardCharsets.UTF_8));

	@Test
	void anUploadAnswers202WithTheJobToPoll() throws Exception {
		UUID id = UUID.randomUUID();
		given(imports.startRequests(eq(statistician), eq("DEMO-XQ"), eq("2020.csv"), any(), isNull()))
			.willReturn(new ImportJob(id, statistician.agencyId(), "REQUESTS", "2020.csv", ImportJob.Status.RUNNING,
					null, 0, 0, List.of(), 0, List.of(), statistician.id(), "工作人员",
					Instant.parse("2026-01-05T02:00:00Z"), null));
		mvc.perform(multipart("/api/imports/requests").file(ledger)
			.param("agency", "DEMO-XQ")
			.with(user(statistician))
			.with(csrf()))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", "/api/imports/" + id))
			.andExpect(jsonPath("$.id").value(id.toString()))
			.andExpect(jsonPath("$.status").value("RUNNING"))
			.andExpect(jsonPath("$.fileName").value("2020.csv"));
	}

	@Test
	void uploadsNeedALoginAFileAndAnAgency() throws Exception {
		mvc.perform(multipart("/api/imports/requests").file(ledger).param("agency", "DEMO-XQ").with(csrf()))
			.andExpect(status().isUnauthorized());
		mvc.perform(multipart("/api/imports/requests")
			.file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
			.param("agency", "DEMO-XQ")
			.with(user(statistician))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("上传的文件是空的"));
		mvc.perform(multipart("/api/imports/appeals").file(ledger).with(user(statistician)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(multipart("/api/imports/appeals").param("agency", "DEMO-XQ").with(user(statistician)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		verifyNoInteractions(imports);
	}

	@Test
	void theImportServicesRefusalIsForbidden() throws Exception {
		GongkaiUser officer = WebSliceSecurity.officer(Role.CASE_OFFICER);
		given(imports.startAppeals(eq(officer), eq("DEMO-XQ"), eq("2020.csv"), any(), isNull()))
			.willThrow(new AccessDeniedException("仅限年报统计人员和公开工作机构负责人"));
		mvc.perform(multipart("/api/imports/appeals").file(ledger)
			.param("agency", "DEMO-XQ")
			.with(user(officer))
			.with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void anUnknownJobIsNotFound() throws Exception {
		UUID id = UUID.randomUUID();
		given(imports.job(statistician, id)).willThrow(new LedgerImports.ImportNotFoundException());
		mvc.perform(get("/api/imports/" + id).with(user(statistician)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("未找到导入记录"));
		mvc.perform(get("/api/imports/not-a-job").with(user(statistician)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("参数 id 的值无法识别"));
	}

	@Test
	void closingAnAppealNeedsAKnownResult() throws Exception {
		String path = "/api/imports/appeals/" + UUID.randomUUID() + "/close";
		mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content("""
				{"result":"大概维持","closedOn":"2022-03-01"}
				""").with(user(statistician)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("结果须为 维持、纠正、其他 之一"));
		mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content("""
				{"result":"维持","closedOn":"2022-03-01","by":"x"}
				""").with(user(statistician)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		verifyNoInteractions(historicAppeals);
	}

}
