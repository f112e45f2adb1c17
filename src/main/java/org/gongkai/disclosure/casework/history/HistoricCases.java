package org.gongkai.disclosure.casework.history;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditLine;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.casework.CaseNotFoundException;
import org.gongkai.disclosure.casework.CaseStatus;
import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.casework.Channel;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.ids.AgencyId;
import org.gongkai.disclosure.shared.ids.CaseId;
import org.gongkai.disclosure.shared.ids.CaseReference;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases from an agency's historic ledger (台账): requests handled before Gongkai, or
 * outside it. They carry only what a ledger records — reference, applicant column,
 * channel, receipt date, and outcome and closing date once closed — and are marked
 * {@code origin = 'LEDGER'} with the import they came from. They have no applicant record
 * and no BPMN process. Their ledger entries ({@code SUBMITTED}, {@code RECEIVED},
 * {@code CLOSED_FROM_LEDGER}) are written like any case's, so {@link CaseLedgerReplay}
 * rebuilds them and the annual report counts them like any other case.
 * <p>
 * An imported <em>open</em> case (no closing date in the ledger) is carried forward like
 * any open case; an officer of the agency records its outcome and closing date later
 * ({@link #close}), which is written to the ledger ({@code LEDGER_CASE_CLOSED}) and
 * audited.
 */
@Service
public class HistoricCases {

	/**
	 * The 2019 Regulations' predecessor took effect on 2008-05-01: no disclosure request
	 * is older.
	 */
	public static final LocalDate EARLIEST = LocalDate.of(2008, 5, 1);

	private static final int BATCH = 1000;

	private static final Pattern NO_CONTROL = Pattern.compile("[^\\p{Cntrl}]{1,40}");

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Agencies agencies;

	private final Cases cases;

	private final CaseLedger ledger;

	private final Clock clock;

	private final AuditTrail audit;

	private final ObjectMapper json;

	HistoricCases(JdbcClient jdbc, JdbcTemplate template, Agencies agencies, Cases cases, CaseLedger ledger,
			Clock clock, AuditTrail audit, ObjectMapper json) {
		this.jdbc = jdbc;
		this.template = template;
		this.agencies = agencies;
		this.cases = cases;
		this.ledger = ledger;
		this.clock = clock;
		this.audit = audit;
		this.json = json;
	}

	/**
	 * One ledger row, already read from its file; {@code line} is its line (row) number
	 * in the file.
	 */
	public record HistoricCase(int line, String reference, ApplicantCategory category, Channel channel,
			LocalDate receivedOn, LocalDate closedOn, Outcome outcome, String informationSought) {
	}

	/**
	 * Why a row cannot be imported: its line, the column (canonical name, as the ledger's
	 * layout names it) when the problem is one cell's, and the reason. A ledger reader
	 * reports at most one problem per cell, so a cell it could not read is not reported
	 * again by a rule that finds it empty.
	 */
	public record RowProblem(int line, String column, String reason) {

		/** A problem of the whole row or the whole file (line 0), not of one cell. */
		public RowProblem(int line, String reason) {
			this(line, null, reason);
		}

	}

	/**
	 * The ways offices write a date, as Excel shows it: {@code 2024-1-2},
	 * {@code 2024/1/2}, {@code 2024.1.2} (one separator throughout, leading zeros
	 * optional), {@code 2024年1月2日} and {@code 20240102}, optionally followed by a time of
	 * day ({@code 2024/1/2 0:00}, what Excel writes for a date cell saved as CSV).
	 * Full-width digits are read as digits.
	 */
	private static final Pattern LEDGER_DATE = Pattern.compile(
			"(\\d{4})\\s*(?:([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})|年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?|(\\d{2})(\\d{2}))"
					+ "(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");

	/**
	 * A ledger's date cell in any of the forms of {@link #LEDGER_DATE}: null when empty;
	 * when unreadable or not a day of the calendar (2024/2/30), null and one problem for
	 * the cell. Shared by the requests and appeals ledgers so both read and say the same.
	 */
	public static LocalDate ledgerDate(String value, String what, int line, List<RowProblem> problems) {
		return ledgerDate(value, null, what, line, problems);
	}

	/** As {@link #ledgerDate(String, String, int, List)}, naming the cell's column. */
	public static LocalDate ledgerDate(String value, String column, String what, int line, List<RowProblem> problems) {
		if (value.isEmpty()) {
			return null;
		}
		LocalDate date = parseLedgerDate(value);
		if (date == null) {
			problems.add(new RowProblem(line, column,
					"%s“%s”不是有效日期（如 2021-03-05、2021/3/5、2021.3.5、2021年3月5日）".formatted(what, value)));
		}
		return date;
	}

	/** The date {@code value} writes, or null if it is not one. */
	public static LocalDate parseLedgerDate(String value) {
		StringBuilder ascii = new StringBuilder(value.length());
		value.strip().codePoints().map(c -> c >= '０' && c <= '９' ? c - '０' + '0' : c).forEach(ascii::appendCodePoint);
		Matcher m = LEDGER_DATE.matcher(ascii);
		if (!m.matches()) {
			return null;
		}
		int year = Integer.parseInt(m.group(1));
		String month = m.group(3) != null ? m.group(3) : m.group(5) != null ? m.group(5) : m.group(7);
		String day = m.group(4) != null ? m.group(4) : m.group(6) != null ? m.group(6) : m.group(8);
		try {
			return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (DateTimeException e) {
			return null;
		}
	}

	/** An imported case still open, as the import page lists it (台账导入未结). */
	public record OpenHistoricCase(CaseId id, String reference, ApplicantCategory category, Channel channel,
			LocalDate receivedOn, UUID importId) {
	}

	/**
	 * The domain rules every row must meet, all rows checked, every problem reported:
	 * reference present, readable, unique in the file and not already a case; receipt
	 * date not before 2008-05-01 nor in the future; closing date not before receipt nor
	 * in the future; an outcome if and only if the case is closed.
	 */
	public List<RowProblem> check(List<HistoricCase> rows) {
		return check(null, rows);
	}

	/**
	 * As {@link #check(List)}, for an import into {@code agencyId}: a reference in
	 * another agency's own pattern ({@code <its code>-<year>-<number>}) is refused, as it
	 * would take a number that agency's intake hands out (references are unique across
	 * agencies).
	 */
	public List<RowProblem> check(AgencyId agencyId, List<HistoricCase> rows) {
		List<RowProblem> problems = new ArrayList<>(checkRows(rows));
		if (agencyId != null) {
			Set<String> others = agencies.all()
				.stream()
				.filter(a -> !a.id().equals(agencyId))
				.map(Agency::code)
				.collect(Collectors.toSet());
			for (HistoricCase row : rows) {
				if (CaseReference.parse(row.reference()).filter(r -> others.contains(r.agencyCode())).isPresent()) {
					problems.add(new RowProblem(row.line(), "reference",
							"编号 %s 是其他机关的申请编号格式，不能作为本机关台账的编号".formatted(row.reference())));
				}
			}
			problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
		}
		return problems;
	}

	private List<RowProblem> checkRows(List<HistoricCase> rows) {
		LocalDate today = ReplyDeadlines.today(clock);
		List<RowProblem> problems = new ArrayList<>();
		Map<String, Integer> firstLine = new HashMap<>();
		for (HistoricCase row : rows) {
			String ref = row.reference();
			if (ref == null || ref.isBlank()) {
				problems.add(new RowProblem(row.line(), "reference", "缺少编号（reference）"));
			}
			else if (!NO_CONTROL.matcher(ref).matches()) {
				problems.add(new RowProblem(row.line(), "reference", "编号过长（最多40个字符）或含控制字符"));
			}
			else {
				Integer earlier = firstLine.putIfAbsent(ref, row.line());
				if (earlier != null) {
					problems.add(new RowProblem(row.line(), "reference", "编号 %s 与第%d行重复".formatted(ref, earlier)));
				}
			}
			if (row.category() == null) {
				problems.add(new RowProblem(row.line(), "applicant_type", "缺少申请人类型（applicant_type）"));
			}
			if (row.channel() == null) {
				problems.add(new RowProblem(row.line(), "channel", "缺少申请渠道（channel）"));
			}
			LocalDate received = row.receivedOn();
			if (received == null) {
				problems.add(new RowProblem(row.line(), "received_on", "缺少收到申请日期（received_on）"));
			}
			else if (received.isBefore(EARLIEST)) {
				problems.add(new RowProblem(row.line(), "received_on", "收到申请日期 %s 早于2008年5月1日".formatted(received)));
			}
			else if (received.isAfter(today)) {
				problems.add(new RowProblem(row.line(), "received_on", "收到申请日期 %s 晚于今天".formatted(received)));
			}
			LocalDate closed = row.closedOn();
			if (closed != null) {
				if (received != null && closed.isBefore(received)) {
					problems.add(
							new RowProblem(row.line(), "closed_on", "办结日期 %s 早于收到申请日期 %s".formatted(closed, received)));
				}
				if (closed.isAfter(today)) {
					problems.add(new RowProblem(row.line(), "closed_on", "办结日期 %s 晚于今天".formatted(closed)));
				}
				if (row.outcome() == null) {
					problems.add(new RowProblem(row.line(), "outcome", "已办结（有办结日期）的申请须填写办理结果（outcome）"));
				}
			}
			else if (row.outcome() != null) {
				problems.add(new RowProblem(row.line(), "closed_on", "未办结（无办结日期）的申请不得填写办理结果"));
			}
		}
		if (!firstLine.isEmpty()) {
			Set<String> existing = new HashSet<>(
					jdbc.sql("select reference from disclosure_case where reference = any(?)")
						.param(firstLine.keySet().toArray(String[]::new))
						.query(String.class)
						.list());
			for (HistoricCase row : rows) {
				if (row.reference() != null && existing.contains(row.reference())
						&& firstLine.get(row.reference()) == row.line()) {
					problems.add(new RowProblem(row.line(), "reference", "编号 %s 的申请已在系统中".formatted(row.reference())));
				}
			}
		}
		problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
		return problems;
	}

	/**
	 * Writes all rows as cases of {@code agencyId}, in the caller's transaction (nothing
	 * is kept if anything fails), in batches, calling {@code progress} with the number
	 * written so far. Refuses if any row breaks a rule.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('STATISTICIAN', 'HEAD_OF_OFFICE')")
	public int importAll(GongkaiUser user, AgencyId agencyId, UUID importId, List<HistoricCase> rows,
			IntConsumer progress) {
		Agency agency = agencies.byId(agencyId)
			.orElseThrow(() -> new Refusal("refusal.casework.agency.notFound.plain"));
		if (!agencyId.equals(user.agencyId())) {
			throw new AccessDeniedException("Only the own agency's ledger may be imported");
		}
		List<RowProblem> problems = check(agencyId, rows);
		if (!problems.isEmpty()) {
			throw new Refusal("refusal.casework.history.ledgerErrors", problems.size());
		}
		OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		String detailOrigin = importId.toString();
		int done = 0;
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<HistoricCase> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
			List<Object[]> caseRows = new ArrayList<>();
			List<Object[]> ledgerRows = new ArrayList<>();
			for (HistoricCase row : batch) {
				UUID id = UUID.randomUUID();
				boolean closed = row.closedOn() != null;
				String information = row.informationSought() == null || row.informationSought().isBlank()
						? "（台账导入，未记载申请内容）" : row.informationSought();
				caseRows.add(new Object[] { id, row.reference(), agencyId.value(), row.category().name(),
						row.channel().name(),
						Timestamp.from(row.receivedOn().atTime(12, 0).atZone(ReplyDeadlines.ZONE).toInstant()),
						Date.valueOf(row.receivedOn()), information,
						closed ? CaseStatus.CLOSED.name() : CaseStatus.IN_PROGRESS.name(),
						closed ? row.outcome().name() : null, closed ? Date.valueOf(row.closedOn()) : null,
						closed ? Date.valueOf(row.closedOn()) : null, importId });
				ledgerRows.add(entry(id, now, user, LedgerAction.SUBMITTED, "历史台账导入",
						Map.of("reference", row.reference(), "agencyId", agencyId.toString(), "applicantCategory",
								row.category().name(), "channel", row.channel().name(), "origin", "LEDGER", "importId",
								detailOrigin, "line", Integer.toString(row.line()))));
				ledgerRows.add(entry(id, now, user, LedgerAction.RECEIVED, row.channel().receiptRule(),
						Map.of("receivedOn", row.receivedOn().toString())));
				if (closed) {
					ledgerRows.add(entry(id, now, user, LedgerAction.CLOSED_FROM_LEDGER, row.outcome().legalBasis(),
							Map.of("outcome", row.outcome().name(), "closedOn", row.closedOn().toString())));
				}
			}
			template.batchUpdate("""
					insert into disclosure_case (id, reference, agency_id, applicant_id, applicant_category, channel,
					    submitted_at, received_on, information_sought, requested_form, delivery_method, status,
					    outcome, decided_on, closed_on, created_at, origin, import_id)
					values (?, ?, ?, null, ?, ?, ?, ?, ?, 'PAPER', 'PICK_UP', ?, ?, ?, ?, now(), 'LEDGER', ?)""",
					caseRows);
			template.batchUpdate("""
					insert into case_ledger (case_id, occurred_at, actor_id, actor_name, action, legal_basis, detail)
					values (?, ?, ?, ?, ?, ?, cast(? as jsonb))""", ledgerRows);
			done += batch.size();
			progress.accept(done);
		}
		advanceReferenceCounters(agency, rows);
		audit.record(AuditAction.LEDGER_IMPORTED, "import", importId, AuditResult.SUCCESS,
				"从历史台账导入申请 %d 件（%s）".formatted(rows.size(), agency.code()));
		return rows.size();
	}

	/** A request as a ledger of appeals names it: by its reference, within its agency. */
	public record KnownRequest(CaseId id, String reference, LocalDate receivedOn) {
	}

	/**
	 * The requests of {@code agencyId} with these references, whether imported from a
	 * ledger or handled in Gongkai (for the appeals ledger, whose rows name the request
	 * they challenge); references of other agencies are not found.
	 */
	public Map<String, KnownRequest> requestsOf(AgencyId agencyId, Collection<String> references) {
		Map<String, KnownRequest> found = new HashMap<>();
		if (references.isEmpty()) {
			return found;
		}
		jdbc.sql("select id, reference, received_on from disclosure_case where agency_id = ? and reference = any(?)")
			.params(agencyId.value(), references.toArray(String[]::new))
			.query((rs, n) -> new KnownRequest(new CaseId(rs.getObject("id", UUID.class)), rs.getString("reference"),
					rs.getObject("received_on", LocalDate.class)))
			.list()
			.forEach(r -> found.put(r.reference(), r));
		return found;
	}

	/** The imported cases of an agency still open (台账导入未结), oldest first. */
	@PreAuthorize("hasAnyRole('CASE_OFFICER', 'HEAD_OF_OFFICE', 'STATISTICIAN')")
	public List<OpenHistoricCase> openOf(GongkaiUser user) {
		return jdbc.sql("""
				select id, reference, applicant_category, channel, received_on, import_id from disclosure_case
				where agency_id = ? and origin = 'LEDGER' and closed_on is null order by received_on, reference""")
			.param(user.agencyId().value())
			.query((rs, n) -> new OpenHistoricCase(new CaseId(rs.getObject("id", UUID.class)),
					rs.getString("reference"), ApplicantCategory.valueOf(rs.getString("applicant_category")),
					Channel.valueOf(rs.getString("channel")), rs.getObject("received_on", LocalDate.class),
					rs.getObject("import_id", UUID.class)))
			.list();
	}

	/**
	 * Records the outcome and closing date of an imported open case, as the office's
	 * paper file shows them. Only for ledger cases (a case with a process is closed by
	 * its process); audited and written to the ledger.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('CASE_OFFICER', 'HEAD_OF_OFFICE')")
	public DisclosureCase close(GongkaiUser officer, CaseId id, Outcome outcome, LocalDate closedOn) {
		DisclosureCase found = cases.byId(id)
			.filter(c -> c.agencyId().equals(officer.agencyId()))
			.orElseThrow(() -> new CaseNotFoundException(id));
		String origin = jdbc.sql("select origin from disclosure_case where id = ?")
			.param(id.value())
			.query(String.class)
			.single();
		if (!"LEDGER".equals(origin)) {
			throw new StateRefusal("refusal.casework.history.onlyImported");
		}
		if (found.closedOn() != null) {
			throw new StateRefusal("refusal.casework.history.closed");
		}
		if (outcome == null || closedOn == null) {
			throw new Refusal("refusal.casework.history.outcomeAndDate");
		}
		LocalDate today = ReplyDeadlines.today(clock);
		if (closedOn.isBefore(found.receivedOn()) || closedOn.isAfter(today)) {
			throw new Refusal("refusal.casework.history.closingDate");
		}
		DisclosureCase closed = new DisclosureCase(found.id(), found.reference(), found.agencyId(), null,
				found.applicantCategory(), found.channel(), found.submittedAt(), found.receivedOn(),
				found.informationSought(), found.requestedForm(), found.deliveryMethod(), CaseStatus.CLOSED, outcome,
				null, closedOn, closedOn, null, null, null);
		cases.update(closed, found.status());
		ledger.append(id, officer.id(), officer.displayName(), LedgerAction.LEDGER_CASE_CLOSED, outcome.legalBasis(),
				Map.of("outcome", outcome.name(), "closedOn", closedOn.toString()),
				AuditLine.success(AuditAction.LEDGER_CASE_CLOSED,
						"记录台账导入案件 %s 的办理结果：%s（%s）".formatted(found.reference(), outcome.displayLabel(), closedOn)));
		return closed;
	}

	/**
	 * Case officers and heads record outcomes; only this agency's officers may. Used by
	 * pages to show the form.
	 */
	public static boolean mayClose(GongkaiUser user) {
		return user.role().doesCaseWork();
	}

	/**
	 * An imported reference in our own pattern ({@code <agency code>-<year>-<number>})
	 * reserves its number: the per-year counter moves past it, so a request filed later
	 * never gets an imported case's reference.
	 */
	private void advanceReferenceCounters(Agency agency, List<HistoricCase> rows) {
		Map<Integer, Integer> highest = new LinkedHashMap<>();
		for (HistoricCase row : rows) {
			CaseReference.parse(row.reference())
				.filter(r -> r.belongsTo(agency.code()) && r.number().length() <= 9)
				.ifPresent(r -> highest.merge(r.year(), Integer.parseInt(r.number()), Math::max));
		}
		highest.forEach((year, last) -> jdbc.sql("""
				insert into case_reference_counter (agency_id, year, last_value) values (?, ?, ?)
				on conflict (agency_id, year) do update
				    set last_value = greatest(case_reference_counter.last_value, excluded.last_value)""")
			.params(agency.id().value(), year, last)
			.update());
	}

	private Object[] entry(UUID caseId, OffsetDateTime at, GongkaiUser user, LedgerAction action, String basis,
			Map<String, String> detail) {
		try {
			return new Object[] { caseId, at, user.id(), user.displayName(), action.name(), basis,
					json.writeValueAsString(detail) };
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

}
