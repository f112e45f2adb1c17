package org.gongkai.disclosure.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.Texts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual-report deadlines (条例 art 49): a department publishes its report by 31 January of
 * the next year, a government its report — the summary over it and the agencies below it
 * — by 31 March; an administrator can set another date per agency and scope (a province
 * or city may require earlier dates). Each report's state — open, due soon (a reminder
 * from {@link ReportDeadline#REMIND_DAYS_BEFORE} days before), overdue, published on time
 * or late — is shown on the report page and listed for the agencies below an office.
 */
@Service
public class ReportDeadlines {

	static final MonthDay AGENCY_DEFAULT = MonthDay.of(1, 31);

	static final MonthDay SUMMARY_DEFAULT = MonthDay.of(3, 31);

	static final String AGENCY_BASIS = "《条例》第四十九条：每年1月31日前";

	static final String SUMMARY_BASIS = "《条例》第四十九条：每年3月31日前";

	private final ReportAccess access;

	private final ReportSources sources;

	private final Publications publications;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	ReportDeadlines(ReportAccess access, ReportSources sources, Publications publications, JdbcClient jdbc,
			AuditTrail audit, Clock clock) {
		this.access = access;
		this.sources = sources;
		this.publications = publications;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The deadline of one report and where it stands today. */
	@PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER', 'LEGAL_REVIEWER', 'HEAD_OF_OFFICE', 'STATISTICIAN')")
	public ReportDeadline of(GongkaiUser officer, String agencyCode, int year, String scope) {
		ReportRequest request = access.readable(officer, agencyCode, year, null, scope, AuditAction.REPORT_READ);
		return of(request.agency(), year, request.scope());
	}

	/**
	 * The reports of {@code year} of the officer's agency and every agency below it, each
	 * agency's own and, for an agency with agencies below it, its summary: the reminders
	 * of a government's office.
	 */
	@PreAuthorize("hasAnyRole('HEAD_OF_OFFICE', 'STATISTICIAN')")
	public List<ReportDeadline.Due> due(GongkaiUser officer, int year) {
		access.checkYear(year);
		Agency own = access.own(officer);
		List<ReportData.ScopedAgency> covered = sources.agenciesIn(own, ReportScope.SUMMARY);
		List<ReportDeadline.Due> due = new ArrayList<>();
		for (ReportData.ScopedAgency a : covered) {
			Agency agency = access.agency(a.code());
			due.add(new ReportDeadline.Due(a.code(), a.name(), of(agency, year, ReportScope.AGENCY)));
			if (sources.agenciesIn(agency, ReportScope.SUMMARY).size() > 1) {
				due.add(new ReportDeadline.Due(a.code(), a.name(), of(agency, year, ReportScope.SUMMARY)));
			}
		}
		return due;
	}

	ReportDeadline of(Agency agency, int year, ReportScope scope) {
		Optional<Setting> set = setting(agency, scope);
		MonthDay due = set.map(Setting::due).orElse(scope == ReportScope.SUMMARY ? SUMMARY_DEFAULT : AGENCY_DEFAULT);
		String basis = set.map(Setting::basis).orElse(scope == ReportScope.SUMMARY ? SUMMARY_BASIS : AGENCY_BASIS);
		LocalDate publishedOn = publications.history(agency.id(), year, scope)
			.stream()
			.filter(s -> s.version() == 1)
			.findFirst()
			.map(s -> LocalDate.ofInstant(s.publishedAt(), ReplyDeadlines.ZONE))
			.orElse(null);
		return ReportDeadline.on(ReplyDeadlines.today(clock), year, scope, due.atYear(year + 1), basis, publishedOn);
	}

	private record Setting(MonthDay due, String basis) {
	}

	private Optional<Setting> setting(Agency agency, ReportScope scope) {
		return jdbc.sql("select due_month, due_day, basis from report_deadline where agency_id = ? and scope = ?")
			.params(agency.id().value(), scope.name())
			.query((rs, n) -> new Setting(MonthDay.of(rs.getInt(1), rs.getInt(2)), rs.getString(3)))
			.optional();
	}

	/**
	 * Sets the deadline of an agency's reports in one scope (e.g. {@code 01-20}, with the
	 * rule that sets it).
	 */
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@Transactional
	public ReportDeadline set(GongkaiUser administrator, String agencyCode, String scope, String monthDay,
			String basis) {
		Agency agency = access.agency(agencyCode);
		ReportScope s = ReportScope.of(scope);
		MonthDay due;
		try {
			due = MonthDay.parse("--" + Texts.require(monthDay, "截止日", 5));
		}
		catch (DateTimeParseException e) {
			throw new Refusal("refusal.reporting.deadline.format", monthDay);
		}
		if (due.equals(MonthDay.of(2, 29))) {
			throw new Refusal("refusal.reporting.deadline.leapDay");
		}
		String why = Texts.require(basis, "依据", 200);
		jdbc.sql("""
				insert into report_deadline (agency_id, scope, due_month, due_day, basis, updated_by, updated_at)
				values (:agency, :scope, :month, :day, :basis, :by, :at)
				on conflict (agency_id, scope) do update set due_month = excluded.due_month, due_day = excluded.due_day,
				    basis = excluded.basis, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
			.param("agency", agency.id().value())
			.param("scope", s.name())
			.param("month", due.getMonthValue())
			.param("day", due.getDayOfMonth())
			.param("basis", why)
			.param("by", administrator.id())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		audit.record(AuditAction.REPORT_DEADLINE_SET, "agency", agency.code(), AuditResult.SUCCESS,
				s.param() + "：每年" + due.getMonthValue() + "月" + due.getDayOfMonth() + "日前（" + why + "）");
		return of(agency, Year.now(clock).getValue() - 1, s);
	}

}
