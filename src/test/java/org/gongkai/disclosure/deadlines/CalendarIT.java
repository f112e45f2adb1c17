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
	void aYearWithoutANoticeKeepsItsStatutoryHolidaysAndIsFlaggedProvisional() throws Exception {
		mvc.perform(get("/api/calendar/add-working-days").param("date", "2026-12-31").param("days", "1"))
			.andExpect(jsonPath("$.date").value("2027-01-04"))
			.andExpect(jsonPath("$.warnings[0]")
				.value("暂定：2027年尚无国务院办公厅节假日安排通知，该年日期按《全国年节及纪念日放假办法》规定的法定节假日计算（周末照常休息，不计调休），尚未经国务院通知确认"));
		mvc.perform(get("/api/calendar/days/2027-02-05"))
			.andExpect(jsonPath("$.workingDay").value(false))
			.andExpect(jsonPath("$.name").value("春节（农历除夕）"));
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
