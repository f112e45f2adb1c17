package org.gongkai.disclosure.deadlines;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gongkai.disclosure.GongkaiWebSlice;
import org.gongkai.disclosure.deadlines.CalendarDay.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public calendar API alone: no login needed, JSON as documented, bad parameters
 * answered with problem details. The calendar is a real {@link WorkingCalendar} over the
 * State Council's 2024 National Day arrangement, as the database would load it.
 */
@GongkaiWebSlice(CalendarController.class)
class CalendarWebTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Calendars calendars;

	@BeforeEach
	void nationalDay2024() {
		Map<LocalDate, CalendarDay> days = Stream
			.of(new CalendarDay(LocalDate.of(2024, 9, 29), Kind.WORKDAY, "国庆节"),
					new CalendarDay(LocalDate.of(2024, 10, 1), Kind.HOLIDAY, "国庆节"),
					new CalendarDay(LocalDate.of(2024, 10, 2), Kind.HOLIDAY, "国庆节"),
					new CalendarDay(LocalDate.of(2024, 10, 3), Kind.HOLIDAY, "国庆节"),
					new CalendarDay(LocalDate.of(2024, 10, 4), Kind.HOLIDAY, "国庆节"),
					new CalendarDay(LocalDate.of(2024, 10, 7), Kind.HOLIDAY, "国庆节"),
					new CalendarDay(LocalDate.of(2024, 10, 12), Kind.WORKDAY, "国庆节"))
			.collect(Collectors.toMap(CalendarDay::date, Function.identity()));
		given(calendars.current()).willReturn(new WorkingCalendar(days, Set.of(2024)));
	}

	@Test
	void addsWorkingDaysAcrossTheNationalDayHolidayWithoutALogin() throws Exception {
		// received on the make-up Sunday 29 Sep: the 20th working day is 31 Oct
		mvc.perform(get("/api/calendar/add-working-days").param("date", "2024-09-29").param("days", "20"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.date").value("2024-10-31"))
			.andExpect(jsonPath("$.from").value("2024-09-29"))
			.andExpect(jsonPath("$.days").value(20))
			.andExpect(jsonPath("$.workingDay").value(true))
			.andExpect(jsonPath("$.warnings", empty()));
	}

	@Test
	void countsWorkingDaysAndNamesTheDay() throws Exception {
		// 30 Sep, 8–12 Oct (12 Oct is a make-up Saturday)
		mvc.perform(get("/api/calendar/working-days").param("from", "2024-09-29").param("to", "2024-10-13"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workingDays").value(6));
		mvc.perform(get("/api/calendar/days/2024-10-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workingDay").value(false))
			.andExpect(jsonPath("$.name").value("国庆节"));
		mvc.perform(get("/api/calendar/days/2024-10-12"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workingDay").value(true))
			.andExpect(jsonPath("$.name").value("国庆节"));
	}

	@Test
	void aYearWithoutANoticeKeepsItsStatutoryHolidaysAndSaysSo() throws Exception {
		// 元旦 is a statutory holiday (全国年节及纪念日放假办法 art 2) before any notice
		mvc.perform(get("/api/calendar/days/2027-01-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workingDay").value(false))
			.andExpect(jsonPath("$.warnings", hasSize(1)))
			.andExpect(jsonPath("$.warnings[0]", startsWith("暂定：2027年尚无国务院办公厅节假日安排通知")));
		mvc.perform(get("/api/calendar/days/2027-01-04"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workingDay").value(true))
			.andExpect(jsonPath("$.warnings", hasSize(1)));
	}

	@Test
	void badParametersAreProblemDetails() throws Exception {
		mvc.perform(get("/api/calendar/add-working-days").param("date", "2024-13-01").param("days", "20"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").value("参数 date 的值无法识别"));
		mvc.perform(get("/api/calendar/add-working-days").param("date", "2024-09-29"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/calendar/days/tomorrow"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

}
