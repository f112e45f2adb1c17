package org.gongkai.disclosure.imports;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.appeals.AppealResult;
import org.gongkai.disclosure.appeals.history.HistoricAppeals;
import org.gongkai.disclosure.casework.history.HistoricCases;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.shared.CsvDownload;
import org.gongkai.disclosure.shared.RefusalWords;
import org.gongkai.disclosure.shared.ids.AppealId;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's import page: upload a request or appeals ledger, follow its progress,
 * read its errors, close imported open cases.
 */
@Controller
class ImportPages {

	private final LedgerImports imports;

	private final HistoricCases historic;

	private final HistoricAppeals historicAppeals;

	private final Agencies agencies;

	private final MessageSourceAccessor messages;

	ImportPages(LedgerImports imports, HistoricCases historic, HistoricAppeals historicAppeals, Agencies agencies,
			MessageSourceAccessor messages) {
		this.imports = imports;
		this.historic = historic;
		this.historicAppeals = historicAppeals;
		this.agencies = agencies;
		this.messages = messages;
	}

	@GetMapping("/imports")
	String page(@AuthenticationPrincipal GongkaiUser user, Model model) {
		model.addAttribute("mayImport", LedgerImports.mayImport(user));
		model.addAttribute("mayClose", HistoricCases.mayClose(user));
		model.addAttribute("jobs", imports.recent(user));
		model.addAttribute("open",
				user.agencyId() == null || !(HistoricCases.mayClose(user) || LedgerImports.mayImport(user)) ? List.of()
						: historic.openOf(user));
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("openAppeals",
				user.agencyId() == null || !(HistoricCases.mayClose(user) || LedgerImports.mayImport(user)) ? List.of()
						: historicAppeals.openOf(user));
		model.addAttribute("appealResults", AppealResult.values());
		return "imports/imports";
	}

	@PostMapping("/imports/requests")
	String upload(@AuthenticationPrincipal GongkaiUser user, @RequestParam("file") MultipartFile file,
			@RequestParam(name = "charset", required = false) String charset, RedirectAttributes flash)
			throws IOException {
		return upload(user, file, charset, flash, false);
	}

	@PostMapping("/imports/appeals")
	String uploadAppeals(@AuthenticationPrincipal GongkaiUser user, @RequestParam("file") MultipartFile file,
			@RequestParam(name = "charset", required = false) String charset, RedirectAttributes flash)
			throws IOException {
		return upload(user, file, charset, flash, true);
	}

	private String upload(GongkaiUser user, MultipartFile file, String charset, RedirectAttributes flash,
			boolean appeals) throws IOException {
		if (!LedgerImports.mayImport(user)) {
			flash.addFlashAttribute("error", messages.getMessage("imports.flash.notAllowed"));
			return "redirect:/imports";
		}
		if (file.isEmpty()) {
			flash.addFlashAttribute("error", messages.getMessage("imports.flash.noFile"));
			return "redirect:/imports";
		}
		String code = agencies.byId(user.agencyId()).orElseThrow().code();
		try (InputStream in = file.getInputStream()) {
			String cs = charset == null || charset.isBlank() ? null : charset;
			if (file.getSize() > LedgerImports.MAX_UPLOAD_BYTES) {
				throw new LedgerImports.LedgerTooLarge();
			}
			ImportJob job = appeals ? imports.startAppeals(user, code, file.getOriginalFilename(), in, cs)
					: imports.startRequests(user, code, file.getOriginalFilename(), in, cs);
			return "redirect:/imports/" + job.id();
		}
		catch (IllegalArgumentException e) {
			flash.addFlashAttribute("error", RefusalWords.of(e, messages));
			return "redirect:/imports";
		}
	}

	/**
	 * A problem as the page lists it: the column by the name the ledger's header uses.
	 */
	record ProblemLine(String line, String column, String reason) {
	}

	@GetMapping("/imports/{id}")
	String job(@AuthenticationPrincipal GongkaiUser user, @PathVariable UUID id, Model model) {
		ImportJob job = imports.job(user, id);
		model.addAttribute("job", job);
		model.addAttribute("problems",
				job.errors()
					.stream()
					.map(p -> new ProblemLine(p.line() == 0 ? "—" : Integer.toString(p.line()),
							LedgerFile.columnLabel(p.column()), p.reason()))
					.toList());
		return "imports/job";
	}

	/** Every problem of a rejected import, as a CSV file (UTF-8 with BOM, for Excel). */
	@GetMapping("/imports/{id}/problems.csv")
	void problems(@AuthenticationPrincipal GongkaiUser user, @PathVariable UUID id, HttpServletResponse response)
			throws IOException {
		writeProblems(imports, user, id, response);
	}

	static void writeProblems(LedgerImports imports, GongkaiUser user, UUID id, HttpServletResponse response)
			throws IOException {
		ImportJob job = imports.job(user, id);
		CsvDownload.write(response, "导入错误-" + job.fileName() + ".csv", List.of("行号", "列", "问题"),
				rows -> imports.problems(user, id, p -> rows.row(p.line() == 0 ? "" : Integer.toString(p.line()),
						LedgerFile.columnLabel(p.column()), p.reason())));
	}

	@PostMapping("/imports/cases/{caseId}/close")
	String close(@AuthenticationPrincipal GongkaiUser user, @PathVariable CaseId caseId,
			@RequestParam("outcome") Outcome outcome, @RequestParam("closedOn") LocalDate closedOn,
			RedirectAttributes flash) {
		try {
			var closed = historic.close(user, caseId, outcome, closedOn);
			flash.addFlashAttribute("message",
					messages.getMessage("imports.flash.closed", new Object[] { closed.reference() }));
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			flash.addFlashAttribute("error", RefusalWords.of(e, messages));
		}
		return "redirect:/imports";
	}

	@PostMapping("/imports/appeals/{appealId}/close")
	String closeAppeal(@AuthenticationPrincipal GongkaiUser user, @PathVariable AppealId appealId,
			@RequestParam("result") AppealResult result, @RequestParam("closedOn") LocalDate closedOn,
			RedirectAttributes flash) {
		try {
			var closed = historicAppeals.close(user, appealId, result, closedOn);
			flash.addFlashAttribute("message",
					messages.getMessage("imports.flash.appealClosed", new Object[] { closed.reference() }));
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			flash.addFlashAttribute("error", RefusalWords.of(e, messages));
		}
		return "redirect:/imports";
	}

}
