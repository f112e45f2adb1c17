package org.gongkai.disclosure.casework.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.AttachmentNotFoundException;
import org.gongkai.disclosure.casework.attachments.Attachment;
import org.gongkai.disclosure.casework.attachments.ReleasedRecords;
import org.gongkai.disclosure.casework.decision.CaseLetters;
import org.gongkai.disclosure.casework.decision.IssuedLetter;
import org.gongkai.disclosure.casework.views.CaseViews;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.decisions.OutcomeGroup;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.shared.Labels;
import org.gongkai.disclosure.shared.RefusalWords;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The released records on the officer's pages: upload (from the case page or a
 * department's routed page), removal, and the printable list for paper delivery.
 */
@Controller
@RequestMapping("/officer/cases/{id}/released-records")
class ReleasedRecordPages {

	private final ReleasedRecords records;

	private final CaseViews views;

	private final CaseLetters letters;

	private final MessageSourceAccessor messages;

	private final Labels labels;

	ReleasedRecordPages(ReleasedRecords records, CaseViews views, CaseLetters letters, MessageSourceAccessor messages,
			Labels labels) {
		this.records = records;
		this.views = views;
		this.letters = letters;
		this.messages = messages;
		this.labels = labels;
	}

	@PostMapping
	String attach(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@RequestParam(required = false) Attachment.Disclosure disclosure,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String from,
			RedirectAttributes redirect) throws IOException {
		String back = "routed".equals(from) ? "redirect:/officer/routed/" + id : "redirect:/officer/cases/" + id;
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("error", messages.getMessage("uploads.flash.noFile"));
			return back;
		}
		try {
			Attachment saved = records.attach(officer, id, disclosure, file.getOriginalFilename(), file.getSize(),
					file);
			// as the list shows it (Attachment.disclosureLabel()): the original of a
			// partly
			// disclosed record is the staff's only
			String how = saved.disclosure() == Attachment.Disclosure.PARTIAL
					? messages.getMessage("released.disclosure.partialOriginal") : labels.of(saved.disclosure());
			redirect.addFlashAttribute("message",
					messages.getMessage("released.flash.uploaded", new Object[] { saved.fileName(), how }));
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			redirect.addFlashAttribute("error", RefusalWords.of(e, messages));
		}
		return back;
	}

	@PostMapping("/{recordId}/delete")
	String remove(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id, @PathVariable UUID recordId,
			RedirectAttributes redirect) {
		return OfficerActions.act(id, redirect, messages.getMessage("released.flash.deleted"),
				() -> records.remove(officer, id, recordId));
	}

	/**
	 * The redaction page: the original PDF in the browser's viewer (pdf.js), where the
	 * officer draws the boxes and gives each its ground; saving sends them to {@code PUT
	 * /api/requests/{id}/released-records/{recordId}/redaction}.
	 */
	@GetMapping("/{recordId}/redaction")
	String redaction(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id, @PathVariable UUID recordId,
			Model model) {
		List<Attachment> files = records.of(officer, id);
		Attachment original = files.stream()
			.filter(f -> f.id().equals(recordId) && f.disclosure() == Attachment.Disclosure.PARTIAL)
			.findFirst()
			.orElseThrow(() -> new AttachmentNotFoundException(recordId));
		model.addAttribute("caseId", id.value());
		model.addAttribute("original", original);
		model.addAttribute("redacted",
				files.stream().filter(f -> recordId.equals(f.redactedFrom())).findFirst().orElse(null));
		model.addAttribute("grounds", Outcome.in(OutcomeGroup.WITHHELD));
		model.addAttribute("editable", records.editableBy(officer, id));
		return "released/redaction";
	}

	/**
	 * The list that goes with a paper delivery: the reply's 文号 and every released file
	 * with its SHA-256, with lines for the recipient's signature.
	 */
	@GetMapping("/list")
	String list(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id, Model model) {
		model.addAttribute("detail", views.detail(officer, id));
		List<Attachment> released = records.of(officer, id).stream().filter(Attachment::released).toList();
		model.addAttribute("files", released);
		model.addAttribute("reply",
				letters.issued(officer, id)
					.stream()
					.filter(l -> l.kind() == LetterKind.REPLY)
					.reduce((first, later) -> later)
					.map(IssuedLetter::documentNumber)
					.orElse(null));
		return "released/list";
	}

}
