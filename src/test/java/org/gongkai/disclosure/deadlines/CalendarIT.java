package org.gongkai.disclosure.deadlines;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GongkaiIntegrationTest
class CalendarIT {

	@Autowired
	Calendars calendars;

	@Autowired
	MockMvc mvc;

	@Test
	void theDatabaseHoldsExactlyTheOfficialData() {
		WorkingCalendar stored = calendars.reload();
		Map<LocalDate, CalendarDay> official = NationalCalendar.days();
		for (LocalDate d = LocalDate.of(2008, 1, 1); d.getYear() <= 2026; d = d.plusDays(1)) {
			assertThat(stored.exceptionOn(d)).as(d.toString()).isEqualTo(Optional.ofNullable(official.get(d)));
		}
		assertThat(stored.coveredYears()).hasSize(19).contains(2008, 2026).doesNotContain(2027);
	}

	@Test
	void addWorkingDaysIsPublic() throws Exception {
		mvc.perform(get("/api/calendar/add-working-days").param("date", "2015-09-02").param("days", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2015-09-06"))
			.andExpect(jsonPath("$.workingDay").value(true))
			.andExpect(jsonPath("$.warnings").isEmpty());
		mvc.perform(get("/api/calendar/add-working-days").param("date", "2024-09-29").param("days", "20"))
			.andExpect(jsonPath("$.date").value("2024-10-31"));
	}

	@Test
	void workingDaysBetweenIsPublic() throws Exception {
		mvc.perform(get("/api/calendar/working-days").param("from", "2020-01-23").param("to", "2020-02-03"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workingDays").value(1));
	}

	@Test
	void aYearWithoutDataIsFlagged() throws Exception {
		mvc.perform(get("/api/calendar/add-working-days").param("date", "2026-12-31").param("days", "1"))
			.andExpect(jsonPath("$.date").value("2027-01-01"))
			.andExpect(jsonPath("$.warnings[0]").value("2027年尚无国务院节假日安排数据，该年按周一至周五为工作日计算"));
	}

	@Test
	void badInputGetsAProblemDetailNotAServerError() throws Exception {
		mvc.perform(get("/api/calendar/add-working-days").param("date", "2024-02-30").param("days", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/api/calendar/add-working-days").param("date", "2024-02-01").param("days", "-5"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("工作日数须在0到1000之间"));
		mvc.perform(get("/api/calendar/add-working-days").param("date", "2024-02-01").param("days", "99999999999"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/calendar/working-days").param("from", "2024-02-01")).andExpect(status().isBadRequest());
	}

}
