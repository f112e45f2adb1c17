package org.gongkai.disclosure.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.casework.Cases;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What stands behind one number of a report: the records its source counts, read with the
 * same definition as the count, and in a summary each agency's value.
 */
@Service
public class ReportDrillDown {

	/** Drill-down lists at most this many records (the count is always exact). */
	public static final int DRILL_LIMIT = 1000;

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

	/** What stands behind one number. */
	public record CellDrillDown(String section, String rowKey, String label, String column, String value, String source,
			List<AgencyValue> byAgency, List<?> records, boolean truncated) {
	}

	public record AgencyValue(String code, String name, String value) {
	}

	/** A source's description, its value per agency and its records. */
	private record Behind(String description, List<AgencyValue> byAgency, List<?> records, boolean truncated) {

		static Behind limited(String description, List<AgencyValue> byAgency, List<?> list) {
			boolean truncated = list.size() > DRILL_LIMIT;
			return new Behind(description, byAgency, truncated ? list.subList(0, DRILL_LIMIT) : list, truncated);
		}

	}

	@PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER', 'LEGAL_REVIEWER', 'HEAD_OF_OFFICE', 'STATISTICIAN')")
	public CellDrillDown cell(GongkaiUser officer, String agencyCode, int year, String format, String scope,
			String section, String rowKey, int column) {
		ReportRequest request = access.readable(officer, agencyCode, year, format, scope, AuditAction.REPORT_CELL_READ);
		ReportCompiler.Compiled compiled = compiler.compute(request);
		ReportTable table = compiled.report()
			.sections()
			.stream()
			.filter(t -> t.section().equals(section) && t.hasRow(rowKey))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("报告中没有该单元格：" + section + "/" + rowKey));
		ReportRow row = table.row(rowKey);
		if (column < 0 || column >= row.values().size()) {
			throw new IllegalArgumentException("列号须在0至" + (row.values().size() - 1) + "之间");
		}
		ReportData data = compiled.cells().data();
		Behind behind;
		if (SectionFour.SECTION.equals(section)) {
			behind = appeals(data, column);
		}
		else {
			CellSource source = compiled.cells()
				.source(section, rowKey, column)
				.orElseThrow(() -> new IllegalArgumentException("该单元格没有可查看的明细"));
			behind = behind(data, source);
		}
		audit.recordAlone(AuditAction.REPORT_CELL_READ, "report", request.id(), AuditResult.SUCCESS,
				section + "/" + rowKey + "/" + column);
		return new CellDrillDown(section, rowKey, row.label(),
				column < table.columns().size() ? table.columns().get(column) : "第" + (column + 1) + "列",
				row.display().get(column), behind.description(), inScopeOrder(data, behind.byAgency()),
				behind.records(), behind.truncated());
	}

	private Behind behind(ReportData data, CellSource source) {
		List<AgencyValue> perAgency = new ArrayList<>();
		if (source instanceof CellSource.Cases c) {
			data.cases()
				.byAgency(c.measure(), c.column())
				.forEach((id, n) -> perAgency.add(value(data, id, Long.toString(n))));
			return Behind.limited(
					c.measure().description() + (c.column() == null ? "（全部申请人）" : "（" + c.column().label() + "）"),
					perAgency, sources.cases(data, c.measure(), c.column(), DRILL_LIMIT + 1));
		}
		if (source instanceof CellSource.Fees f) {
			data.fees().forEach((id, m) -> {
				long n = m.getOrDefault(f.measure(), 0L);
				if (n != 0) {
					perAgency.add(value(data, id, Long.toString(n)));
				}
			});
			return Behind.limited(f.measure().description, perAgency, sources.fees(data, f.measure(), DRILL_LIMIT + 1));
		}
		if (source instanceof CellSource.Registry r) {
			data.registry()
				.stream()
				.filter(fig -> fig.item() == r.item())
				.forEach(fig -> perAgency.add(value(data, fig.agencyId(), fig.value().toPlainString())));
			return new Behind("主动公开登记：" + r.item().description() + "（每个机关以最新一条为准）", perAgency,
					sources.registryEntries(data, r), false);
		}
		return new Behind(((CellSource.Fixed) source).reason(), perAgency, List.of(), false);
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
		return Behind.limited("行政复议、行政诉讼案件：按提起年度计入，年末未审结的计入尚未审结；结果按统计口径对照表归类；复议机关作共同被告的不计入", perAgency,
				sources.appeals(data, group, result, DRILL_LIMIT + 1));
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
