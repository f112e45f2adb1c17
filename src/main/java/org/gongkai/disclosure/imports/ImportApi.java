package org.gongkai.disclosure.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.appeals.Appeal;
import org.gongkai.disclosure.appeals.AppealResult;
import org.gongkai.disclosure.appeals.history.HistoricAppeals;
import org.gongkai.disclosure.casework.history.HistoricCases.OpenHistoricCase;
import org.gongkai.disclosure.casework.history.HistoricCases;
import org.gongkai.disclosure.shared.Paging;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.ids.AppealId;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/imports")
@Tag(name = "imports", description = "历史台账导入")
class ImportApi {

	private final LedgerImports imports;

	private final HistoricCases historic;

	private final HistoricAppeals historicAppeals;

	ImportApi(LedgerImports imports, HistoricCases historic, HistoricAppeals historicAppeals) {
		this.imports = imports;
		this.historic = historic;
		this.historicAppeals = historicAppeals;
	}

	@PostMapping(path = "/requests", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "导入申请台账（CSV 或 XLSX）", description = """
			标题行须有 reference, applicant_type, received_on, channel, closed_on, outcome 列（可选 information_sought）。\
			applicant_type：自然人/商业企业/科研机构/社会公益组织/法律服务机构/其他；日期如 2021-03-05、2021/3/5、2021年3月5日；\
			未办结时 closed_on 与 outcome 留空；outcome 为2021年格式第三部分的末级情形（如 予以公开、保护第三方合法权益、重复申请），\
			可写作“类别/情形”（如 其他处理/其他；2021年以前办结的可只写 其他处理）。各单位常用写法（企业、法人或其他组织、信件、微信、同意公开 等）\
			按对照表读取，结果的 mappings 列出每种写法按哪一项计入。文件不超过 20 MB（否则 413）。\
			CSV 为 UTF-8（可带 BOM）或 GB18030（自动识别，或以 charset 指定）。导入在后台进行：返回 202 及导入记录，\
			以 GET /api/imports/{id} 查询进度与结果。任何一行有错误则整份文件不导入：每个单元格至多一处错误，\
			errors 列出前50处，problemCount 为总数，全部错误见 GET /api/imports/{id}/problems（CSV）。\
			仅限本机关的年报统计人员和公开工作机构负责人。""")
	ResponseEntity<ImportJob> importRequests(@AuthenticationPrincipal GongkaiUser user,
			@RequestParam("agency") String agencyCode, @RequestPart("file") MultipartFile file,
			@Parameter(description = "CSV 的字符编码：UTF-8 或 GB18030；不填则自动识别") @RequestParam(name = "charset",
					required = false) String charset)
			throws IOException {
		return accepted(file, in -> imports.startRequests(user, agencyCode, file.getOriginalFilename(), in, charset));
	}

	@PostMapping(path = "/appeals", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "导入行政复议、行政诉讼台账（CSV 或 XLSX）", description = """
			标题行须有 request_reference, kind, filed_on, closed_on, result 列。request_reference 为本机关政府信息公开申请的编号\
			（台账导入的或在本系统办理的，须先导入申请台账）；kind：行政复议/未经复议直接起诉/复议后起诉（诉讼按一审计）；\
			日期如 2021-03-05、2021/3/5、2021年3月5日，filed_on 不得早于收到该申请之日；result：维持/纠正/其他，与 closed_on 同时填写，\
			未审结的两者留空；常用写法按对照表读取（行政诉讼→未经复议直接起诉，驳回→维持，撤销→纠正，撤诉→其他）。\
			同一申请、同一类型、同一 filed_on 的行不得重复。导入的案件没有办理流程，年报第四部分按结果类别与本系统办理的案件同样统计。\
			CSV 为 UTF-8（可带 BOM）或 GB18030。导入在后台进行：返回 202 及导入记录，以 GET /api/imports/{id} 查询进度与结果。\
			任何一行有错误则整份文件不导入，逐行列出行号与原因。仅限本机关的年报统计人员和公开工作机构负责人。""")
	ResponseEntity<ImportJob> importAppeals(@AuthenticationPrincipal GongkaiUser user,
			@RequestParam("agency") String agencyCode, @RequestPart("file") MultipartFile file,
			@Parameter(description = "CSV 的字符编码：UTF-8 或 GB18030；不填则自动识别") @RequestParam(name = "charset",
					required = false) String charset)
			throws IOException {
		return accepted(file, in -> imports.startAppeals(user, agencyCode, file.getOriginalFilename(), in, charset));
	}

	/** Starts an import of an uploaded file: 202 with the job, polled at its location. */
	private static ResponseEntity<ImportJob> accepted(MultipartFile file, Starter starter) throws IOException {
		if (file.isEmpty()) {
			throw new Refusal("refusal.imports.api.emptyFile");
		}
		if (file.getSize() > LedgerImports.MAX_UPLOAD_BYTES) {
			throw new LedgerImports.LedgerTooLarge();
		}
		try (InputStream in = file.getInputStream()) {
			ImportJob job = starter.start(in);
			return ResponseEntity.accepted().location(URI.create("/api/imports/" + job.id())).body(job);
		}
	}

	@FunctionalInterface
	private interface Starter {

		ImportJob start(InputStream in) throws IOException;

	}

	record AppealClosing(String result, LocalDate closedOn) {
	}

	record ClosedAppeal(UUID id, String reference, String caseReference, LocalDate filedOn, LocalDate closedOn,
			String result) {
	}

	@PostMapping("/appeals/{appealId}/close")
	@Operation(summary = "记录台账导入未审结的复议、诉讼案件的结果（维持/纠正/其他）和办结日期（承办人、公开工作机构负责人）")
	ClosedAppeal closeAppeal(@AuthenticationPrincipal GongkaiUser user, @PathVariable AppealId appealId,
			@RequestBody AppealClosing closing) {
		AppealResult result = closing.result() == null ? null : HistoricAppeals.result(closing.result().strip());
		if (result == null) {
			throw new Refusal("refusal.imports.api.appealResult");
		}
		Appeal a = historicAppeals.close(user, appealId, result, closing.closedOn());
		return new ClosedAppeal(a.id().value(), a.reference(), a.caseReference(), a.filedOn(), a.decidedOn(),
				a.ledgerResult().label());
	}

	@GetMapping("/{id}")
	@Operation(summary = "导入进度与结果：已处理行数/总行数、状态、错误行（行号与原因）")
	ImportJob job(@AuthenticationPrincipal GongkaiUser user, @PathVariable UUID id) {
		return imports.job(user, id);
	}

	@GetMapping(path = "/{id}/problems", produces = "text/csv")
	@Operation(summary = "被拒绝的导入的全部错误（CSV，UTF-8 带 BOM：行号、列、问题）；导入记录本身只列出前50处")
	void problems(@AuthenticationPrincipal GongkaiUser user, @PathVariable UUID id, HttpServletResponse response)
			throws IOException {
		ImportPages.writeProblems(imports, user, id, response);
	}

	@GetMapping("/requests/open")
	@Operation(summary = "本机关台账导入的未结申请（台账导入未结）")
	ResponseEntity<List<OpenHistoricCase>> open(@AuthenticationPrincipal GongkaiUser user,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return Paging.response(historic.openOf(user), new Paging(page, size));
	}

	record Closing(String outcome, LocalDate closedOn) {
	}

	@PostMapping("/requests/cases/{caseId}/close")
	@Operation(summary = "记录台账导入未结申请的办理结果和办结日期（承办人、公开工作机构负责人）")
	OpenHistoricCase close(@AuthenticationPrincipal GongkaiUser user, @PathVariable CaseId caseId,
			@RequestBody Closing closing) {
		if (closing.outcome() == null || closing.outcome().isBlank()) {
			throw new Refusal("refusal.imports.api.outcomeRequired");
		}
		var closed = historic.close(user, caseId, RequestLedger.outcome(closing.outcome(), closing.closedOn()),
				closing.closedOn());
		return new OpenHistoricCase(closed.id(), closed.reference(), closed.applicantCategory(), closed.channel(),
				closed.receivedOn(), null);
	}

	@ExceptionHandler(LedgerImports.LedgerTooLarge.class)
	ProblemDetail tooLarge(LedgerImports.LedgerTooLarge e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
		problem.setTitle("台账文件过大");
		return problem;
	}

	@ExceptionHandler(LedgerImports.ImportNotFoundException.class)
	ProblemDetail notFound(LedgerImports.ImportNotFoundException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "导入记录不存在，或您无权查看");
		problem.setTitle("未找到导入记录");
		return problem;
	}

}
