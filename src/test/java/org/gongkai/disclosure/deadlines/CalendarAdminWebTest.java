package org.gongkai.disclosure.deadlines;

import java.time.OffsetDateTime;

import org.gongkai.disclosure.GongkaiWebSlice;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.accounts.WebSliceSecurity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator's calendar API alone: only administrators, a year loaded from
 * {@code text/csv} with its source, the year exported in the upload format, and a refused
 * file answered with every bad line as problem details.
 */
@GongkaiWebSlice(CalendarAdminApi.class)
class CalendarAdminWebTest {

	private static final String YEAR_2027 = """
			2027-01-01,holiday,元旦
			2027-02-07,workday,春节
			""";

	@Autowired
	MockMvc mvc;

	@Autowired // the slice's mock (GongkaiWebSlice)
	CalendarAdministration administration;

	@Test
	void onlyAdministratorsLoadAYear() throws Exception {
		mvc.perform(put("/api/admin/calendar/2027").param("source", "通知")
			.contentType("text/csv")
			.content(YEAR_2027)
			.with(user(WebSliceSecurity.officer(Role.HEAD_OF_OFFICE)))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/api/admin/calendar/years")).andExpect(status().isUnauthorized());
		verifyNoInteractions(administration);
	}

	@Test
	void loadsAYearFromCsvWithItsSource() throws Exception {
		String source = "国务院办公厅关于2027年部分节假日安排的通知";
		given(administration.replaceYear(2027, YEAR_2027, source)).willReturn(new CalendarAdministration.LoadedYear(
				2027, source, OffsetDateTime.parse("2026-11-20T09:00:00+08:00"), 2));
		mvc.perform(put("/api/admin/calendar/2027").param("source", source)
			.contentType(new MediaType("text", "csv"))
			.content(YEAR_2027)
			.with(user(WebSliceSecurity.officer(Role.ADMINISTRATOR)))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2027))
			.andExpect(jsonPath("$.source").value(source))
			.andExpect(jsonPath("$.days").value(2));
	}

	@Test
	void aRefusedFileIsAProblemNamingItsLines() throws Exception {
		given(administration.replaceYear(anyInt(), anyString(), anyString()))
			.willThrow(new IllegalArgumentException("日历数据有误，未作任何修改：第2行：kind 须为 holiday 或 workday"));
		mvc.perform(put("/api/admin/calendar/2027").param("source", "通知")
			.contentType("text/csv")
			.content("2027-01-01,holiday,元旦\n2027-02-07,weekend,春节\n")
			.with(user(WebSliceSecurity.officer(Role.ADMINISTRATOR)))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("日历数据有误，未作任何修改：第2行：kind 须为 holiday 或 workday"));
		mvc.perform(put("/api/admin/calendar/2027").param("source", "通知")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.with(user(WebSliceSecurity.officer(Role.ADMINISTRATOR)))
			.with(csrf())).andExpect(status().isUnsupportedMediaType());
		then(administration).should(times(1)).replaceYear(anyInt(), anyString(), anyString()); // not
																								// for
																								// the
																								// JSON
	}

	@Test
	void exportsAYearInTheUploadFormat() throws Exception {
		given(administration.export(2024)).willReturn("2024-10-01,holiday,国庆节\n");
		mvc.perform(get("/api/admin/calendar/2024").with(user(WebSliceSecurity.officer(Role.ADMINISTRATOR))))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"workdays-2024.csv\""))
			.andExpect(content().string("2024-10-01,holiday,国庆节\n"));
	}

}
