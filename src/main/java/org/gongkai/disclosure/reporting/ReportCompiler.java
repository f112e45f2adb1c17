package org.gongkai.disclosure.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.shared.ids.AgencyId;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Compiles annual reports: gathers the counts once ({@link ReportSources}: one query per
 * source), renders them in the chosen format, runs the checks, adds the narrative
 * sections and the publication state. Read-only over cases.
 */
@Service
public class ReportCompiler {

	public static final String FORMAT_2021 = "2021";

	public static final String FORMAT_2019 = "2019";

	private final ReportAccess access;

	private final ReportSources sources;

	private final Narratives narratives;

	private final Publications publications;

	private final AuditTrail audit;

	ReportCompiler(ReportAccess access, ReportSources sources, Narratives narratives, Publications publications,
			AuditTrail audit) {
		this.access = access;
		this.sources = sources;
		this.narratives = narratives;
		this.publications = publications;
		this.audit = audit;
	}

	/** The 2021-format report of the agency alone. */
	@PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER', 'LEGAL_REVIEWER', 'HEAD_OF_OFFICE', 'STATISTICIAN')")
	public AnnualReport compile(GongkaiUser officer, String agencyCode, int year) {
		return compile(officer, agencyCode, year, FORMAT_2021, ReportScope.AGENCY.param());
	}

	@PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER', 'LEGAL_REVIEWER', 'HEAD_OF_OFFICE', 'STATISTICIAN')")
	public AnnualReport compile(GongkaiUser officer, String agencyCode, int year, String format, String scope) {
		ReportRequest request = access.readable(officer, agencyCode, year, format, scope, AuditAction.REPORT_READ);
		AnnualReport report = build(request);
		audit.recordAlone(AuditAction.REPORT_READ, "report", request.id(), AuditResult.SUCCESS,
				"编制年度报告（" + request.format().name() + "，" + request.scope().param() + "）");
		return report;
	}

	/**
	 * Refuses, as compiling it would, a report that {@code officer} may not read or that
	 * cannot be compiled (an unknown agency, year, format or scope), without compiling
	 * it: a background export is checked before it is queued.
	 */
	@PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER', 'LEGAL_REVIEWER', 'HEAD_OF_OFFICE', 'STATISTICIAN')")
	public void checkReadable(GongkaiUser officer, String agencyCode, int year, String format, String scope) {
		access.readable(officer, agencyCode, year, format, scope, AuditAction.REPORT_EXPORTED);
	}

	/**
	 * Runs the checks of section 三 or 四 over a table typed in from a published report;
	 * blank or missing cells are findings.
	 */
	@PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER', 'LEGAL_REVIEWER', 'HEAD_OF_OFFICE', 'STATISTICIAN')")
	public ReportTable checkTypedIn(String section, Map<String, List<Long>> rows) {
		return TypedInTables.checked(section, rows);
	}

	public static Map<String, String> formatLabels() {
		Map<String, String> labels = new LinkedHashMap<>();
		ReportFormat.ALL.forEach(f -> labels.put(f.name(), f.label()));
		return labels;
	}

	/**
	 * The ids of the agencies a report of {@code agency} in {@code scope} ({@code agency}
	 * or {@code summary}) covers.
	 */
	public List<AgencyId> agencyIdsIn(Agency agency, String scope) {
		return agenciesIn(agency, ReportScope.of(scope)).stream().map(a -> new AgencyId(a.id())).toList();
	}

	List<ReportData.ScopedAgency> agenciesIn(Agency agency, ReportScope scope) {
		return sources.agenciesIn(agency, scope);
	}

	/** A report as computed, with the cells it was rendered from (for the drill-down). */
	record Compiled(AnnualReport report, Cells cells) {
	}

	/**
	 * The report with its publication status (which diffs it against the latest published
	 * version, if any).
	 */
	AnnualReport build(ReportRequest request) {
		AnnualReport report = compute(request).report();
		return report.withPublication(publicationOf(request, report));
	}

	/**
	 * The report from the records: every table with its checks and the texts; no
	 * publication status.
	 */
	Compiled compute(ReportRequest request) {
		ReportData data = sources.gather(request);
		Cells cells = new Cells(data);
		List<ReportTable> tables = new ArrayList<>(request.format().render(cells));
		for (int i = 0; i < tables.size(); i++) {
			ReportTable t = tables.get(i);
			if (SectionThree.SECTION.equals(t.section()) && t.hasRow("CARRIED_OVER")) {
				tables.set(i, t.withCheck(carryOverCheck(request, t.row("CARRIED_OVER"))));
				if (hasSectionFour(request.format())) {
					// 四 has the same 15 columns in the 2021 and the 2019 national formats
					tables.add(i + 1, SectionFour.from(sources.appealCounts(data.agencyIds(), data.year())));
				}
			}
		}
		List<ReportText> texts = narratives.texts(request.agency().id(), request.year(), cells,
				request.agency().name());
		AnnualReport report = new AnnualReport(request.year(),
				new AnnualReport.AgencyRef(request.agency().code(), request.agency().name()), request.format().name(),
				tables, texts, request.scope().param(), null);
		return new Compiled(report, cells);
	}

	/** The national formats have 表四; the pre-2019 local 统计表 do not. */
	private static boolean hasSectionFour(ReportFormat format) {
		return FORMAT_2021.equals(format.name()) || FORMAT_2019.equals(format.name());
	}

	/**
	 * 上年结转 equals the previous year's published 结转下年度 (its latest version). If that year
	 * was never published, the computed 结转下年度 of the previous year is by definition the
	 * same set of cases as this year's 上年结转 (received before 1 January and open on it),
	 * so the check holds and says so without counting them twice.
	 */
	private CheckResult carryOverCheck(ReportRequest request, ReportRow carriedOver) {
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

	private AnnualReport.Publication publicationOf(ReportRequest request, AnnualReport report) {
		return publications.latest(request.agency().id(), request.year(), request.scope()).map(s -> {
			AnnualReport comparable = s.format().equals(report.format()) ? report
					: compute(request.inFormat(s.format())).report();
			int changes = publications.diff(s.content(), comparable).size();
			return new AnnualReport.Publication(s.version(), s.format(), s.publishedAt(), s.publishedBy(),
					s.correction(), changes > 0, changes);
		}).orElse(AnnualReport.Publication.NONE);
	}

}
