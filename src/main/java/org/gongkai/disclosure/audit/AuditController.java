package org.gongkai.disclosure.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The administrator's view of the audit trail: search page by page, export, and a check
 * that the chain is intact. Each page viewed is one audit line, whatever it lists.
 */
@RestController
@RequestMapping("/api/admin/audit")
@PreAuthorize("hasRole('ADMINISTRATOR')")
@Tag(name = "audit", description = "审计日志（系统管理员）")
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping
	@Operation(summary = "审计记录，新的在前，分页（before 为上一页最后一条的序号），可按对象筛选；下一页见 Link 响应头")
	ResponseEntity<List<AuditEvent>> recent(@RequestParam(defaultValue = "200") int limit,
			@RequestParam(required = false) Long before, @RequestParam(required = false) String objectType,
			@RequestParam(required = false) String objectId) {
		List<AuditEvent> page = trail.page(before, limit, objectType, objectId);
		trail.record(AuditAction.AUDIT_READ, "audit", null, AuditResult.SUCCESS, "查看审计日志"
				+ (page.isEmpty() ? "" : "（" + page.get(page.size() - 1).seq() + "–" + page.get(0).seq() + "）"));
		ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
		if (!page.isEmpty() && page.size() == Math.min(Math.max(limit, 1), AuditTrail.MAX_PAGE)) {
			String next = ServletUriComponentsBuilder.fromCurrentRequestUri()
				.queryParam("limit", limit)
				.queryParam("before", page.get(page.size() - 1).seq())
				.queryParamIfPresent("objectType", Optional.ofNullable(objectType))
				.queryParamIfPresent("objectId", Optional.ofNullable(objectId))
				.encode()
				.build()
				.toUriString();
			ok.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
		}
		return ok.body(page);
	}

	@GetMapping("/verify")
	@Operation(summary = "校验审计日志的密钥链与检查点是否完整，并报告待上链的记录数")
	AuditTrail.ChainCheck verify() {
		return trail.verify();
	}

	@GetMapping(value = "/export", produces = "text/csv")
	@Operation(summary = "导出审计日志（CSV，UTF-8）")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "10000") int limit) {
		trail.record(AuditAction.AUDIT_EXPORTED, "audit", null, AuditResult.SUCCESS, "导出审计日志");
		StringBuilder csv = new StringBuilder("\uFEFFseq,occurred_at,actor_id,actor_name,action,object_type,object_id,"
				+ "result,detail,chain_position,mac\n");
		for (AuditEvent e : trail.export(limit)) {
			csv.append(e.seq())
				.append(',')
				.append(e.occurredAt())
				.append(',')
				.append(cell(e.actorId()))
				.append(',')
				.append(cell(e.actorName()))
				.append(',')
				.append(cell(e.action()))
				.append(',')
				.append(cell(e.objectType()))
				.append(',')
				.append(cell(e.objectId()))
				.append(',')
				.append(e.result())
				.append(',')
				.append(cell(e.detail()))
				.append(',')
				.append(e.chainPosition() == null ? "" : e.chainPosition())
				.append(',')
				.append(e.mac() == null ? "" : e.mac())
				.append('\n');
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("audit.csv").build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** Quotes a CSV cell and defuses spreadsheet formulas (=, +, -, @ at the start). */
	private static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

}
