package org.gongkai.disclosure.reporting.export;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongkai.disclosure.accounts.GongkaiUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "reports", description = "政府信息公开工作年度报告")
class AnnualReportExportController {

	private final ReportExports exports;

	AnnualReportExportController(ReportExports exports) {
		this.exports = exports;
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
		ReportExports.Export export = exports.export(user, agencyCode, year, format, scope, ReportExports.type(type),
				charts);
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

}
