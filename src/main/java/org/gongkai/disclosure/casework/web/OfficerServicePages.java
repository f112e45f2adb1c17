package org.gongkai.disclosure.casework.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.notices.CaseNotices;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.serving.ServiceMethod;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case page's forms for the service (送达) of the case's letters. */
@Controller
@RequestMapping("/officer")
class OfficerServicePages {

	private final CaseNotices notices;

	private final MessageSourceAccessor messages;

	OfficerServicePages(CaseNotices notices, MessageSourceAccessor messages) {
		this.messages = messages;
		this.notices = notices;
	}

	@PostMapping("/cases/{id}/service")
	String send(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@RequestParam(required = false) LetterKind document, @RequestParam(required = false) ServiceMethod method,
			@RequestParam(required = false) String trackingNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sentOn,
			RedirectAttributes redirect) {
		return OfficerActions.act(id, redirect, messages.getMessage("case.done.documentSent"),
				() -> notices.send(officer, id, document, method, trackingNumber, sentOn));
	}

	@PostMapping("/cases/{id}/service/{serviceId}/receipt")
	String received(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id, @PathVariable UUID serviceId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			@RequestParam(required = false) String proof, @RequestParam(required = false) MultipartFile scan,
			RedirectAttributes redirect) throws IOException {
		boolean scanned = scan != null && !scan.isEmpty();
		CaseNotices.Receipt receipt = new CaseNotices.Receipt(receivedOn, proof,
				scanned ? scan.getOriginalFilename() : null, scanned ? scan.getBytes() : null);
		return OfficerActions.act(id, redirect, messages.getMessage("case.done.delivered"),
				() -> notices.received(officer, id, serviceId, receipt));
	}

}
