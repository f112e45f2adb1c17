package org.gongkai.disclosure.shared;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * A refusal worded for the reader, at the web edge (the API's problem details, a page's
 * message): a keyed {@link Refusal} or {@link StateRefusal} in the request's language,
 * any other exception by its own message.
 */
public final class RefusalWords {

	private RefusalWords() {
	}

	/**
	 * @param messages the application's accessor, which speaks the request's language
	 */
	public static String of(Exception refusal, MessageSourceAccessor messages) {
		return refusal instanceof MessageSourceResolvable keyed ? messages.getMessage(keyed) : refusal.getMessage();
	}

}
