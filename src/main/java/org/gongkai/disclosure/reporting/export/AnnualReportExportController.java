package org.gongkai.disclosure.reporting.export;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongkai.disclosure.accounts.GongkaiUser;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@Tag(name = "reports", description = "政府信息公开工作年度报告")
class AnnualReportExportController {

	private final ReportExports exports;

	private final BackgroundExports background;

	private final MessageSourceAccessor messages;

	AnnualReportExportController(ReportExports exports, BackgroundExports background, MessageSourceAccessor messages) {
		this.exports = exports;
		this.background = background;
		this.messages = messages;
	}

	@GetMapping("/api/reports/annual/{year}/export")
	@Operation(
			summary = "导出年度报告：docx（公文格式）、xlsx（每表一个工作表，另有校验结果）、pdf（PDF/A）、html（可打印的独立页面）；charts=true 时附录每月收到申请数、办理结果构成、答复用时分布三幅图表（默认不附，与发布格式一致）")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal GongkaiUser user, @PathVariable int year,
			@RequestParam("agency") String agencyCode,
			@Parameter(description = "报告格式：2021（默认）、2019、jilin-2011、cangnan-2012") @RequestParam(name = "format",
					defaultValue = "2021") String format,
			@Parameter(description = "agency（本机关，默认）或 summary（本级政府及下属机关汇总）") @RequestParam(name = "scope",
					required = false) String scope,
			@Parameter(description = "docx、xlsx、pdf 或 html") @RequestParam(name = "type",
					defaultValue = "docx") String type,
			@Parameter(description = "true：附录统计图表（默认不附）") @RequestParam(name = "charts",
					defaultValue = "false") boolean charts) {
		return download(exports.export(user, agencyCode, year, format, scope, ReportExports.type(type), charts));
	}

	@PostMapping("/api/reports/annual/{year}/exports")
	@Operation(
			summary = "在后台导出年度报告（参数同 export）：立即返回导出任务（202，Location 为其进度），页面轮询进度，完成后下载文件；带 Idempotency-Key 时，以同一键重试返回同一任务（200），不会重复导出。文件保留一天")
	ResponseEntity<ExportJobJson> start(@AuthenticationPrincipal GongkaiUser user, @PathVariable int year,
			@RequestParam("agency") String agencyCode,
			@RequestParam(name = "format", defaultValue = "2021") String format,
			@RequestParam(name = "scope", required = false) String scope,
			@RequestParam(name = "type", defaultValue = "docx") String type,
			@RequestParam(name = "charts", defaultValue = "false") boolean charts,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		BackgroundExports.Started started = background.start(user,
				new ExportRequest(agencyCode, year, format, scope, ReportExports.type(type), charts), idempotencyKey);
		ExportJobJson job = json(started.job());
		return started.queued() ? ResponseEntity.accepted().location(job.poll()).body(job) : ResponseEntity.ok(job);
	}

	@GetMapping("/api/reports/exports/{id}")
	@Operation(summary = "后台导出的进度：已完成的步骤数和总步骤数、正在进行的步骤；完成后给出下载地址，失败时说明")
	ExportJobJson status(@AuthenticationPrincipal GongkaiUser user, @PathVariable UUID id) {
		return json(background.status(user, id));
	}

	@GetMapping("/api/reports/exports/{id}/file")
	@Operation(summary = "下载后台导出完成的文件（与直接导出的文件相同）")
	ResponseEntity<byte[]> file(@AuthenticationPrincipal GongkaiUser user, @PathVariable UUID id) {
		return download(background.file(user, id));
	}

	private static ResponseEntity<byte[]> download(ReportExports.Export export) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(export.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(export.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'")
			.body(export.content());
	}

	/**
	 * A background export as the page shows it: where it is in words of the user's
	 * language ({@code message}, for the page's live region), its steps as numbers (for
	 * the progress bar), and once ready where to download it.
	 */
	record ExportJobJson(UUID id, ExportJob.Status status, int stepsDone, int stepsTotal, String message,
			String fileName, URI poll, URI download) {
	}

	private ExportJobJson json(ExportJob job) {
		String extension = job.request().type().extension();
		String what = job.request().charts()
				? messages.getMessage("reports.export.withCharts.of",
						new Object[] { messages.getMessage("reports.export.short." + extension) })
				: messages.getMessage("reports.export." + extension);
		String message = switch (job.status()) {
			// a job taken by a worker that has not yet begun its first step still waits
			case QUEUED -> messages.getMessage("reports.exportJob.queued", new Object[] { what });
			case RUNNING -> job.step() == null ? messages.getMessage("reports.exportJob.queued", new Object[] { what })
					: messages.getMessage("reports.exportJob.running",
							new Object[] { what, messages.getMessage("reports.exportJob.step." + job.step().name()),
									job.stepsDone() + 1, job.stepsTotal() });
			case READY -> messages.getMessage("reports.exportJob.ready", new Object[] { what });
			case FAILED ->
				job.failure() == null ? messages.getMessage("reports.exportJob.failed", new Object[] { what })
						: messages.getMessage("reports.exportJob.refused", new Object[] { what, job.failure() });
		};
		URI poll = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/reports/exports/{id}")
			.buildAndExpand(job.id())
			.toUri();
		return new ExportJobJson(job.id(), job.status(), job.stepsDone(), job.stepsTotal(), message, job.fileName(),
				poll, job.status() == ExportJob.Status.READY ? URI.create(poll + "/file") : null);
	}

}
