package org.gongkai.disclosure.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.proactive.ProactiveEntry;
import org.gongkai.disclosure.proactive.ProactiveRegistry;
import org.gongkai.disclosure.shared.Texts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compiles annual reports: gathers the counts once (one query per source: cases, fee
 * records, registry), renders them in the chosen format, runs the checks, adds the
 * narrative sections and the publication state. Also the drill-down behind every number,
 * the narrative edits, publishing and the restatement diff. Read-only over cases.
 */
@Service
public class AnnualReports {

	public static final String FORMAT_2021 = "2021";

	public static final String FORMAT_2019 = "2019";

	/** Drill-down lists at most this many records (the count is always exact). */
	public static final int DRILL_LIMIT = 1000;

	private final Agencies agencies;

	private final CaseStatistics cases;

	private final FeeStatistics fees;

	private final ProactiveRegistry registry;

	private final Narratives narratives;

	private final Publications publications;

	private final AppealStatistics appeals;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	AnnualReports(Agencies agencies, CaseStatistics cases, FeeStatistics fees, ProactiveRegistry registry,
			Narratives narratives, Publications publications, AppealStatistics appeals, AuditTrail audit,
			JdbcClient jdbc, Clock clock) {
		this.appeals = appeals;
		this.agencies = agencies;
		this.cases = cases;
		this.fees = fees;
		this.registry = registry;
		this.narratives = narratives;
		this.publications = publications;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * An agency's own officers read its report; the statistician and the head of a
	 * government's office also read the reports of the agencies below it, and only they
	 * read a summary.
	 */
	private boolean mayRead(GongkaiUser user, Agency agency, ReportScope scope) {
		if (!user.role().readsReports() || user.agencyId() == null) {
			return false;
		}
		boolean compiler = user.role() == Role.STATISTICIAN || user.role() == Role.HEAD_OF_OFFICE;
		if (user.agencyId().equals(agency.id())) {
			return scope == ReportScope.AGENCY || compiler;
		}
		return compiler && agencies.isAncestorOf(user.agencyId(), agency.id());
	}

	/** The 2021-format report of the agency alone. */
	@PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER', 'LEGAL_REVIEWER', 'HEAD_OF_OFFICE', 'STATISTICIAN')")
	public AnnualReport compile(GongkaiUser officer, String agencyCode, int year) {
		return compile(officer, agencyCode, year, FORMAT_2021, ReportScope.AGENCY.param());
	}

	@PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER', 'LEGAL_REVIEWER', 'HEAD_OF_OFFICE', 'STATISTICIAN')")
	public AnnualReport compile(GongkaiUser officer, String agencyCode, int year, String format, String scope) {
		Request request = readable(officer, agencyCode, year, format, scope, "REPORT_READ");
		Built built = build(request);
		audit.recordAlone("REPORT_READ", "report", request.id(), AuditResult.SUCCESS,
				"编制年度报告（" + request.format().name() + "，" + request.scope().param() + "）");
		return built.report();
	}

	public static Map<String, String> formatLabels() {
		Map<String, String> labels = new LinkedHashMap<>();
		ReportFormat.ALL.forEach(f -> labels.put(f.name(), f.label()));
		return labels;
	}

	record Request(Agency agency, int year, ReportFormat format, ReportScope scope) {
		String id() {
			return agency.code() + "/" + year + (scope == ReportScope.SUMMARY ? "/summary" : "");
		}
	}

	record Built(AnnualReport report, Cells cells) {
	}

	private void checkYear(int year) {
		if (year < 2008 || year > Year.now(clock).getValue()) {
			throw new IllegalArgumentException("年度须在2008年至今年之间");
		}
	}

	private Request readable(GongkaiUser officer, String agencyCode, int year, String format, String scope,
			String action) {
		checkYear(year);
		ReportFormat f = ReportFormat.named(format);
		ReportScope s = ReportScope.of(scope);
		Agency agency = agencies.byCode(agencyCode == null ? "" : agencyCode)
			.orElseThrow(() -> new IllegalArgumentException("未找到机关: " + agencyCode));
		if (!mayRead(officer, agency, s)) {
			audit.recordAlone(action, "report", agency.code() + "/" + year, AuditResult.DENIED, "无权查看");
			throw new AccessDeniedException("只能查看本机关或下属机关的年度报告");
		}
		return new Request(agency, year, f, s);
	}

	/**
	 * The ids of the agencies a report of {@code agency} in {@code scope} ({@code agency}
	 * or {@code summary}) covers.
	 */
	public List<UUID> agencyIdsIn(Agency agency, String scope) {
		return agenciesIn(agency, ReportScope.of(scope)).stream().map(ReportData.ScopedAgency::id).toList();
	}

	/**
	 * The agency, and for a summary every agency below it (recursive parent links), with
	 * names.
	 */
	List<ReportData.ScopedAgency> agenciesIn(Agency agency, ReportScope scope) {
		if (scope == ReportScope.AGENCY) {
			return List.of(new ReportData.ScopedAgency(agency.id(), agency.code(), agency.name()));
		}
		return jdbc.sql("""
				with recursive down(id, depth) as (
				    select id, 0 from agency where id = :agency
				    union all
				    select a.id, down.depth + 1 from agency a join down on a.parent_id = down.id
				    where down.depth < 20)
				select a.id, a.code, a.name from agency a join down on down.id = a.id
				order by down.depth, a.code""")
			.param("agency", agency.id())
			.query((rs, n) -> new ReportData.ScopedAgency(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getString(3)))
			.list();
	}

	/**
	 * The report with its publication status (which diffs it against the latest published
	 * version, if any).
	 */
	Built build(Request request) {
		Built computed = compute(request);
		AnnualReport report = computed.report();
		return new Built(report.withPublication(publicationOf(request, report)), computed.cells());
	}

	/**
	 * The report from the records: every table with its checks and the texts; no
	 * publication status.
	 */
	private Built compute(Request request) {
		List<ReportData.ScopedAgency> scoped = agenciesIn(request.agency(), request.scope());
		List<UUID> ids = scoped.stream().map(ReportData.ScopedAgency::id).toList();
		int year = request.year();
		List<CaseMeasure> measures = new ArrayList<>(request.format().caseMeasures());
		measures.addAll(CaseMeasure.sectionThree()); // the drafted texts quote these in
														// every format
		ReportData data = new ReportData(year, scoped, cases.count(ids, year, measures), fees.count(ids, year),
				registry.current(ids, year));
		Cells cells = new Cells(data);
		List<ReportTable> tables = new ArrayList<>(request.format().render(cells));
		for (int i = 0; i < tables.size(); i++) {
			ReportTable t = tables.get(i);
			if (SectionThree.SECTION.equals(t.section()) && hasRow(t, "CARRIED_OVER")) {
				List<CheckResult> checks = new ArrayList<>(t.checks());
				checks.add(carryOverCheck(request, t.row("CARRIED_OVER")));
				tables.set(i, new ReportTable(t.section(), t.title(), t.note(), t.columns(), t.rows(), checks));
				if (hasSectionFour(request.format())) {
					// 四 has the same 15 columns in the 2021 and the 2019 national formats
					tables.add(i + 1, SectionFour.from(appeals.countsFor(ids, year)));
				}
			}
		}
		List<ReportText> texts = narratives.texts(request.agency().id(), year, cells, request.agency().name());
		AnnualReport report = new AnnualReport(year,
				new AnnualReport.AgencyRef(request.agency().code(), request.agency().name()), request.format().name(),
				tables, texts, request.scope().param(), null);
		return new Built(report, cells);
	}

	/** The national formats have 表四; the pre-2019 local 统计表 do not. */
	private static boolean hasSectionFour(ReportFormat format) {
		return FORMAT_2021.equals(format.name()) || FORMAT_2019.equals(format.name());
	}

	private static boolean hasRow(ReportTable t, String key) {
		return t.rows().stream().anyMatch(r -> r.key().equals(key));
	}

	/**
	 * 上年结转 equals the previous year's published 结转下年度 (its latest version). If that year
	 * was never published, the computed 结转下年度 of the previous year is by definition the
	 * same set of cases as this year's 上年结转 (received before 1 January and open on it),
	 * so the check holds and says so without counting them twice.
	 */
	private CheckResult carryOverCheck(Request request, ReportRow carriedOver) {
		int previous = request.year() - 1;
		Optional<List<Long>> published = publications.publishedCarriedForward(request.agency().id(), previous,
				request.scope());
		String rule = "上年结转等于上年度结转下年度";
		if (published.isEmpty()) {
			return new CheckResult(rule, true, previous + "年报告未发布：上年结转即按记录计算的" + previous + "年「四、结转下年度继续办理」（同一组案件："
					+ request.year() + "年1月1日前收到且当日未办结）");
		}
		List<Long> expected = published.get();
		String basis = previous + "年已发布报告的「四、结转下年度继续办理」";
		List<String> bad = new ArrayList<>();
		for (int c = 0; c < SectionThree.COLUMNS.size(); c++) {
			Long want = c < expected.size() ? expected.get(c) : null;
			Long have = carriedOver.raw(c);
			if (!Objects.equals(want, have)) {
				bad.add("%s：本年上年结转%s，%s为%s".formatted(SectionThree.COLUMNS.get(c), have, basis, want));
			}
		}
		return new CheckResult(rule, bad.isEmpty(), bad.isEmpty() ? "各列均等于" + basis : String.join("；", bad));
	}

	private AnnualReport.Publication publicationOf(Request request, AnnualReport report) {
		return publications.latest(request.agency().id(), request.year(), request.scope()).map(s -> {
			int changes = s.format().equals(report.format()) ? publications.diff(s.content(), report).size()
					: diffInPublishedFormat(request, s);
			return new AnnualReport.Publication(s.version(), s.format(), s.publishedAt(), s.publishedBy(),
					s.correction(), changes > 0, changes);
		}).orElse(AnnualReport.Publication.NONE);
	}

	private int diffInPublishedFormat(Request request, Publications.Snapshot s) {
		AnnualReport inFormat = compute(
				new Request(request.agency(), request.year(), ReportFormat.named(s.format()), request.scope()))
			.report();
		return publications.diff(s.content(), inFormat).size();
	}

	// ------------------------------------------------------------------ drill-down

	/** What stands behind one number. */
	public record CellDrillDown(String section, String rowKey, String label, String column, String value, String source,
			List<AgencyValue> byAgency, List<?> records, boolean truncated) {
	}

	public record AgencyValue(String code, String name, String value) {
	}

	@PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER', 'LEGAL_REVIEWER', 'HEAD_OF_OFFICE', 'STATISTICIAN')")
	public CellDrillDown cell(GongkaiUser officer, String agencyCode, int year, String format, String scope,
			String section, String rowKey, int column) {
		Request request = readable(officer, agencyCode, year, format, scope, "REPORT_CELL_READ");
		Built built = compute(request);
		ReportTable table = built.report()
			.sections()
			.stream()
			.filter(t -> t.section().equals(section) && hasRow(t, rowKey))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("报告中没有该单元格：" + section + "/" + rowKey));
		ReportRow row = table.row(rowKey);
		if (column < 0 || column >= row.values().size()) {
			throw new IllegalArgumentException("列号须在0至" + (row.values().size() - 1) + "之间");
		}
		ReportData data = built.cells().data();
		if (SectionFour.SECTION.equals(section)) {
			return appealCell(request, data, row, table, column);
		}
		CellSource source = built.cells()
			.source(section, rowKey, column)
			.orElseThrow(() -> new IllegalArgumentException("该单元格没有可查看的明细"));
		Map<UUID, ReportData.ScopedAgency> byId = new LinkedHashMap<>();
		data.agencies().forEach(a -> byId.put(a.id(), a));
		List<AgencyValue> perAgency = new ArrayList<>();
		List<?> records;
		String description;
		boolean truncated;
		List<UUID> ids = data.agencyIds();
		if (source instanceof CellSource.Cases c) {
			description = c.measure().description() + (c.column() == null ? "（全部申请人）" : "（" + c.column().label() + "）");
			data.cases()
				.byAgency(c.measure(), c.column())
				.forEach((id, n) -> perAgency
					.add(new AgencyValue(byId.get(id).code(), byId.get(id).name(), Long.toString(n))));
			List<CaseStatistics.CountedCase> list = cases.cases(ids, year, c.measure(), c.column(), DRILL_LIMIT + 1);
			truncated = list.size() > DRILL_LIMIT;
			records = truncated ? list.subList(0, DRILL_LIMIT) : list;
		}
		else if (source instanceof CellSource.Fees f) {
			description = f.measure().description;
			data.fees().forEach((id, m) -> {
				long n = m.getOrDefault(f.measure(), 0L);
				if (n != 0) {
					perAgency.add(new AgencyValue(byId.get(id).code(), byId.get(id).name(), Long.toString(n)));
				}
			});
			List<FeeStatistics.FeeCase> list = fees.cases(ids, year, f.measure(), DRILL_LIMIT + 1);
			truncated = list.size() > DRILL_LIMIT;
			records = truncated ? list.subList(0, DRILL_LIMIT) : list;
		}
		else if (source instanceof CellSource.Registry r) {
			description = "主动公开登记：" + r.item().description() + "（每个机关以最新一条为准）";
			data.registry()
				.stream()
				.filter(fig -> fig.item() == r.item())
				.forEach(fig -> perAgency.add(new AgencyValue(byId.get(fig.agencyId()).code(),
						byId.get(fig.agencyId()).name(), fig.value().toPlainString())));
			List<ProactiveEntry> list = registry.entries(ids, year, r.item());
			truncated = false;
			records = list;
		}
		else {
			CellSource.Fixed fixed = (CellSource.Fixed) source;
			description = fixed.reason();
			truncated = false;
			records = List.of();
		}
		List<String> order = data.agencies().stream().map(ReportData.ScopedAgency::code).toList();
		perAgency.sort(Comparator.comparingInt(a -> order.indexOf(a.code())));
		audit.recordAlone("REPORT_CELL_READ", "report", request.id(), AuditResult.SUCCESS,
				section + "/" + rowKey + "/" + column);
		return new CellDrillDown(section, rowKey, row.label(),
				column < table.columns().size() ? table.columns().get(column) : "第" + (column + 1) + "列",
				row.display().get(column), description, perAgency, records, truncated);
	}

	/**
	 * Section 四: the appeals behind one of its 15 numbers, from the same SQL as the
	 * count, with each agency's value.
	 */
	private CellDrillDown appealCell(Request request, ReportData data, ReportRow row, ReportTable table, int column) {
		AppealCounts.Group group = AppealCounts.Group.values()[column / SectionFour.RESULTS.size()];
		int r = column % SectionFour.RESULTS.size();
		AppealCounts.Result result = r < AppealCounts.Result.values().length ? AppealCounts.Result.values()[r] : null;
		List<AgencyValue> perAgency = new ArrayList<>();
		Map<UUID, AppealCounts> byAgency = appeals.countsByAgency(data.agencyIds(), request.year());
		for (ReportData.ScopedAgency a : data.agencies()) {
			AppealCounts counts = byAgency.getOrDefault(a.id(), new AppealCounts());
			long n = result == null
					? Arrays.stream(AppealCounts.Result.values()).mapToLong(x -> counts.get(group, x)).sum()
					: counts.get(group, result);
			if (n != 0) {
				perAgency.add(new AgencyValue(a.code(), a.name(), Long.toString(n)));
			}
		}
		List<AppealStatistics.CountedAppeal> list = appeals.appeals(data.agencyIds(), request.year(), group, result,
				DRILL_LIMIT + 1);
		boolean truncated = list.size() > DRILL_LIMIT;
		audit.recordAlone("REPORT_CELL_READ", "report", request.id(), AuditResult.SUCCESS,
				SectionFour.SECTION + "/" + row.key() + "/" + column);
		return new CellDrillDown(SectionFour.SECTION, row.key(), row.label(), table.columns().get(column),
				row.display().get(column), "行政复议、行政诉讼案件：按提起年度计入，年末未审结的计入尚未审结；结果按统计口径对照表归类；" + "复议机关作共同被告的不计入",
				perAgency, truncated ? list.subList(0, DRILL_LIMIT) : list, truncated);
	}

	// ------------------------------------------------------------------ narratives

	@PreAuthorize("hasAnyRole('HEAD_OF_OFFICE', 'STATISTICIAN')")
	@Transactional
	public ReportText saveNarrative(GongkaiUser officer, String agencyCode, int year, String section, String body) {
		Agency agency = agencies.byCode(agencyCode == null ? "" : agencyCode)
			.orElseThrow(() -> new IllegalArgumentException("未找到机关: " + agencyCode));
		if (!agency.id().equals(officer.agencyId())
				|| (officer.role() != Role.STATISTICIAN && officer.role() != Role.HEAD_OF_OFFICE)) {
			audit.recordAlone("REPORT_TEXT", "report", agency.code() + "/" + year, AuditResult.DENIED, "无权编辑");
			throw new AccessDeniedException("只有本机关的年报统计人员或公开工作机构负责人可以编辑报告正文");
		}
		checkYear(year);
		if (!Narratives.SECTIONS.contains(section)) {
			throw new IllegalArgumentException("只能编辑第一、五、六部分的正文（section=一、五、六）");
		}
		String text = Texts.require(body, "正文", 20_000);
		narratives.save(agency.id(), year, section, text, officer.id());
		boolean published = publications.latest(agency.id(), year, ReportScope.AGENCY).isPresent();
		audit.record("REPORT_TEXT", "report", agency.code() + "/" + year + "/" + section, AuditResult.SUCCESS,
				(published ? "已发布年度的正文修改（需更正发布）：" : "编辑正文：") + Narratives.TITLES.get(section));
		return new ReportText(section, Narratives.TITLES.get(section), text, false);
	}

	// ------------------------------------------------------------------ publishing

	/** A published version, without its content. */
	public record PublishedVersion(int version, String format, boolean correction, String reason, Instant publishedAt,
			String publishedBy) {
	}

	/**
	 * Publishes the report as computed now: a new append-only snapshot, version 1, or a
	 * 更正 (version n+1) with a reason when the year was published before. Only the head of
	 * the agency's office publishes; a report that fails a check is not published; a 更正
	 * needs a reason and a change.
	 */
	@PreAuthorize("hasRole('HEAD_OF_OFFICE')")
	@Transactional
	public PublishedVersion publish(GongkaiUser head, String agencyCode, int year, String format, String scope,
			String reason) {
		Request request = readable(head, agencyCode, year, format, scope, "REPORT_PUBLISH");
		if (head.role() != Role.HEAD_OF_OFFICE || !request.agency().id().equals(head.agencyId())) {
			audit.recordAlone("REPORT_PUBLISH", "report", request.id(), AuditResult.DENIED, "无权发布");
			throw new AccessDeniedException("只有本机关公开工作机构负责人可以发布年度报告");
		}
		if (year >= Year.now(clock).getValue()) {
			throw new IllegalStateException("年度结束后才能发布该年度的报告");
		}
		AnnualReport report = build(request).report();
		List<String> failed = new ArrayList<>();
		report.sections()
			.forEach(t -> t.checks()
				.stream()
				.filter(c -> !c.passed())
				.forEach(c -> failed.add(t.title() + "：" + c.rule() + "（" + c.detail() + "）")));
		if (!failed.isEmpty()) {
			throw new IllegalStateException("校验未通过，不能发布：" + String.join("；", failed));
		}
		String why = Texts.optional(reason, "更正说明", 2000);
		AnnualReport.Publication previous = report.publication();
		if (previous.version() != null) {
			if (why == null) {
				throw new IllegalArgumentException("该年度已发布第" + previous.version() + "版，更正发布须说明理由");
			}
			if (!previous.restatementNeeded() && previous.format().equals(report.format())) {
				throw new IllegalStateException("与已发布的第" + previous.version() + "版相比没有变化，无需更正");
			}
		}
		Publications.Snapshot s = publications.publish(request.agency().id(), request.scope(), report, why, head.id(),
				head.displayName());
		audit.record("REPORT_PUBLISH", "report", request.id(), AuditResult.SUCCESS,
				(s.correction() ? "更正发布第" + s.version() + "版：" + why : "发布第1版") + "（" + report.format() + "）");
		return new PublishedVersion(s.version(), s.format(), s.correction(), s.reason(), s.publishedAt(),
				s.publishedBy());
	}

	@PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER', 'LEGAL_REVIEWER', 'HEAD_OF_OFFICE', 'STATISTICIAN')")
	public List<PublishedVersion> versions(GongkaiUser officer, String agencyCode, int year, String scope) {
		Request request = readable(officer, agencyCode, year, null, scope, "REPORT_READ");
		return publications.history(request.agency().id(), year, request.scope())
			.stream()
			.map(s -> new PublishedVersion(s.version(), s.format(), s.correction(), s.reason(), s.publishedAt(),
					s.publishedBy()))
			.toList();
	}

	/** The published JSON of one version, exactly as frozen. */
	@PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER', 'LEGAL_REVIEWER', 'HEAD_OF_OFFICE', 'STATISTICIAN')")
	public JsonNode published(GongkaiUser officer, String agencyCode, int year, String scope, int version) {
		Request request = readable(officer, agencyCode, year, null, scope, "REPORT_READ");
		return publications.history(request.agency().id(), year, request.scope())
			.stream()
			.filter(s -> s.version() == version)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("没有第" + version + "版"))
			.content();
	}

	/**
	 * The restatement: the latest published version against the report recomputed now in
	 * the same format.
	 */
	public record Restatement(Integer publishedVersion, String format, boolean restatementNeeded,
			List<Publications.Difference> differences) {
	}

	@PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER', 'LEGAL_REVIEWER', 'HEAD_OF_OFFICE', 'STATISTICIAN')")
	public Restatement diff(GongkaiUser officer, String agencyCode, int year, String scope) {
		Request request = readable(officer, agencyCode, year, null, scope, "REPORT_READ");
		Optional<Publications.Snapshot> latest = publications.latest(request.agency().id(), year, request.scope());
		if (latest.isEmpty()) {
			return new Restatement(null, null, false, List.of());
		}
		Publications.Snapshot s = latest.get();
		AnnualReport now = compute(new Request(request.agency(), year, ReportFormat.named(s.format()), request.scope()))
			.report();
		List<Publications.Difference> differences = publications.diff(s.content(), now);
		return new Restatement(s.version(), s.format(), !differences.isEmpty(), differences);
	}

}
