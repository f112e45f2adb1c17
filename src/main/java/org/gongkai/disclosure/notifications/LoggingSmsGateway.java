package org.gongkai.disclosure.notifications;

import org.gongkai.disclosure.applicants.IdentityNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the text message to the log instead of sending it (the phone number masked): the
 * SMS gateway of the run command and of any deployment without a real one.
 */
class LoggingSmsGateway implements SmsGateway {

	private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

	@Override
	public void send(String phone, String text, String idempotencyKey) {
		log.info("SMS (no gateway configured) to {} [{}]: {}", IdentityNumbers.maskPhone(phone), idempotencyKey, text);
	}

}
