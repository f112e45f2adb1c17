package org.gongkai.disclosure.casework.web;

import java.io.IOException;

import org.gongkai.disclosure.shared.RefusalWords;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.attachments.Attachment;
import org.gongkai.disclosure.casework.attachments.CaseAttachments;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The upload form's handling, shared by the applicant's and the officer's case pages. */
final class AttachmentUploads {

	private AttachmentUploads() {
	}

	/**
	 * Uploads the file and says how it went in the page's language (the request's, as the
	 * case page's other actions do: {@link OfficerActions#messages()}).
	 */
	static void upload(CaseAttachments attachments, GongkaiUser user, CaseId caseId, Attachment.Purpose purpose,
			MultipartFile file, RedirectAttributes redirect) throws IOException {
		MessageSourceAccessor messages = OfficerActions.messages();
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("error", messages.getMessage("uploads.flash.noFile"));
			return;
		}
		try {
			Attachment saved = attachments.upload(user, caseId, purpose, file.getOriginalFilename(), file.getBytes());
			redirect.addFlashAttribute("message",
					messages.getMessage("uploads.flash.uploaded", new Object[] { saved.fileName() }));
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			redirect.addFlashAttribute("error", RefusalWords.of(e, messages));
		}
	}

}
