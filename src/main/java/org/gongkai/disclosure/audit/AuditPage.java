package org.gongkai.disclosure.audit;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrator's audit page: lines page by page (one audit line per page viewed), a
 * filter by object, the chain check on request and the CSV export.
 */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AuditPage {

	private static final int PAGE_SIZE = 100;

	private final AuditTrail trail;

	AuditPage(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
			@RequestParam(required = false) Long before, @RequestParam(defaultValue = "false") boolean verify,
			Model model) {
		String type = objectType == null || objectType.isBlank() ? null : objectType.strip();
		String id = objectId == null || objectId.isBlank() ? null : objectId.strip();
		List<AuditEvent> events = trail.page(before, PAGE_SIZE, type, id);
		trail.record("AUDIT_READ", "audit", null, AuditResult.SUCCESS, "查看审计日志");
		model.addAttribute("events", events);
		model.addAttribute("next", events.size() == PAGE_SIZE ? events.get(events.size() - 1).seq() : null);
		model.addAttribute("chain", verify ? trail.verify() : null);
		model.addAttribute("objectType", type);
		model.addAttribute("objectId", id);
		return "admin/audit";
	}

}
