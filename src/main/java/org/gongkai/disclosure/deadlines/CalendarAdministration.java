package org.gongkai.disclosure.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.shared.Refusal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's side of the calendar (docs/statute.md#part-a): when the State
 * Council publishes next year's holidays, a year is loaded — or corrected — in the format
 * of {@code db/cn-workdays.csv} ({@code date,kind,name}, kind {@code holiday} for a
 * weekday off, {@code workday} for a weekend worked). A file with any bad line is refused
 * whole, with every bad line named, and so is a file that leaves any statutory holiday of
 * the year a working day (《全国年节及纪念日放假办法》 art 2, {@link StatutoryHolidays}): a notice can
 * add days off, never remove one. The change is audited and announced
 * ({@link CalendarChanged}) so that open cases and appeals are re-dated with the reason.
 * From 1 November the administrator is reminded that next year is not yet loaded
 * ({@link #reminders}).
 */
@Service
public class CalendarAdministration {

	static final int MAX_DAYS_PER_YEAR = 120;

	/**
	 * The State Council publishes next year's holidays in the autumn (the notice for 2025
	 * on 12 November 2024): from this day of the year on, a missing next year is
	 * reminded.
	 */
	static final MonthDay REMIND_FROM = MonthDay.of(11, 1);

	private final JdbcClient jdbc;

	private final Calendars calendars;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	CalendarAdministration(JdbcClient jdbc, Calendars calendars, ApplicationEventPublisher events, AuditTrail audit) {
		this.jdbc = jdbc;
		this.calendars = calendars;
		this.events = events;
		this.audit = audit;
	}

	/** The years on record, newest first. */
	public List<LoadedYear> years() {
		return jdbc.sql("""
				select y.year, y.source, y.loaded_at,
				       (select count(*) from deadline_calendar_day d
				        where d.day between make_date(y.year, 1, 1) and make_date(y.year, 12, 31)) as days
				from deadline_calendar_year y order by y.year desc""")
			.query((rs, n) -> new LoadedYear(rs.getInt("year"), rs.getString("source"),
					rs.getObject("loaded_at", OffsetDateTime.class), rs.getInt("days")))
			.list();
	}

	/**
	 * A year's exceptions in the upload format, to check or to correct and upload again.
	 */
	public String export(int year) {
		StringBuilder csv = new StringBuilder("date,kind,name\n");
		calendars.current()
			.exceptionsIn(year)
			.forEach(d -> csv.append(d.date())
				.append(',')
				.append(d.kind().name().toLowerCase(Locale.ROOT))
				.append(',')
				.append(d.name())
				.append('\n'));
		return csv.toString();
	}

	/**
	 * Replaces the calendar of {@code year} by the days in {@code csv}. Everything or
	 * nothing: the first refusal lists every bad line. Returns the year as now on record.
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	public LoadedYear replaceYear(int year, String csv, String source) {
		if (year < 2008 || year > 2100) {
			throw new Refusal("refusal.deadlines.calendar.year");
		}
		String from = source == null ? "" : source.strip();
		if (from.isEmpty() || from.length() > 300 || from.codePoints().anyMatch(Character::isISOControl)) {
			throw new Refusal("refusal.deadlines.calendar.source", year);
		}
		List<CalendarDay> days = parse(year, csv);
		requireStatutoryHolidays(year, days);
		WorkingCalendar before = calendars.current();
		jdbc.sql("delete from deadline_calendar_day where day between ? and ?")
			.params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.update();
		for (CalendarDay day : days) {
			jdbc.sql("insert into deadline_calendar_day (day, kind, name) values (?, ?, ?)")
				.params(day.date(), day.kind().name(), day.name())
				.update();
		}
		jdbc.sql("""
				insert into deadline_calendar_year (year, source, loaded_at) values (?, ?, now())
				on conflict (year) do update set source = excluded.source, loaded_at = excluded.loaded_at""")
			.params(year, from)
			.update();
		// the new calendar is current for the rest of this transaction only (re-dating
		// and timers use it); other
		// requests keep the old one until it commits, and the shared snapshot follows the
		// database either way
		calendars.useUntilTransactionEnds();
		audit.record(AuditAction.CALENDAR_YEAR_REPLACED, "calendar", year, AuditResult.SUCCESS,
				year + "年：" + days.size() + "个调整日，来源：" + from);
		events.publishEvent(new CalendarChanged(year, from, before));
		return years().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
	}

	/** Parses the upload; every bad line is reported, with its number. */
	static List<CalendarDay> parse(int year, String csv) {
		if (csv == null || csv.isBlank()) {
			throw new Refusal("refusal.deadlines.calendar.dataRequired");
		}
		List<CalendarDay> days = new ArrayList<>();
		List<String> errors = new ArrayList<>();
		Set<LocalDate> seen = new HashSet<>();
		String[] lines = csv.strip().split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			int number = i + 1;
			if (line.isEmpty() || (i == 0 && line.replace("\uFEFF", "").toLowerCase(Locale.ROOT).startsWith("date"))) {
				continue;
			}
			String[] cells = line.split(",", -1);
			if (cells.length != 3) {
				errors.add("第" + number + "行：应为“日期,类型,名称”三项");
				continue;
			}
			LocalDate date;
			try {
				date = LocalDate.parse(cells[0].strip());
			}
			catch (DateTimeParseException e) {
				errors.add("第" + number + "行：日期须为YYYY-MM-DD：" + abbreviate(cells[0]));
				continue;
			}
			CalendarDay.Kind kind = kind(cells[1].strip());
			String name = cells[2].strip();
			boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
			if (date.getYear() != year) {
				errors.add("第" + number + "行：" + date + " 不在" + year + "年");
			}
			else if (kind == null) {
				errors.add("第" + number + "行：类型须为 holiday（放假）或 workday（调休上班）");
			}
			else if (kind == CalendarDay.Kind.HOLIDAY && weekend) {
				errors.add("第" + number + "行：" + date + " 是周末，本来就不上班，不必列为放假");
			}
			else if (kind == CalendarDay.Kind.WORKDAY && !weekend) {
				errors.add("第" + number + "行：" + date + " 是工作日，本来就上班，不必列为调休上班");
			}
			else if (name.isEmpty() || name.length() > 64 || name.codePoints().anyMatch(Character::isISOControl)) {
				errors.add("第" + number + "行：名称（如春节）须填写，不超过64字");
			}
			else if (!seen.add(date)) {
				errors.add("第" + number + "行：" + date + " 重复");
			}
			else {
				days.add(new CalendarDay(date, kind, name));
			}
		}
		if (days.size() > MAX_DAYS_PER_YEAR) {
			errors.add("一年的调整日不应超过" + MAX_DAYS_PER_YEAR + "天");
		}
		if (days.isEmpty() && errors.isEmpty()) {
			throw new Refusal("refusal.deadlines.calendar.noDates");
		}
		if (!errors.isEmpty()) {
			throw new Refusal("refusal.deadlines.calendar.badData", String.join("；", errors));
		}
		return days;
	}

	/**
	 * Refuses a year that would leave a statutory holiday a working day: every day of
	 * 《全国年节及纪念日放假办法》 art 2 must be listed as a holiday, or be a weekend not listed as
	 * worked. Names each missing holiday with its date.
	 */
	static void requireStatutoryHolidays(int year, List<CalendarDay> days) {
		WorkingCalendar loaded = new WorkingCalendar(
				days.stream().collect(Collectors.toMap(CalendarDay::date, Function.identity())), Set.of(year));
		List<String> missing = StatutoryHolidays.of(year)
			.stream()
			.filter(h -> loaded.isWorkingDay(h.date()))
			.map(h -> h.name() + " " + h.date())
			.toList();
		if (!missing.isEmpty()) {
			throw new Refusal("refusal.deadlines.calendar.missingHolidays", year, String.join("；", missing));
		}
	}

	/**
	 * What the administrator should be told on {@code today}: this year not loaded, or
	 * from 1 November next year not loaded (its dates are provisional until then). The
	 * words are the page's ({@link CalendarReminders}).
	 */
	public List<MissingYear> reminders(LocalDate today) {
		WorkingCalendar calendar = calendars.current();
		List<MissingYear> reminders = new ArrayList<>();
		int year = today.getYear();
		if (!calendar.covers(year)) {
			reminders.add(new MissingYear(year, false));
		}
		if (!MonthDay.from(today).isBefore(REMIND_FROM) && !calendar.covers(year + 1)) {
			reminders.add(new MissingYear(year + 1, true));
		}
		return reminders;
	}

	/**
	 * The first year from {@code today}'s on without a notice, with the statutory
	 * holidays its dates are provisionally computed from.
	 */
	public ProvisionalYear firstProvisionalYear(LocalDate today) {
		WorkingCalendar calendar = calendars.current();
		int year = today.getYear();
		while (calendar.covers(year)) {
			year++;
		}
		return new ProvisionalYear(year, StatutoryHolidays.of(year));
	}

	private static CalendarDay.Kind kind(String value) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "holiday", "休", "放假" -> CalendarDay.Kind.HOLIDAY;
			case "workday", "班", "上班" -> CalendarDay.Kind.WORKDAY;
			default -> null;
		};
	}

	private static String abbreviate(String value) {
		String v = value.strip();
		return v.length() > 20 ? v.substring(0, 20) + "…" : v;
	}

	/**
	 * A year on record: where its data came from, when it was loaded, how many
	 * exceptional days it has.
	 */
	/**
	 * A year whose State Council notice is not loaded: this year's, or next year's
	 * ({@code next}).
	 */
	public record MissingYear(int year, boolean next) {
	}

	public record LoadedYear(int year, String source, OffsetDateTime loadedAt, int days) {
	}

	/**
	 * A year without a notice and its statutory holidays (provisional non-working days).
	 */
	public record ProvisionalYear(int year, List<CalendarDay> days) {
	}

}
