package org.gongkai.disclosure.casework.web;

import java.io.IOException;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

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

	/** Uploads the file and says how it went in the page's language. */
	static void upload(CaseAttachments attachments, MessageSourceAccessor messages, GongkaiUser user, CaseId caseId,
			Attachment.Purpose purpose, MultipartFile file, RedirectAttributes redirect) throws IOException {
		upload(attachments, user, caseId, purpose, file, redirect, () -> messages.getMessage("uploads.flash.noFile"),
				name -> messages.getMessage("uploads.flash.uploaded", new Object[] { name }));
	}

	/**
	 * The officer's case page's upload, in Chinese until OfficerPages passes its
	 * {@link MessageSourceAccessor} to the method above.
	 */
	static void upload(CaseAttachments attachments, GongkaiUser user, CaseId caseId, Attachment.Purpose purpose,
			MultipartFile file, RedirectAttributes redirect) throws IOException {
		upload(attachments, user, caseId, purpose, file, redirect, () -> "请选择要上传的文件", name -> "已上传 " + name);
	}

	private static void upload(CaseAttachments attachments, GongkaiUser user, CaseId caseId, Attachment.Purpose purpose,
			MultipartFile file, RedirectAttributes redirect, Supplier<String> noFile, UnaryOperator<String> uploaded)
			throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("error", noFile.get());
			return;
		}
		try {
			Attachment saved = attachments.upload(user, caseId, purpose, file.getOriginalFilename(), file.getBytes());
			redirect.addFlashAttribute("message", uploaded.apply(saved.fileName()));
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			redirect.addFlashAttribute("error", OfficerActions.wordsOf(e));
		}
	}

}
