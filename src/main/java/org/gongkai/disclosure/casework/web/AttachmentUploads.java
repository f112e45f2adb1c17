package org.gongkai.disclosure.casework.web;

import java.io.IOException;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.attachments.Attachment;
import org.gongkai.disclosure.casework.attachments.CaseAttachments;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The upload form's handling, shared by the applicant's and the officer's case pages. */
final class AttachmentUploads {

	private AttachmentUploads() {
	}

	static void upload(CaseAttachments attachments, GongkaiUser user, CaseId caseId, Attachment.Purpose purpose,
			MultipartFile file, RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("error", "请选择要上传的文件");
			return;
		}
		try {
			Attachment saved = attachments.upload(user, caseId, purpose, file.getOriginalFilename(), file.getBytes());
			redirect.addFlashAttribute("message", "已上传 " + saved.fileName());
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
	}

}
