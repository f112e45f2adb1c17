package org.gongkai.disclosure.deadlines;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public working-day arithmetic, so that applicants and other systems can check any
 * deadline themselves.
 */
@RestController
@RequestMapping("/api/calendar")
@Tag(name = "calendar", description = "工作日计算（含调休），无需登录")
class CalendarController {

	private final Calendars calendars;

	CalendarController(Calendars calendars) {
		this.calendars = calendars;
	}

	@GetMapping("/add-working-days")
	@Operation(summary = "某日（第0日）之后的第N个工作日")
	AddedDays addWorkingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam int days) {
		WorkingCalendar calendar = calendars.current();
		LocalDate result = calendar.addWorkingDays(date, days);
		return new AddedDays(result, date, days, calendar.isWorkingDay(result), warnings(calendar, date, result));
	}

	@GetMapping("/working-days")
	@Operation(summary = "两日之间的工作日数：from之后至to（含）")
	CountedDays workingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		WorkingCalendar calendar = calendars.current();
		return new CountedDays(calendar.workingDaysBetween(from, to), from, to, warnings(calendar, from, to));
	}

	@GetMapping("/days/{date}")
	@Operation(summary = "某日是否为工作日，及其节假日名称")
	DayInfo day(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		WorkingCalendar calendar = calendars.current();
		return new DayInfo(date, calendar.isWorkingDay(date),
				calendar.exceptionOn(date).map(CalendarDay::name).orElse(null), warnings(calendar, date, date));
	}

	private static List<String> warnings(WorkingCalendar calendar, LocalDate from, LocalDate to) {
		return calendar.provisionalWarnings(from, to);
	}

	record AddedDays(LocalDate date, LocalDate from, int days, boolean workingDay, List<String> warnings) {
	}

	record CountedDays(int workingDays, LocalDate from, LocalDate to, List<String> warnings) {
	}

	record DayInfo(LocalDate date, boolean workingDay, String name, List<String> warnings) {
	}

}
