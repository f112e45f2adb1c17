package org.gongkai.disclosure.casework;

import org.gongkai.disclosure.shared.NotFoundException;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such file, or not one the current user may see: both are 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AttachmentNotFoundException extends NotFoundException {

	public AttachmentNotFoundException(UUID id) {
		super("未找到附件 " + id, "refusal.api.title.attachmentNotFound", "refusal.api.detail.attachmentNotFound");
	}

}
