package org.gongkai.disclosure.serving;

import org.gongkai.disclosure.shared.NotFoundException;
import java.util.UUID;

/** No such service record for the subject (answered as 404). */
public class ServiceRecordNotFoundException extends NotFoundException {

	public ServiceRecordNotFoundException(UUID id) {
		super("没有该送达记录：" + id, "refusal.api.title.serviceRecordNotFound", "refusal.api.detail.serviceRecordNotFound");
	}

}
