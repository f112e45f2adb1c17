package org.gongkai.disclosure.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;

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

/**
 * The administrator's view of the audit trail: search, export, and a check that the chain
 * is intact.
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
	@Operation(summary = "最近的审计记录，可按对象筛选")
	List<AuditEvent> recent(@RequestParam(defaultValue = "200") int limit,
			@RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId) {
		trail.record("AUDIT_READ", "audit", null, AuditResult.SUCCESS, "查看审计日志");
		return trail.recent(limit, objectType, objectId);
	}

	@GetMapping("/verify")
	@Operation(summary = "校验审计日志哈希链是否完整")
	AuditTrail.ChainCheck verify() {
		return trail.verify();
	}

	@GetMapping(value = "/export", produces = "text/csv")
	@Operation(summary = "导出审计日志（CSV，UTF-8）")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "10000") int limit) {
		trail.record("AUDIT_EXPORTED", "audit", null, AuditResult.SUCCESS, "导出审计日志");
		StringBuilder csv = new StringBuilder("\uFEFFseq,occurred_at,actor_id,actor_name,action,object_type,object_id,"
				+ "result,detail,prev_hash,hash\n");
		for (AuditEvent e : trail.recent(limit, null, null)) {
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
				.append(e.prevHash())
				.append(',')
				.append(e.hash())
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
