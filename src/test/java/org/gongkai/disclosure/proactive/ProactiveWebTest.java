package org.gongkai.disclosure.proactive;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gongkai.disclosure.GongkaiWebSlice;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.accounts.WebSliceSecurity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 主动公开 registry's API alone: the request body as documented, the signed-in user
 * passed on, and every refusal as problem details or 401/403 with nothing entered. Which
 * roles the registry itself admits ({@code @PreAuthorize}) is tested on the real service,
 * in {@code AnnualReportCompleteIT}.
 */
@GongkaiWebSlice(ProactiveController.class)
class ProactiveWebTest {

	private static final String FIGURES = """
			{"figures":[{"item":"NORMATIVE_ISSUED","value":7,"source":"规范性文件备案系统","note":"含2件联合发文"}]}
			""";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ProactiveRegistry registry;

	private final GongkaiUser statistician = WebSliceSecurity.officer(Role.STATISTICIAN);

	@Test
	void theStatisticianEntersFiguresWithTheirSource() throws Exception {
		ProactiveRegistry.NewFigure figure = new ProactiveRegistry.NewFigure(ProactiveItem.NORMATIVE_ISSUED,
				new BigDecimal("7"), "规范性文件备案系统", "含2件联合发文");
		given(registry.enter(statistician, "DEMO-XQ", 2025, List.of(figure))).willReturn(List
			.of(new ProactiveEntry(UUID.randomUUID(), statistician.agencyId(), 2025, ProactiveItem.NORMATIVE_ISSUED,
					new BigDecimal("7"), "规范性文件备案系统", "含2件联合发文", "工作人员", Instant.parse("2026-01-05T02:00:00Z"))));
		mvc.perform(enter(FIGURES).with(user(statistician)).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$[0].item").value("NORMATIVE_ISSUED"))
			.andExpect(jsonPath("$[0].value").value(7))
			.andExpect(jsonPath("$[0].source").value("规范性文件备案系统"))
			.andExpect(jsonPath("$[0].year").value(2025));
	}

	@Test
	void aRefusalOfTheRegistryIsForbiddenAndAnonymousOrForgedRequestsNeverReachIt() throws Exception {
		GongkaiUser officer = WebSliceSecurity.officer(Role.CASE_OFFICER);
		given(registry.enter(eq(officer), anyString(), anyInt(), any()))
			.willThrow(new AccessDeniedException("仅限年报统计人员和公开工作机构负责人"));
		mvc.perform(enter(FIGURES).with(user(officer)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(enter(FIGURES).with(csrf())).andExpect(status().isUnauthorized());
		mvc.perform(enter(FIGURES).with(user(statistician))).andExpect(status().isForbidden()); // no
																								// CSRF
																								// token
		then(registry).should(never()).enter(eq(statistician), anyString(), anyInt(), any());
	}

	@Test
	void badBodiesAreProblemDetailsAndEnterNothing() throws Exception {
		mvc.perform(enter("""
				{"figures":[{"item":"NO_SUCH_ITEM","value":7,"source":"x"}]}
				""").with(user(statistician)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("请求内容不是有效的JSON，或某个字段的取值无效"));
		mvc.perform(enter("""
				{"figures":[],"approvedBy":"someone"}
				""").with(user(statistician)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		then(registry).should(never()).enter(any(), anyString(), anyInt(), any());
	}

	@Test
	void theRegistrysRefusalIsABadRequest() throws Exception {
		given(registry.enter(any(), anyString(), anyInt(), any()))
			.willThrow(new IllegalArgumentException("行政规范性文件：本年制发件数 须注明数据来源"));
		mvc.perform(enter(FIGURES).with(user(statistician)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").value("行政规范性文件：本年制发件数 须注明数据来源"));
	}

	@Test
	void listsTheEntriesOfAYear() throws Exception {
		given(registry.entriesFor(statistician, "DEMO-XQ", 2025)).willReturn(List.of());
		mvc.perform(get("/api/proactive/2025").param("agency", "DEMO-XQ").with(user(statistician)))
			.andExpect(status().isOk())
			.andExpect(content().json("[]"));
		mvc.perform(get("/api/proactive/2025").with(user(statistician)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private static MockHttpServletRequestBuilder enter(String json) {
		return post("/api/proactive/2025").param("agency", "DEMO-XQ")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
	}

}
