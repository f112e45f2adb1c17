package org.gongkai.disclosure.reporting.export;

import java.nio.charset.StandardCharsets;

import org.gongkai.disclosure.reporting.AnnualReport;
import org.gongkai.disclosure.reporting.ReportPublishing;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The public list of published annual reports, no sign-in: each agency's reports by year
 * with the latest published version as HTML and PDF. 条例 art 49 has every agency publish
 * its report to the public by 31 January (a government's summary by 31 March), and art 50
 * sets out what it contains.
 */
@Controller
class PublishedReportPages {

	private final ReportPublishing publishing;

	private final ReportExports exports;

	PublishedReportPages(ReportPublishing publishing, ReportExports exports) {
		this.publishing = publishing;
		this.exports = exports;
	}

	@GetMapping("/reports")
	String list(Model model) {
		model.addAttribute("reports", publishing.publicReports());
		return "reports";
	}

	@GetMapping("/reports/{agency}/{year}/{type}")
	ResponseEntity<byte[]> report(@PathVariable String agency, @PathVariable int year, @PathVariable String type,
			@RequestParam(defaultValue = "agency") String scope) {
		ReportExports.Type as = switch (type) {
			case "html" -> ReportExports.Type.HTML;
			case "pdf" -> ReportExports.Type.PDF;
			default -> throw new ResponseStatusException(NOT_FOUND);
		};
		AnnualReport report;
		try {
			report = publishing.publicReport(agency, year, scope)
				.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		}
		catch (IllegalArgumentException unknownScope) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		ReportExports.Export export = exports.published(report, as);
		ContentDisposition disposition = (as == ReportExports.Type.PDF ? ContentDisposition.attachment()
				: ContentDisposition.inline())
			.filename(export.fileName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(export.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'")
			.body(export.content());
	}

}
