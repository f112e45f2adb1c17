package org.gongkai.disclosure.reporting.export;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.reporting.AnnualReport;
import org.gongkai.disclosure.reporting.CheckResult;
import org.gongkai.disclosure.reporting.ReportCompiler;
import org.gongkai.disclosure.reporting.ReportTable;
import org.gongkai.disclosure.reporting.ReportText;
import org.gongkai.disclosure.shared.Refusal;

import org.springframework.stereotype.Service;

/**
 * Exports an annual report as .docx (公文 layout), .xlsx, PDF or HTML. The report is
 * compiled by {@link ReportCompiler} exactly as the API returns it (same access rule,
 * same audit), then every export renders that record generically: each narrative text and
 * each table (columns, rows with their group headings, values) in section order, each
 * section heading once, and every check result. The charts are an optional appendix, off
 * unless asked for — the format prints none — and only they read figures of their own
 * ({@link ReportFigures}).
 */
@Service
public class ReportExports {

	static final String FONT = "documents/fonts/wqy-microhei.ttf";
	static final String FONT_FAMILY = "WenQuanYi Micro Hei";

	/** The heading of the optional charts appendix. */
	static final String CHARTS_APPENDIX = "附录：统计图表";

	private static final String NUMERALS = "一二三四五六七八九十";

	public enum Type {

		DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
		XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
		PDF("application/pdf", "pdf"), HTML("text/html;charset=UTF-8", "html");

		private final String mediaType;

		private final String extension;

		Type(String mediaType, String extension) {
			this.mediaType = mediaType;
			this.extension = extension;
		}

		public String mediaType() {
			return mediaType;
		}

		public String extension() {
			return extension;
		}

	}

	/**
	 * A rendered export: file name (Chinese, for Content-Disposition), media type and
	 * bytes.
	 */
	public record Export(String fileName, String mediaType, byte[] content) {
	}

	/**
	 * One part of the report in section order: a narrative text or a table (with its
	 * laid-out grid).
	 */
	public record Part(String heading, ReportText text, ReportTable table, ReportGrid grid) {
		public boolean hasTable() {
			return table != null;
		}

		/** The text's paragraphs (one per line of the body), empty lines dropped. */
		public List<String> paragraphs() {
			return text == null || text.body() == null ? List.of()
					: text.body().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
		}
	}

	public record Check(String table, CheckResult result) {
	}

	/** Everything an export shows. */
	public record View(String title, AnnualReport report, List<Part> parts, List<Check> checks,
			List<ReportCharts.Chart> charts, LocalDate generatedOn) {

		public boolean consistent() {
			return report.consistent();
		}

		public String dataUri(ReportCharts.Chart chart) {
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(chart.png());
		}
	}

	private final ReportCompiler reports;

	private final Agencies agencies;

	private final ReportFigures figures;

	private final AuditTrail audit;

	private final HtmlExport html;

	ReportExports(ReportCompiler reports, Agencies agencies, ReportFigures figures, AuditTrail audit, HtmlExport html) {
		this.reports = reports;
		this.agencies = agencies;
		this.figures = figures;
		this.audit = audit;
		this.html = html;
	}

	/**
	 * The steps of an export, in order, as a background export reports its progress: the
	 * report compiled (every table and text), the charts figured (only when asked for),
	 * the file rendered.
	 */
	public enum Step {

		COMPILE, CHARTS, RENDER;

		/** The steps of an export with or without the charts. */
		public static List<Step> of(boolean withCharts) {
			return withCharts ? List.of(COMPILE, CHARTS, RENDER) : List.of(COMPILE, RENDER);
		}

	}

	/** Told as each {@link Step} of an export starts. */
	@FunctionalInterface
	public interface Progress {

		Progress NONE = step -> {
		};

		void starting(Step step);

	}

	/**
	 * Any format the report has ({@code 2021}, {@code 2019}, the local ones), for one
	 * agency or a summary; audited as exported.
	 */
	public Export export(GongkaiUser user, String agencyCode, int year, String format, String scope, Type type,
			boolean withCharts) {
		Export export = render(user, agencyCode, year, format, scope, type, withCharts, Progress.NONE);
		audit.recordAlone(AuditAction.REPORT_EXPORTED, "report", auditObject(agencyCode, year), AuditResult.SUCCESS,
				auditDetail(type, withCharts));
		return export;
	}

	/**
	 * The export, not audited: a background export audits it when it keeps the file, in
	 * the same transaction ({@link BackgroundExports}). {@code progress} is told each
	 * step as it starts.
	 */
	Export render(GongkaiUser user, String agencyCode, int year, String format, String scope, Type type,
			boolean withCharts, Progress progress) {
		progress.starting(Step.COMPILE);
		AnnualReport report = reports.compile(user, agencyCode, year,
				format == null || format.isBlank() ? ReportCompiler.FORMAT_2021 : format, scope);
		var agency = agencies.byCode(agencyCode).orElseThrow();
		List<ReportCharts.Chart> charts = List.of();
		if (withCharts) {
			progress.starting(Step.CHARTS);
			// the charts cover what the tables cover: the agency, or for a summary every
			// agency below it too
			charts = ReportCharts.of(figures.of(reports.agencyIdsIn(agency, scope), year));
		}
		View view = view(report, charts);
		progress.starting(Step.RENDER);
		byte[] content = switch (type) {
			case DOCX -> DocxExport.render(view);
			case XLSX -> XlsxExport.render(view);
			case PDF -> html.pdf(view);
			case HTML -> html.html(view).getBytes(StandardCharsets.UTF_8);
		};
		return new Export(view.title() + "." + type.extension(), type.mediaType(), content);
	}

	static String auditObject(String agencyCode, int year) {
		return agencyCode + "/" + year;
	}

	static String auditDetail(Type type, boolean withCharts) {
		return "导出年度报告（" + type.extension() + (withCharts ? "，附统计图表" : "") + "）";
	}

	/**
	 * A published report as it was frozen, as HTML or PDF for the public (条例 arts 49–50);
	 * the tables only, as published.
	 */
	public Export published(AnnualReport report, Type type) {
		View view = view(report, List.of());
		byte[] content = switch (type) {
			case PDF -> html.pdf(view);
			case HTML -> html.html(view).getBytes(StandardCharsets.UTF_8);
			default -> throw new Refusal("refusal.reporting.export.publishedFormats");
		};
		return new Export(view.title() + "." + type.extension(), type.mediaType(), content);
	}

	static View view(AnnualReport report, List<ReportCharts.Chart> charts) {
		List<Part> parts = new ArrayList<>();
		for (ReportText text : report.texts()) {
			parts.add(new Part(heading(text.section(), text.title()), text, null, null));
		}
		for (ReportTable table : report.sections()) {
			parts.add(new Part(heading(table.section(), table.title()), null, table, ReportGrid.of(table)));
		}
		parts.sort(Comparator.comparingInt(p -> order(p.hasTable() ? p.table().section() : p.text().section())));
		parts = withSectionHeadings(parts);
		List<Check> checks = new ArrayList<>();
		for (ReportTable table : report.sections()) {
			table.checks().forEach(c -> checks.add(new Check(heading(table.section(), table.title()), c)));
		}
		String title = report.agency().name() + report.year() + "年政府信息公开工作年度报告";
		return new View(title, report, parts, checks, charts, LocalDate.now(ReplyDeadlines.ZONE));
	}

	/**
	 * Each section heading printed once. A table printed under a section heading that is
	 * not its own title (二: 「二、主动公开政府信息情况」 over 第二十条第（一）项 …; 六: the fee figures under
	 * 「六、其他需要报告的事项」) gets that heading above it unless the section's text or an earlier
	 * table already printed it, and keeps its own title as its caption; a table of a
	 * section already headed is captioned by its title alone.
	 */
	private static List<Part> withSectionHeadings(List<Part> parts) {
		List<Part> result = new ArrayList<>();
		Set<String> headed = new HashSet<>();
		for (Part p : parts) {
			if (!p.hasTable()) {
				headed.add(p.text().section());
				result.add(p);
				continue;
			}
			ReportTable t = p.table();
			boolean under = !t.heading().equals(t.title());
			if (under && !headed.contains(t.section())) {
				result.add(new Part(t.heading(), null, null, null));
			}
			boolean captioned = under || headed.contains(t.section()) && !t.title().startsWith(t.section());
			result.add(captioned ? new Part(t.title(), null, t, p.grid()) : p);
			headed.add(t.section());
		}
		return result;
	}

	private static String heading(String section, String title) {
		if (title == null) {
			return section;
		}
		return section == null || title.startsWith(section) ? title : section + "、" + title;
	}

	private static int order(String section) {
		if (section == null || section.isEmpty()) {
			return 99;
		}
		int i = NUMERALS.indexOf(section.charAt(0));
		return i < 0 ? 99 : i;
	}

	static Type type(String name) {
		try {
			return Type.valueOf(name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new Refusal("refusal.reporting.export.unknownType", name);
		}
	}

}
