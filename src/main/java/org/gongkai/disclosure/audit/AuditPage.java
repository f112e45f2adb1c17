package org.gongkai.disclosure.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrator's audit page: recent lines, a filter by object, the chain check and
 * the CSV export.
 */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AuditPage {

	private final AuditTrail trail;

	AuditPage(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
			Model model) {
		String type = objectType == null || objectType.isBlank() ? null : objectType.strip();
		String id = objectId == null || objectId.isBlank() ? null : objectId.strip();
		trail.recordAlone("AUDIT_READ", "audit", null, AuditResult.SUCCESS, "查看审计日志");
		model.addAttribute("events", trail.recent(500, type, id));
		model.addAttribute("chain", trail.verify());
		model.addAttribute("objectType", type);
		model.addAttribute("objectId", id);
		return "admin/audit";
	}

}
