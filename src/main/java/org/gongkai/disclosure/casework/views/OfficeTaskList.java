package org.gongkai.disclosure.casework.views;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.Urgency;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess;
import org.gongkai.disclosure.casework.process.DisclosureRequestWorkflow;
import org.gongkai.disclosure.casework.stops.CaseCorrections;
import org.gongkai.disclosure.deadlines.Calendars;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.deadlines.WorkingCalendar;
import org.gongkai.disclosure.shared.Paging;
import org.gongkai.disclosure.shared.ids.AgencyId;
import org.gongkai.disclosure.shared.ids.AppealId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The officer's task list: every deadline the office owns, one row each, most urgent
 * first — the requests' open tasks of the officer's role with their reply deadline (and,
 * at screening, the 补正 notice limit, 条例 art 30), the third parties' consultation windows
 * (arts 32, 34), the work routed to departments and routed to the officer's own
 * department, and the answers owed in appeals.
 * <p>
 * One page is <strong>one query</strong>, whatever the number of open cases and whatever
 * the filters (issue 14): the kinds are the branches of one {@code union all}, the
 * filters its {@code where}, the count of matching rows a window over it. The working
 * days left are counted afterwards, in memory, by the statutory calendar
 * ({@link Urgency}); the state filters are dates the same calendar gives, so that a row
 * filtered as overdue is exactly a row shown as overdue.
 */
@Service
public class OfficeTaskList {

	/** Rows per page. */
	public static final int PER_PAGE = 50;

	/**
	 * The rows are counted up to this many (and at least to the end of the page asked
	 * for); beyond, the count says "more than": counting every one of 100,000 open cases
	 * would read them all on every page, where the page itself reads its rows in the
	 * index's order and stops.
	 */
	public static final int COUNT_LIMIT = 200;

	private final JdbcClient jdbc;

	private final Calendars calendars;

	private final CaseCorrections corrections;

	private final Clock clock;

	OfficeTaskList(JdbcClient jdbc, Calendars calendars, CaseCorrections corrections, Clock clock) {
		this.jdbc = jdbc;
		this.calendars = calendars;
		this.corrections = corrections;
		this.clock = clock;
	}

	/** One page (of {@code paging}) of the rows that pass {@code filter}. */
	@PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER', 'LEGAL_REVIEWER', 'HEAD_OF_OFFICE')")
	public Page page(GongkaiUser officer, Filter filter, Paging paging) {
		LocalDate today = ReplyDeadlines.today(clock);
		WorkingCalendar calendar = calendars.current();
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("agency", officer.agencyId().value());
		params.put("group", officer.role().group());
		params.put("processKey", DisclosureRequestProcess.KEY);
		params.put("screen", DisclosureRequestProcess.Elements.TASK_SCREEN);
		params.put("caseWork", officer.role().doesCaseWork());
		String where = String.join("\n  and ", conditions(filter, today, calendar, params));
		String sql = BRANCHES.stream()
			.map(branch -> firstRowsOf(branch, where))
			.collect(Collectors.joining("\nunion all\n", "with deadline as (\n", "\n)")) + PAGE_OF_DEADLINES;
		long cap = Math.max(COUNT_LIMIT, paging.offset() + paging.size()) + 1;
		params.put("cap", cap);
		params.put("offset", paging.offset());
		params.put("limit", paging.size());
		long[] counted = { 0 };
		List<Row> rows = jdbc.sql(sql).params(params).query((rs, n) -> {
			counted[0] = rs.getLong("total");
			return row(rs, today, calendar);
		}).list();
		if (rows.isEmpty() && paging.page() > 0) {
			// past the last page (a bookmark of a list that has since shrunk): the count
			// alone, from the first row
			params.put("offset", 0);
			params.put("limit", 1);
			counted[0] = jdbc.sql(sql).params(params).query((rs, n) -> rs.getLong("total")).optional().orElse(0L);
		}
		return counted[0] >= cap ? new Page(rows, cap - 1, true, paging) : new Page(rows, counted[0], false, paging);
	}

	/**
	 * The filter's conditions over the union's rows {@code x} and their case {@code d}.
	 */
	private List<String> conditions(Filter filter, LocalDate today, WorkingCalendar calendar,
			Map<String, Object> params) {
		List<String> where = new ArrayList<>(List.of("true"));
		if (filter.kind() == Kind.CORRECTION_NOTICE) {
			where.add("x.kind = 'REPLY' and x.at_screening");
		}
		else if (filter.kind() != null) {
			where.add("x.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.state() != State.ALL) {
			// overdue: a working day has passed since the last day (Urgency.overdue),
			// i.e.
			// the last day is before the last working day on or before today
			LocalDate overdueBefore = calendar.lastWorkingDayOnOrBefore(today);
			params.put("overdueBefore", overdueBefore);
			params.put("noticeOverdueReceivedBefore", receivedBeforeNoticeDueBefore(overdueBefore, calendar));
			String overdue = "(x.due_on < :overdueBefore"
					+ " or (x.at_screening and x.received_on < :noticeOverdueReceivedBefore))";
			if (filter.state() == State.OVERDUE) {
				where.add(overdue);
			}
			else {
				// due within N working days: at most N left (Urgency.workingDaysLeft),
				// i.e.
				// before the (N+1)-th working day after today, and not overdue
				LocalDate dueBefore = calendar.addWorkingDays(today, filter.withinDays() + 1);
				params.put("dueBefore", dueBefore);
				params.put("noticeDueReceivedBefore", receivedBeforeNoticeDueBefore(dueBefore, calendar));
				where.add("not " + overdue + " and (x.due_on < :dueBefore"
						+ " or (x.at_screening and x.received_on < :noticeDueReceivedBefore))");
			}
		}
		if (filter.department() != null) {
			// the department's own routed work, and every other deadline of a case it
			// holds
			where.add("""
					case when x.kind = 'ROUTED' then x.department_id = :department
					     else exists (select 1 from case_routing r where r.case_id = x.case_id
					                  and r.department_id = :department and r.answered_on is null) end""");
			params.put("department", filter.department().value());
		}
		if (filter.assignee() != null) {
			where.add("x.handler_id = :assignee and not x.routed_to_us");
			params.put("assignee", filter.assignee());
		}
		if (filter.text() != null) {
			// a department is not told who asked (条例 art 29's identity stays with the
			// agency): its routed rows are not found by the applicant's name
			where
				.add("""
						(x.reference ilike :text escape '\\' or x.information_sought ilike :text escape '\\'
						 or (not x.routed_to_us
						     and exists (select 1 from applicant p where p.id = x.applicant_id and p.name ilike :text escape '\\')))""");
			params.put("text", "%" + filter.text().replaceAll("([\\\\%_])", "\\\\$1") + "%");
		}
		return where;
	}

	/**
	 * The day before which a request must have been received for its 补正 notice limit (条例
	 * art 30: {@value CaseCorrections#NOTICE_WITHIN_WORKING_DAYS} working days after
	 * receipt) to fall before {@code day}. The limit grows with the day of receipt and is
	 * always a working day, so it falls before {@code day} exactly when it falls before
	 * the first working day {@code w} on or after it, exactly when the request was
	 * received before the day the calendar counts those working days back from {@code w}.
	 */
	private static LocalDate receivedBeforeNoticeDueBefore(LocalDate day, WorkingCalendar calendar) {
		return calendar.workingDaysBefore(calendar.firstWorkingDayOnOrAfter(day),
				CaseCorrections.NOTICE_WITHIN_WORKING_DAYS);
	}

	private Row row(ResultSet rs, LocalDate today, WorkingCalendar calendar) throws SQLException {
		LocalDate due = rs.getObject("due_on", LocalDate.class);
		LocalDate receivedOn = rs.getObject("received_on", LocalDate.class);
		boolean atScreening = rs.getBoolean("at_screening");
		boolean routedToUs = rs.getBoolean("routed_to_us");
		String category = rs.getString("applicant_category");
		return new Row(Kind.valueOf(rs.getString("kind")), rs.getObject("case_id", UUID.class),
				rs.getObject("appeal_id", UUID.class) == null ? null
						: new AppealId(rs.getObject("appeal_id", UUID.class)),
				rs.getString("reference"), due == null ? null : Urgency.of(due, today, calendar),
				atScreening ? Urgency.of(corrections.noticeDeadline(receivedOn), today, calendar) : null,
				rs.getString("task_key"), rs.getString("task_name"), rs.getString("department_name"),
				(Boolean) rs.getObject("lead"), routedToUs, rs.getString("routing_agency_name"), rs.getString("party"),
				rs.getString("appeal_kind"), rs.getString("appeal_procedure"),
				routedToUs || category == null ? null : ApplicantCategory.valueOf(category), receivedOn,
				rs.getString("information_sought"), routedToUs ? null : rs.getString("handler_name"));
	}

	/** What every row shows and is filtered by of its case {@code d}. */
	private static final String CASE_COLUMNS = "d.received_on, d.applicant_category, d.information_sought, "
			+ "d.handler_id, d.applicant_id, d.agency_id as case_agency_id";

	/**
	 * Every open deadline the officer's office owns, one branch per kind, as rows with
	 * their case {@code d}. Each branch reads its own index: the agency's open cases by
	 * due date (V87) for the tasks, the open consultation windows and routings (V125),
	 * the appeals' read contract (the {@code appeal_answer_due} view). Work that is not a
	 * task of the process (the windows, the routings, the appeals) is the case officers'
	 * and the head's ({@code :caseWork}).
	 */
	private static final List<String> BRANCHES = List.of(
			"""
					select 'REPLY' as kind, d.id as case_id, null::uuid as appeal_id, d.reference, d.answer_due_on as due_on,
					       t.task_def_key_ = :screen as at_screening, t.task_def_key_ as task_key, t.name_ as task_name,
					       null::uuid as department_id, null::boolean as lead, false as routed_to_us, null as party,
					       null as appeal_kind, null as appeal_procedure, %s
					from disclosure_case d
					%s
					where d.agency_id = :agency and d.closed_on is null"""
				.formatted(CASE_COLUMNS, DisclosureRequestWorkflow.OPEN_TASKS_OF_CASE),
			"""
					select 'CONSULTATION' as kind, d.id as case_id, null::uuid as appeal_id, d.reference, w.due_on,
					       false as at_screening, null as task_key, null as task_name, null::uuid as department_id,
					       null::boolean as lead, false as routed_to_us, w.addressee as party, null as appeal_kind,
					       null as appeal_procedure, %s
					from case_clock_stop w
					join disclosure_case d on d.id = w.case_id
					where :caseWork and w.kind = 'CONSULTATION' and w.answered_on is null and not w.lapsed
					  and d.agency_id = :agency and d.closed_on is null and d.status = 'AWAITING_CONSULTATION'"""
				.formatted(CASE_COLUMNS),
			"""
					select 'ROUTED' as kind, d.id as case_id, null::uuid as appeal_id, d.reference, r.due_on,
					       false as at_screening, null as task_key, null as task_name, r.department_id, r.lead,
					       false as routed_to_us, null as party, null as appeal_kind, null as appeal_procedure, %s
					from case_routing r
					join disclosure_case d on d.id = r.case_id
					where :caseWork and r.answered_on is null and d.agency_id = :agency and d.closed_on is null
					  and r.round = (select max(round) from case_routing o where o.case_id = r.case_id)"""
				.formatted(CASE_COLUMNS),
			"""
					select 'ROUTED' as kind, d.id as case_id, null::uuid as appeal_id, d.reference, r.due_on,
					       false as at_screening, null as task_key, null as task_name, r.department_id, r.lead,
					       true as routed_to_us, null as party, null as appeal_kind, null as appeal_procedure, %s
					from case_routing r
					join disclosure_case d on d.id = r.case_id
					where :caseWork and r.answered_on is null and r.department_id = :agency and d.closed_on is null
					  and r.round = (select max(round) from case_routing o where o.case_id = r.case_id)"""
				.formatted(CASE_COLUMNS),
			"""
					select 'APPEAL_ANSWER' as kind, a.case_id, a.appeal_id, a.reference, a.answer_due_on as due_on,
					       false as at_screening, null as task_key, null as task_name, null::uuid as department_id,
					       null::boolean as lead, false as routed_to_us, null as party, a.kind as appeal_kind,
					       a.procedure as appeal_procedure, %s
					from appeal_answer_due a
					join disclosure_case d on d.id = a.case_id
					where :caseWork and a.agency_id = :agency""".formatted(CASE_COLUMNS));

	/**
	 * The whole list's order, most urgent first: the last day (none last), the reference,
	 * then what tells a case's rows apart.
	 */
	private static final String ORDER = "due_on nulls last, reference, kind, task_key, department_id";

	/**
	 * One branch, filtered, its first {@code :cap} rows in the list's order (its own
	 * index's order, so that it stops reading there): no row of the list's first
	 * {@code :cap} can be further down its branch.
	 */
	private static String firstRowsOf(String branch, String where) {
		return "(select * from (" + branch + ") x\nwhere " + where + "\norder by " + ORDER + "\nlimit :cap)";
	}

	/**
	 * The list's first {@code :cap} rows with what they show of the staff and the
	 * departments, counted; then the page of those.
	 */
	private static final String PAGE_OF_DEADLINES = """

			select *, count(*) over () as total from (
			    select x.*, u.display_name as handler_name, dep.name as department_name, org.name as routing_agency_name
			    from deadline x
			    left join account_user u on u.id = x.handler_id
			    left join agency dep on dep.id = x.department_id
			    left join agency org on org.id = x.case_agency_id and x.routed_to_us
			    order by %1$s
			    limit :cap
			) capped
			order by %1$s
			offset :offset limit :limit""".formatted(ORDER);

	/**
	 * A kind of deadline. A request at screening is one row, of kind {@link #REPLY}, that
	 * also carries the 补正 notice limit: {@link #CORRECTION_NOTICE} filters those rows.
	 */
	public enum Kind {

		/** A request's open task, by its reply deadline (条例 art 33). */
		REPLY,
		/** A request still to be screened: the 补正 notice limit (条例 art 30). */
		CORRECTION_NOTICE,
		/** Work routed to a department (交办), by the department's due date. */
		ROUTED,
		/** A third party's window to give its opinion (条例 arts 32, 34). */
		CONSULTATION,
		/** An answer or defence owed in an appeal (复议, 诉讼). */
		APPEAL_ANSWER

	}

	/** Which rows by their urgency. */
	public enum State {

		ALL, OVERDUE, DUE_SOON

	}

	/**
	 * What the list is narrowed to; null components filter nothing.
	 *
	 * @param kind one kind of deadline
	 * @param state overdue, due within {@code withinDays} working days, or all
	 * @param withinDays for {@link State#DUE_SOON}: at most this many working days left
	 * @param department rows of cases routed to this department (and its routed work)
	 * @param assignee rows of cases this account handles
	 * @param text part of the reference, the applicant's name or the information sought
	 */
	public record Filter(Kind kind, State state, int withinDays, AgencyId department, UUID assignee, String text) {

		/** The whole list. */
		public static final Filter NONE = new Filter(null, State.ALL, Urgency.SOON, null, null, null);

		public Filter {
			if (state == null) {
				state = State.ALL;
			}
			text = text == null || text.isBlank() ? null : text.strip();
		}

		/** Whether the list is narrowed at all. */
		public boolean narrowed() {
			return kind != null || state != State.ALL || department != null || assignee != null || text != null;
		}

	}

	/**
	 * One deadline.
	 *
	 * @param urgency the row's own deadline and the working days left (null while a
	 * request's clock is stopped, or before a consultation letter is served)
	 * @param correctionNotice at screening, the last day to send a 补正 notice
	 * @param routedToUs routed work the officer's department owes another agency
	 * @param routingAgency for {@code routedToUs}: the agency that routed it
	 * @param applicantCategory null on work routed to the officer's department, which is
	 * not told who asked
	 */
	public record Row(Kind kind, UUID caseId, AppealId appealId, String reference, Urgency urgency,
			Urgency correctionNotice, String taskKey, String taskName, String department, Boolean lead,
			boolean routedToUs, String routingAgency, String party, String appealKind, String appealProcedure,
			ApplicantCategory applicantCategory, LocalDate receivedOn, String informationSought, String handler) {

		/** The page to act on it. */
		public String path() {
			if (kind == Kind.APPEAL_ANSWER) {
				return "/officer/appeals/" + appealId;
			}
			return (routedToUs ? "/officer/routed/" : "/officer/cases/") + caseId;
		}

		/**
		 * The row's class: the more urgent of its deadlines ({@link Urgency#cssClass}).
		 */
		public String cssClass() {
			return Stream.of(urgency, correctionNotice)
				.filter(Objects::nonNull)
				.min(Comparator.comparingInt(Urgency::workingDaysLeft))
				.map(Urgency::cssClass)
				.orElse("");
		}

	}

	/**
	 * A page of rows, and how many rows pass the filter on all pages: exactly, or when
	 * {@code more}, more than {@code total}.
	 */
	public record Page(List<Row> rows, long total, boolean more, Paging paging) {

		public boolean lastPage() {
			return !more && paging.offset() + rows.size() >= total;
		}

	}

}
