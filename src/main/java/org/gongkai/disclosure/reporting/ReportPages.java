package org.gongkai.disclosure.reporting;

import java.io.IOException;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.proactive.ProactiveRegistry;
import org.gongkai.disclosure.shared.CsvDownload;
import org.gongkai.disclosure.shared.RefusalWords;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The report pages: choose agency, year, format and scope; read every section with its
 * checks, each number a link to what it counts; edit the narratives (the registry's
 * figures are entered on its grid, {@code proactive.RegistryPages}); publish when it can
 * succeed, else see why not; compare with the published version.
 */
@Controller
@RequestMapping("/officer/reports")
class ReportPages {

	private final ReportCompiler compiler;

	private final ReportDrillDown drillDown;

	private final ReportPublishing publishing;

	private final ReportDeadlines deadlines;

	private final ProactiveRegistry registry;

	private final Agencies agencies;

	private final Clock clock;

	private final MessageSourceAccessor messages;

	ReportPages(ReportCompiler compiler, ReportDrillDown drillDown, ReportPublishing publishing,
			ReportDeadlines deadlines, ProactiveRegistry registry, Agencies agencies, Clock clock,
			MessageSourceAccessor messages) {
		this.compiler = compiler;
		this.drillDown = drillDown;
		this.publishing = publishing;
		this.deadlines = deadlines;
		this.registry = registry;
		this.agencies = agencies;
		this.clock = clock;
		this.messages = messages;
	}

	record Selection(String agency, int year, String format, String scope) {
		String query() {
			return UriComponentsBuilder.newInstance()
				.queryParam("agency", agency)
				.queryParam("year", year)
				.queryParam("format", format)
				.queryParam("scope", scope)
				.encode()
				.build()
				.getQuery();
		}
	}

	private Selection selection(GongkaiUser user, String agency, Integer year, String format, String scope) {
		String code = agency;
		if (code == null || code.isBlank()) {
			code = agencies.byId(user.agencyId()).map(Agency::code).orElse("");
		}
		int y = year == null ? Year.now(clock).getValue() - 1 : year;
		return new Selection(code, y, format == null || format.isBlank() ? ReportCompiler.FORMAT_2021 : format,
				scope == null || scope.isBlank() ? ReportScope.AGENCY.param() : scope);
	}

	@GetMapping
	String report(@AuthenticationPrincipal GongkaiUser user, @RequestParam(required = false) String agency,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String format,
			@RequestParam(required = false) String scope, Model model) {
		Selection s = selection(user, agency, year, format, scope);
		model.addAttribute("sel", s);
		model.addAttribute("formats", ReportCompiler.formatLabels());
		Agency own = agencies.byId(user.agencyId()).orElseThrow();
		model.addAttribute("agencies",
				compiler
					.agenciesIn(own,
							(user.role() == Role.STATISTICIAN || user.role() == Role.HEAD_OF_OFFICE)
									? ReportScope.SUMMARY : ReportScope.AGENCY)
					.stream()
					.map(a -> new AnnualReport.AgencyRef(a.code(), a.name()))
					.toList());
		boolean ownAgency = own.code().equals(s.agency());
		model.addAttribute("mayEdit", ownAgency && ProactiveRegistry.EDITORS.contains(user.role()));
		model.addAttribute("mayPublish", ownAgency && user.role() == Role.HEAD_OF_OFFICE);
		try {
			AnnualReport report = compiler.compile(user, s.agency(), s.year(), s.format(), s.scope());
			model.addAttribute("report", report);
			model.addAttribute("failed",
					report.sections()
						.stream()
						.flatMap(t -> t.checks()
							.stream()
							.filter(c -> !c.passed())
							.map(c -> t.title() + "：" + c.rule() + " — " + c.detail()))
						.toList());
			model.addAttribute("entries", ownAgency || s.scope().equals("agency")
					? registry.entriesFor(user, s.agency(), s.year()) : List.of());
			model.addAttribute("versions", publishing.versions(user, s.agency(), s.year(), s.scope()));
			model.addAttribute("whyNotPublishable", publishing.whyNotPublishable(user, report));
			model.addAttribute("deadline", deadlines.of(user, s.agency(), s.year(), s.scope()));
		}
		catch (IllegalArgumentException e) {
			model.addAttribute("error", RefusalWords.of(e, messages));
		}
		return "officer/reports";
	}

	@GetMapping("/cell")
	String cell(@AuthenticationPrincipal GongkaiUser user, @RequestParam String agency, @RequestParam int year,
			@RequestParam String format, @RequestParam String scope, @RequestParam String section,
			@RequestParam String row, @RequestParam int column, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Selection s = selection(user, agency, year, format, scope);
		model.addAttribute("sel", s);
		try {
			ReportDrillDown.CellDrillDown cell = drillDown.cell(user, agency, year, format, scope, section, row, column,
					page);
			model.addAttribute("cell", cell);
			model.addAttribute("header",
					cell.records().isEmpty() ? List.of() : DrillDownRows.header(cell.records().get(0).getClass()));
			model.addAttribute("lines", cell.records().stream().map(DrillDownRows::line).toList());
			model.addAttribute("first", page * ReportDrillDown.PAGE_SIZE + 1);
			model.addAttribute("cellQuery",
					s.query() + "&"
							+ UriComponentsBuilder.newInstance()
								.queryParam("section", section)
								.queryParam("row", row)
								.queryParam("column", column)
								.encode()
								.build()
								.getQuery());
		}
		catch (IllegalArgumentException e) {
			model.addAttribute("error", RefusalWords.of(e, messages));
		}
		return "officer/report-cell";
	}

	/**
	 * Every record behind one number as a CSV file (UTF-8 with BOM, for Excel), with the
	 * address of each record's page.
	 */
	@GetMapping("/cell.csv")
	void cellCsv(@AuthenticationPrincipal GongkaiUser user, @RequestParam String agency, @RequestParam int year,
			@RequestParam String format, @RequestParam String scope, @RequestParam String section,
			@RequestParam String row, @RequestParam int column, HttpServletResponse response) throws IOException {
		writeCsv(drillDown, user, agency, year, format, scope, section, row, column, response);
	}

	static void writeCsv(ReportDrillDown drillDown, GongkaiUser user, String agency, int year, String format,
			String scope, String section, String row, int column, HttpServletResponse response) throws IOException {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		String name = "%s-%d-%s-%s-%d.csv".formatted(agency, year, section, row, column + 1);
		drillDown.everyRecord(user, agency, year, format, scope, section, row, column, (kind, records) -> {
			List<String> header = new ArrayList<>(DrillDownRows.header(kind));
			header.add("页面");
			CsvDownload.write(response, name, header, rows -> records.accept(record -> {
				DrillDownRows.Line line = DrillDownRows.line(record);
				List<Object> cells = new ArrayList<>(line.cells());
				cells.add(line.href() == null ? "" : base + line.href());
				rows.row(cells.toArray());
			}));
		});
	}

	@GetMapping("/diff")
	String diff(@AuthenticationPrincipal GongkaiUser user, @RequestParam String agency, @RequestParam int year,
			@RequestParam(required = false) String format, @RequestParam(required = false) String scope, Model model) {
		Selection s = selection(user, agency, year, format, scope);
		model.addAttribute("sel", s);
		model.addAttribute("diff", publishing.diff(user, agency, year, s.scope()));
		return "officer/report-diff";
	}

	@PostMapping("/texts")
	String text(@AuthenticationPrincipal GongkaiUser user, @RequestParam String agency, @RequestParam int year,
			@RequestParam String format, @RequestParam String scope, @RequestParam String section,
			@RequestParam String body, RedirectAttributes redirect) {
		try {
			publishing.saveNarrative(user, agency, year, section, body);
			// the narrative's title is the format's, Chinese in every language
			redirect.addFlashAttribute("message", messages.getMessage("reports.flash.textSaved",
					new Object[] { Narratives.TITLES.getOrDefault(section, section) }));
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("error", RefusalWords.of(e, messages));
		}
		return "redirect:/officer/reports?" + new Selection(agency, year, format, scope).query();
	}

	@PostMapping("/publish")
	String publish(@AuthenticationPrincipal GongkaiUser user, @RequestParam String agency, @RequestParam int year,
			@RequestParam String format, @RequestParam String scope, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		try {
			ReportPublishing.PublishedVersion v = publishing.publish(user, agency, year, format, scope, reason);
			redirect.addFlashAttribute("message",
					v.correction() ? messages.getMessage("reports.flash.corrected", new Object[] { v.version() })
							: messages.getMessage("reports.flash.published"));
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			redirect.addFlashAttribute("error", RefusalWords.of(e, messages));
		}
		return "redirect:/officer/reports?" + new Selection(agency, year, format, scope).query();
	}

}
