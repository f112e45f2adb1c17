package org.gongkai.disclosure.serving;

import java.util.UUID;

/** No such service record for the subject (answered as 404). */
public class ServiceRecordNotFoundException extends RuntimeException {

	public ServiceRecordNotFoundException(UUID id) {
		super("没有该送达记录：" + id);
	}

}
