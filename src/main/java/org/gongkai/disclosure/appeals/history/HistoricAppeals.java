package org.gongkai.disclosure.appeals.history;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.appeals.Appeal;
import org.gongkai.disclosure.appeals.AppealKind;
import org.gongkai.disclosure.appeals.AppealNotFoundException;
import org.gongkai.disclosure.appeals.AppealResult;
import org.gongkai.disclosure.appeals.AppealStatus;
import org.gongkai.disclosure.appeals.Appeals;
import org.gongkai.disclosure.appeals.Instance;
import org.gongkai.disclosure.appeals.LitigationRoute;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditLine;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.casework.history.HistoricCases.KnownRequest;
import org.gongkai.disclosure.casework.history.HistoricCases.RowProblem;
import org.gongkai.disclosure.casework.history.HistoricCases;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.ids.AgencyId;
import org.gongkai.disclosure.shared.ids.AppealId;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appeals from an agency's historic ledger (台账): 行政复议 and 行政诉讼 handled before Gongkai, or
 * outside it. A ledger row names the request it challenges ({@code request_reference}, a
 * request of the same agency — imported from the request ledger or handled in Gongkai),
 * its kind (行政复议 / 未经复议直接起诉 / 复议后起诉), the filing date and, once closed, the closing date
 * and the section 四 result category (维持 / 纠正 / 其他). An imported appeal is marked
 * {@code origin = 'LEDGER'} with its import, has no process, no answer deadline and no
 * decision type: section 四 counts its category ({@code ledger_result}) in the same column
 * a decision type would map to, by the same year rules. A lawsuit from a ledger is its
 * first instance.
 * <p>
 * {@link #check} is the only validation: the rows arrive as the file's cells (labels and
 * dates as text), so every problem of every row is reported once, with its line.
 */
@Service
public class HistoricAppeals {

	private static final int BATCH = 1000;

	/** Where a ledger does not name the 复议机关 or court. */
	static final String BODY_NOT_RECORDED = "（台账未记载）";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Agencies agencies;

	private final HistoricCases requests;

	private final Appeals appeals;

	private final AppealHistory history;

	private final AuditTrail audit;

	private final Clock clock;

	private final ObjectMapper json;

	HistoricAppeals(JdbcClient jdbc, JdbcTemplate template, Agencies agencies, HistoricCases requests, Appeals appeals,
			AppealHistory history, AuditTrail audit, Clock clock, ObjectMapper json) {
		this.jdbc = jdbc;
		this.template = template;
		this.agencies = agencies;
		this.requests = requests;
		this.appeals = appeals;
		this.history = history;
		this.audit = audit;
		this.clock = clock;
		this.json = json;
	}

	/**
	 * One ledger row as the file gives it: its line and its cells, stripped ("" when
	 * empty).
	 */
	public record HistoricAppeal(int line, String requestReference, String kind, String filedOn, String closedOn,
			String result) {
	}

	/** The kind column's three values: the three groups of section 四. */
	public enum LedgerKind {

		REVIEW("行政复议", AppealKind.REVIEW, null), DIRECT_SUIT("未经复议直接起诉", AppealKind.LITIGATION, LitigationRoute.DIRECT),
		SUIT_AFTER_REVIEW("复议后起诉", AppealKind.LITIGATION, LitigationRoute.AFTER_REVIEW);

		private final String label;

		private final AppealKind kind;

		private final LitigationRoute route;

		LedgerKind(String label, AppealKind kind, LitigationRoute route) {
			this.label = label;
			this.kind = kind;
			this.route = route;
		}

		public String label() {
			return label;
		}

	}

	/**
	 * The result column's values: 维持 / 纠正 / 其他, or the section 四 column labels
	 * themselves; null if neither.
	 */
	public static AppealResult result(String text) {
		return switch (text) {
			case "维持", "结果维持" -> AppealResult.UPHELD;
			case "纠正", "结果纠正" -> AppealResult.CORRECTED;
			case "其他", "其他结果" -> AppealResult.OTHER;
			default -> null;
		};
	}

	static LedgerKind kind(String text) {
		for (LedgerKind k : LedgerKind.values()) {
			if (k.label.equals(text)) {
				return k;
			}
		}
		return null;
	}

	/** A row that passed {@link #check}, resolved. */
	private record Resolved(HistoricAppeal row, KnownRequest request, LedgerKind kind, LocalDate filedOn,
			LocalDate closedOn, AppealResult result) {
	}

	/**
	 * The rules every row must meet, all rows checked, every problem reported with its
	 * line: the request reference present and a request of this agency; the kind and the
	 * result from the fixed lists; dates {@code YYYY-MM-DD}; filed not before the request
	 * was received nor in the future; closed not before filed nor in the future; a result
	 * if and only if closed; no row repeating an earlier one (same request, kind and
	 * filing date) nor an appeal already recorded.
	 */
	public List<RowProblem> check(AgencyId agencyId, List<HistoricAppeal> rows) {
		List<RowProblem> problems = new ArrayList<>();
		resolve(agencyId, rows, problems);
		problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
		return problems;
	}

	private List<Resolved> resolve(AgencyId agencyId, List<HistoricAppeal> rows, List<RowProblem> problems) {
		LocalDate today = ReplyDeadlines.today(clock);
		Set<String> references = new HashSet<>();
		for (HistoricAppeal row : rows) {
			if (!row.requestReference().isEmpty()) {
				references.add(row.requestReference());
			}
		}
		Map<String, KnownRequest> known = requests.requestsOf(agencyId, references);
		Set<String> existing = existingKeys(known);
		Map<String, Integer> firstLine = new HashMap<>();
		List<Resolved> resolved = new ArrayList<>();
		for (HistoricAppeal row : rows) {
			int line = row.line();
			int before = problems.size();
			KnownRequest request = null;
			if (row.requestReference().isEmpty()) {
				problems.add(new RowProblem(line, "缺少申请编号（request_reference）"));
			}
			else {
				request = known.get(row.requestReference());
				if (request == null) {
					problems
						.add(new RowProblem(line, "本机关没有编号为 %s 的政府信息公开申请（请先导入申请台账）".formatted(row.requestReference())));
				}
			}
			LedgerKind kind = null;
			if (row.kind().isEmpty()) {
				problems.add(new RowProblem(line, "缺少类型（kind）"));
			}
			else {
				kind = kind(row.kind());
				if (kind == null) {
					problems.add(new RowProblem(line, "类型“%s”无法识别（须为 行政复议、未经复议直接起诉、复议后起诉 之一）".formatted(row.kind())));
				}
			}
			LocalDate filed = HistoricCases.ledgerDate(row.filedOn(), "申请（起诉）日期（filed_on）", line, problems);
			if (row.filedOn().isEmpty()) {
				problems.add(new RowProblem(line, "缺少申请（起诉）日期（filed_on）"));
			}
			LocalDate closed = HistoricCases.ledgerDate(row.closedOn(), "办结日期（closed_on）", line, problems);
			AppealResult result = null;
			if (!row.result().isEmpty()) {
				result = result(row.result());
				if (result == null) {
					problems.add(new RowProblem(line, "结果“%s”无法识别（须为 维持、纠正、其他 之一；未审结的留空）".formatted(row.result())));
				}
			}
			if (filed != null) {
				if (filed.isAfter(today)) {
					problems.add(new RowProblem(line, "申请（起诉）日期 %s 晚于今天".formatted(filed)));
				}
				if (request != null && filed.isBefore(request.receivedOn())) {
					problems.add(new RowProblem(line, "申请（起诉）日期 %s 早于收到政府信息公开申请 %s 之日 %s".formatted(filed,
							request.reference(), request.receivedOn())));
				}
			}
			if (closed != null) {
				if (filed != null && closed.isBefore(filed)) {
					problems.add(new RowProblem(line, "办结日期 %s 早于申请（起诉）日期 %s".formatted(closed, filed)));
				}
				if (closed.isAfter(today)) {
					problems.add(new RowProblem(line, "办结日期 %s 晚于今天".formatted(closed)));
				}
				if (row.result().isEmpty()) {
					problems.add(new RowProblem(line, "已办结（有办结日期）的须填写结果（维持、纠正、其他）"));
				}
			}
			else if (!row.result().isEmpty() && row.closedOn().isEmpty()) {
				problems.add(new RowProblem(line, "未审结（无办结日期）的不得填写结果"));
			}
			if (request != null && kind != null && filed != null) {
				String key = key(request.id().value(), kind, filed);
				Integer earlier = firstLine.putIfAbsent(key, line);
				if (earlier != null) {
					problems.add(new RowProblem(line, "与第%d行重复（同一申请、同一类型、同一申请（起诉）日期）".formatted(earlier)));
				}
				else if (existing.contains(key)) {
					problems.add(new RowProblem(line,
							"申请 %s 的这一%s（%s）已在系统中".formatted(request.reference(), kind.label(), filed)));
				}
			}
			if (problems.size() == before) {
				resolved.add(new Resolved(row, request, kind, filed, closed, result));
			}
		}
		return resolved;
	}

	private Set<String> existingKeys(Map<String, KnownRequest> known) {
		Set<String> keys = new HashSet<>();
		if (known.isEmpty()) {
			return keys;
		}
		UUID[] ids = known.values().stream().map(r -> r.id().value()).toArray(UUID[]::new);
		jdbc.sql("""
				select case_id, kind, route, filed_on from appeal
				where case_id = any(?) and (instance is null or instance = 'FIRST')""").param(ids).query((rs, n) -> {
			String route = rs.getString("route");
			LedgerKind kind = "REVIEW".equals(rs.getString("kind")) ? LedgerKind.REVIEW
					: "DIRECT".equals(route) ? LedgerKind.DIRECT_SUIT : LedgerKind.SUIT_AFTER_REVIEW;
			return key(rs.getObject("case_id", UUID.class), kind, rs.getObject("filed_on", LocalDate.class));
		}).list().forEach(keys::add);
		return keys;
	}

	private static String key(UUID caseId, LedgerKind kind, LocalDate filed) {
		return caseId + "|" + kind.name() + "|" + filed;
	}

	/**
	 * Writes all rows as appeals of {@code agencyId} (the original organ), in the
	 * caller's transaction — nothing is kept if anything fails — in batches, calling
	 * {@code progress} with the number written so far. Refuses if any row breaks a rule.
	 * Each appeal gets the reference its request's next appeal would get ({@code …-FY3},
	 * {@code …-SS4}) and an {@code IMPORTED} history line.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('STATISTICIAN', 'HEAD_OF_OFFICE')")
	public int importAll(GongkaiUser user, AgencyId agencyId, UUID importId, List<HistoricAppeal> rows,
			IntConsumer progress) {
		Agency agency = agencies.byId(agencyId).orElseThrow(() -> new Refusal("refusal.appeals.agency.notFound.plain"));
		if (!agencyId.equals(user.agencyId())) {
			throw new AccessDeniedException("Only the own agency's ledger may be imported");
		}
		List<RowProblem> problems = new ArrayList<>();
		List<Resolved> resolved = resolve(agencyId, rows, problems);
		if (!problems.isEmpty()) {
			throw new Refusal("refusal.appeals.history.ledgerErrors", problems.size());
		}
		Map<CaseId, Integer> numbers = new HashMap<>();
		OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		int done = 0;
		for (int from = 0; from < resolved.size(); from += BATCH) {
			List<Resolved> batch = resolved.subList(from, Math.min(resolved.size(), from + BATCH));
			List<Object[]> appealRows = new ArrayList<>();
			List<Object[]> historyRows = new ArrayList<>();
			for (Resolved r : batch) {
				UUID id = UUID.randomUUID();
				UUID caseId = r.request().id().value();
				int number = numbers.computeIfAbsent(r.request().id(), appeals::countOfCase) + 1;
				numbers.put(r.request().id(), number);
				boolean litigation = r.kind().kind == AppealKind.LITIGATION;
				String reference = r.request().reference() + (litigation ? "-SS" : "-FY") + number;
				boolean closed = r.closedOn() != null;
				appealRows.add(new Object[] { id, reference, caseId, r.request().reference(), agencyId.value(),
						r.kind().kind.name(), litigation ? r.kind().route.name() : null,
						litigation ? Instance.FIRST.name() : null, BODY_NOT_RECORDED, Date.valueOf(r.filedOn()),
						closed ? Date.valueOf(r.closedOn()) : null, closed ? r.result().name() : null,
						closed ? AppealStatus.DECIDED.name() : AppealStatus.AWAITING_DECISION.name(), importId });
				Map<String, String> detail = new LinkedHashMap<>();
				detail.put("origin", "LEDGER");
				detail.put("importId", importId.toString());
				detail.put("line", Integer.toString(r.row().line()));
				detail.put("kind", r.kind().label());
				detail.put("filedOn", r.filedOn().toString());
				if (closed) {
					detail.put("closedOn", r.closedOn().toString());
					detail.put("result", r.result().label());
				}
				historyRows.add(new Object[] { id, now, user.id(), user.displayName(), "IMPORTED", write(detail) });
			}
			template.batchUpdate("""
					insert into appeal (id, reference, case_id, case_reference, agency_id, kind, route, instance,
					    body, filed_on, decided_on, ledger_result, status, created_at, origin, import_id)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), 'LEDGER', ?)""", appealRows);
			template.batchUpdate("""
					insert into appeal_history (appeal_id, occurred_at, actor_id, actor_name, action, detail)
					values (?, ?, ?, ?, ?, cast(? as jsonb))""", historyRows);
			done += batch.size();
			progress.accept(done);
		}
		audit.record(AuditAction.LEDGER_IMPORTED, "import", importId, AuditResult.SUCCESS,
				"从历史台账导入行政复议、行政诉讼 %d 件（%s）".formatted(resolved.size(), agency.code()));
		return resolved.size();
	}

	/**
	 * Records the closing date and result category of an imported appeal still pending,
	 * as the office's file shows them (a ledger appeal has no process to decide it). Case
	 * officers and the head of office of its agency; written to its history and audited.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('CASE_OFFICER', 'HEAD_OF_OFFICE')")
	public Appeal close(GongkaiUser officer, AppealId id, AppealResult result, LocalDate closedOn) {
		Appeal found = appeals.byId(id)
			.filter(a -> a.agencyId().equals(officer.agencyId()))
			.orElseThrow(AppealNotFoundException::new);
		if (!found.fromLedger()) {
			throw new StateRefusal("refusal.appeals.history.onlyImported");
		}
		if (!found.status().isPending()) {
			throw new StateRefusal("refusal.appeals.history.concluded");
		}
		if (result == null || closedOn == null) {
			throw new Refusal("refusal.appeals.history.resultAndDate");
		}
		LocalDate today = ReplyDeadlines.today(clock);
		if (closedOn.isBefore(found.filedOn()) || closedOn.isAfter(today)) {
			throw new Refusal("refusal.appeals.history.closingDate");
		}
		int updated = jdbc.sql("""
				update appeal set status = 'DECIDED', decided_on = ?, ledger_result = ?
				where id = ? and origin = 'LEDGER' and status = 'AWAITING_DECISION'""")
			.params(closedOn, result.name(), id.value())
			.update();
		if (updated != 1) {
			throw new StateRefusal("refusal.appeals.appeal.changedMeanwhile");
		}
		history.append(id, officer.id(), officer.displayName(), "LEDGER_CLOSED",
				Map.of("closedOn", closedOn.toString(), "result", result.label()),
				AuditLine.success(AuditAction.LEDGER_APPEAL_CLOSED,
						"记录台账导入案件 %s 的结果：%s（%s）".formatted(found.reference(), result.label(), closedOn)));
		return appeals.byId(id).orElseThrow();
	}

	/**
	 * The imported appeals of the user's agency still pending (台账导入未审结), oldest first.
	 */
	@PreAuthorize("hasAnyRole('CASE_OFFICER', 'HEAD_OF_OFFICE', 'STATISTICIAN')")
	public List<Appeal> openOf(GongkaiUser user) {
		if (user.agencyId() == null) {
			return List.of();
		}
		return appeals.ofAgencies(List.of(user.agencyId()), true, null)
			.stream()
			.filter(Appeal::fromLedger)
			.sorted(Comparator.comparing(Appeal::filedOn).thenComparing(Appeal::reference))
			.toList();
	}

	private String write(Map<String, String> detail) {
		try {
			return json.writeValueAsString(detail);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

}
