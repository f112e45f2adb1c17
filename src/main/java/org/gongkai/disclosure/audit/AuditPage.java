package org.gongkai.disclosure.audit;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
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

	private final MessageSource messages;

	AuditPage(AuditTrail trail, MessageSource messages) {
		this.trail = trail;
		this.messages = messages;
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
			@RequestParam(required = false) Long before, @RequestParam(defaultValue = "false") boolean verify,
			Model model, Locale locale) {
		String type = objectType == null || objectType.isBlank() ? null : objectType.strip();
		String id = objectId == null || objectId.isBlank() ? null : objectId.strip();
		List<AuditEvent> events = trail.page(before, PAGE_SIZE, type, id);
		trail.record(AuditAction.AUDIT_READ, "audit", null, AuditResult.SUCCESS, "查看审计日志");
		model.addAttribute("events", events.stream().map(e -> line(e, locale)).toList());
		model.addAttribute("next", events.size() == PAGE_SIZE ? events.get(events.size() - 1).seq() : null);
		model.addAttribute("chain", verify ? trail.verify() : null);
		model.addAttribute("objectType", type);
		model.addAttribute("objectId", id);
		return "admin/audit";
	}

	/**
	 * A line in words: the action, the kind of object and the result named, not coded.
	 */
	private Line line(AuditEvent e, Locale locale) {
		return new Line(e, words("audit.action." + e.action(), e.action(), locale),
				e.objectType() == null ? "" : words("audit.object." + e.objectType(), e.objectType(), locale),
				words("audit.result." + e.result().name(), e.result().name(), locale));
	}

	private String words(String code, String otherwise, Locale locale) {
		return messages.getMessage(code, null, otherwise, locale);
	}

	/**
	 * One line of the page; the object's id (a UUID) is not printed but offered as a
	 * filter ("此对象的全部记录").
	 */
	record Line(AuditEvent event, String action, String objectType, String result) {
	}

}
