package org.gongkai.disclosure.reporting;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.proactive.ProactiveEntry;
import org.gongkai.disclosure.shared.Refusal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What stands behind one number of a report: the records its source counts, read with the
 * same definition as the count, and in a summary each agency's value.
 */
@Service
public class ReportDrillDown {

	/** Records on one page of a drill-down; the CSV download has them all. */
	public static final int PAGE_SIZE = 100;

	private final ReportAccess access;

	private final ReportCompiler compiler;

	private final ReportSources sources;

	private final AuditTrail audit;

	ReportDrillDown(ReportAccess access, ReportCompiler compiler, ReportSources sources, AuditTrail audit) {
		this.access = access;
		this.compiler = compiler;
		this.sources = sources;
		this.audit = audit;
	}

	/**
	 * What stands behind one number: one page ({@code page}, from 0) of its records, and
	 * whether there are more.
	 */
	public record CellDrillDown(String section, String rowKey, String label, String column, String value, String source,
			List<AgencyValue> byAgency, List<?> records, int page, boolean hasNext) {
	}

	public record AgencyValue(String code, String name, String value) {
	}

	/** Reads a source's records from {@code offset}, at most {@code limit} (0: all). */
	@FunctionalInterface
	private interface Records {

		void read(long offset, int limit, Consumer<Object> each);

		static Records of(List<?> list) {
			return (offset, limit,
					each) -> list.stream().skip(offset).limit(limit > 0 ? limit : Long.MAX_VALUE).forEach(each);
		}

	}

	/**
	 * A source's description, its value per agency, the kind of its records and the
	 * records.
	 */
	private record Behind(String description, List<AgencyValue> byAgency, Class<?> kind, Records records) {
	}

	/** Receives every record behind a number: their kind, then the records themselves. */
	@FunctionalInterface
	public interface RecordsWriter {

		void write(Class<?> kind, Consumer<Consumer<Object>> records) throws IOException;

	}

	/** A cell and what stands behind it. */
	private record Resolved(ReportRequest request, ReportTable table, ReportRow row, ReportData data, Behind behind) {
	}

	/** The first page of what stands behind one number. */
	@PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER', 'LEGAL_REVIEWER', 'HEAD_OF_OFFICE', 'STATISTICIAN')")
	public CellDrillDown cell(GongkaiUser officer, String agencyCode, int year, String format, String scope,
			String section, String rowKey, int column) {
		return cell(officer, agencyCode, year, format, scope, section, rowKey, column, 0);
	}

	/** One page of what stands behind one number. */
	@PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER', 'LEGAL_REVIEWER', 'HEAD_OF_OFFICE', 'STATISTICIAN')")
	public CellDrillDown cell(GongkaiUser officer, String agencyCode, int year, String format, String scope,
			String section, String rowKey, int column, int page) {
		if (page < 0) {
			throw new Refusal("refusal.reporting.drillDown.negativePage");
		}
		Resolved cell = resolve(officer, agencyCode, year, format, scope, section, rowKey, column);
		List<Object> records = new ArrayList<>();
		cell.behind().records().read((long) page * PAGE_SIZE, PAGE_SIZE + 1, records::add);
		boolean hasNext = records.size() > PAGE_SIZE;
		audit.recordAlone(AuditAction.REPORT_CELL_READ, "report", cell.request().id(), AuditResult.SUCCESS,
				section + "/" + rowKey + "/" + column + (page == 0 ? "" : "，第" + (page + 1) + "页"));
		return new CellDrillDown(section, rowKey, cell.row().label(), columnLabel(cell.table(), column),
				cell.row().display().get(column), cell.behind().description(),
				inScopeOrder(cell.data(), cell.behind().byAgency()), hasNext ? records.subList(0, PAGE_SIZE) : records,
				page, hasNext);
	}

	/**
	 * Every record behind one number, in the page's order, to {@code writer} as they are
	 * read (the CSV download: a long list never sits in memory).
	 */
	@PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER', 'LEGAL_REVIEWER', 'HEAD_OF_OFFICE', 'STATISTICIAN')")
	public void everyRecord(GongkaiUser officer, String agencyCode, int year, String format, String scope,
			String section, String rowKey, int column, RecordsWriter writer) throws IOException {
		Resolved cell = resolve(officer, agencyCode, year, format, scope, section, rowKey, column);
		audit.recordAlone(AuditAction.REPORT_CELL_READ, "report", cell.request().id(), AuditResult.SUCCESS,
				section + "/" + rowKey + "/" + column + "，全部记录（CSV）");
		writer.write(cell.behind().kind(), each -> cell.behind().records().read(0, 0, each));
	}

	private Resolved resolve(GongkaiUser officer, String agencyCode, int year, String format, String scope,
			String section, String rowKey, int column) {
		ReportRequest request = access.readable(officer, agencyCode, year, format, scope, AuditAction.REPORT_CELL_READ);
		ReportCompiler.Compiled compiled = compiler.compute(request);
		ReportTable table = compiled.report()
			.sections()
			.stream()
			.filter(t -> t.section().equals(section) && t.hasRow(rowKey))
			.findFirst()
			.orElseThrow(() -> new Refusal("refusal.reporting.drillDown.unknownCell", section, rowKey));
		ReportRow row = table.row(rowKey);
		if (column < 0 || column >= row.values().size()) {
			throw new Refusal("refusal.reporting.drillDown.column", (row.values().size() - 1));
		}
		ReportData data = compiled.cells().data();
		Behind behind;
		if (SectionFour.SECTION.equals(section)) {
			behind = appeals(data, column);
		}
		else {
			CellSource source = compiled.cells()
				.source(section, rowKey, column)
				.orElseThrow(() -> new Refusal("refusal.reporting.drillDown.noRecords"));
			behind = behind(data, source);
		}
		return new Resolved(request, table, row, data, behind);
	}

	private static String columnLabel(ReportTable table, int column) {
		return column < table.columns().size() ? table.columns().get(column) : "第" + (column + 1) + "列";
	}

	private Behind behind(ReportData data, CellSource source) {
		List<AgencyValue> perAgency = new ArrayList<>();
		if (source instanceof CellSource.Cases c) {
			data.cases()
				.byAgency(c.measure(), c.column())
				.forEach((id, n) -> perAgency.add(value(data, id, Long.toString(n))));
			return new Behind(
					c.measure().description() + (c.column() == null ? "（全部申请人）" : "（" + c.column().label() + "）"),
					perAgency, CaseStatistics.CountedCase.class,
					(offset, limit, each) -> sources.cases(data, c.measure(), c.column(), offset, limit, each::accept));
		}
		if (source instanceof CellSource.Fees f) {
			data.fees().forEach((id, m) -> {
				long n = m.getOrDefault(f.measure(), 0L);
				if (n != 0) {
					perAgency.add(value(data, id, Long.toString(n)));
				}
			});
			return new Behind(f.measure().description, perAgency, FeeStatistics.FeeCase.class,
					(offset, limit, each) -> sources.fees(data, f.measure(), offset, limit, each::accept));
		}
		if (source instanceof CellSource.Registry r) {
			data.registry()
				.stream()
				.filter(fig -> fig.item() == r.item())
				.forEach(fig -> perAgency.add(value(data, fig.agencyId().value(), fig.value().toPlainString())));
			return new Behind("主动公开登记：" + r.item().description() + "（每个机关以最新一条为准）", perAgency, ProactiveEntry.class,
					Records.of(sources.registryEntries(data, r)));
		}
		return new Behind(((CellSource.Fixed) source).reason(), perAgency, Object.class, Records.of(List.of()));
	}

	/**
	 * Section 四: the appeals behind one of its 15 numbers, from the same SQL as the
	 * count, with each agency's value.
	 */
	private Behind appeals(ReportData data, int column) {
		AppealCounts.Group group = AppealCounts.Group.values()[column / SectionFour.RESULTS.size()];
		int r = column % SectionFour.RESULTS.size();
		AppealCounts.Result result = r < AppealCounts.Result.values().length ? AppealCounts.Result.values()[r] : null;
		List<AgencyValue> perAgency = new ArrayList<>();
		Map<UUID, AppealCounts> byAgency = sources.appealCountsByAgency(data.agencyIds(), data.year());
		byAgency.forEach((id, counts) -> {
			long n = result == null
					? Arrays.stream(AppealCounts.Result.values()).mapToLong(x -> counts.get(group, x)).sum()
					: counts.get(group, result);
			if (n != 0) {
				perAgency.add(value(data, id, Long.toString(n)));
			}
		});
		return new Behind("行政复议、行政诉讼案件：按提起年度计入，年末未审结的计入尚未审结；结果按统计口径对照表归类；复议机关作共同被告的不计入", perAgency,
				AppealStatistics.CountedAppeal.class,
				(offset, limit, each) -> sources.appeals(data, group, result, offset, limit, each::accept));
	}

	private static AgencyValue value(ReportData data, UUID agency, String value) {
		ReportData.ScopedAgency a = data.agency(agency);
		return new AgencyValue(a.code(), a.name(), value);
	}

	private static List<AgencyValue> inScopeOrder(ReportData data, List<AgencyValue> values) {
		List<String> order = data.agencies().stream().map(ReportData.ScopedAgency::code).toList();
		return values.stream().sorted(Comparator.comparingInt(a -> order.indexOf(a.code()))).toList();
	}

}
