package org.gongkai.disclosure.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gongkai.disclosure.GongkaiWebSlice;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.accounts.WebSliceSecurity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator's audit API alone: only administrators, the chain check as JSON, and
 * the CSV export with spreadsheet formulas defused.
 */
@GongkaiWebSlice(AuditController.class)
class AuditWebTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	AuditTrail trail;

	private final AuditEvent hostile = new AuditEvent(7, Instant.parse("2026-03-02T02:00:00Z"), UUID.randomUUID(),
			"=HYPERLINK(\"http://evil\")", "CASE_READ", "case", "c-1", AuditResult.SUCCESS, "读取,\"案件\"", 3L, "bb");

	@Test
	void onlyAdministratorsReadTheTrail() throws Exception {
		mvc.perform(get("/api/admin/audit")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/admin/audit").with(user(WebSliceSecurity.officer(Role.CASE_OFFICER))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/admin/audit/export").with(user(WebSliceSecurity.officer(Role.STATISTICIAN))))
			.andExpect(status().isForbidden());
		verifyNoInteractions(trail);
	}

	@Test
	void listsTheRecentEventsAsJson() throws Exception {
		given(trail.page(null, 50, "case", "c-1")).willReturn(List.of(hostile));
		mvc.perform(get("/api/admin/audit").param("limit", "50")
			.param("objectType", "case")
			.param("objectId", "c-1")
			.with(user(WebSliceSecurity.officer(Role.ADMINISTRATOR))))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$[0].seq").value(7))
			.andExpect(jsonPath("$[0].action").value("CASE_READ"))
			.andExpect(jsonPath("$[0].result").value("SUCCESS"));
	}

	@Test
	void reportsWhereTheChainBreaks() throws Exception {
		given(trail.verify()).willReturn(new AuditTrail.ChainCheck(false, 12, 5L, "第5条的密钥链接不符", 0, 1));
		mvc.perform(get("/api/admin/audit/verify").with(user(WebSliceSecurity.officer(Role.ADMINISTRATOR))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(false))
			.andExpect(jsonPath("$.checkedEvents").value(12))
			.andExpect(jsonPath("$.firstBrokenSeq").value(5));
	}

	@Test
	void exportsCsvWithFormulasDefused() throws Exception {
		given(trail.export(10000)).willReturn(List.of(hostile));
		byte[] csv = mvc
			.perform(get("/api/admin/audit/export").with(user(WebSliceSecurity.officer(Role.ADMINISTRATOR))))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"audit.csv\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFseq,occurred_at,");
		assertThat(text.lines().toList()).hasSize(2);
		assertThat(text.lines().toList().get(1)).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"")
			.contains("\"读取,\"\"案件\"\"\"")
			.endsWith(",3,bb");
	}

}
