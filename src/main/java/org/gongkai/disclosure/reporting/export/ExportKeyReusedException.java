package org.gongkai.disclosure.reporting.export;

import org.gongkai.disclosure.shared.StateRefusal;

/**
 * An export's Idempotency-Key used again for another export: 422, as a request filed
 * again under its key with other content is.
 */
class ExportKeyReusedException extends StateRefusal {

	ExportKeyReusedException() {
		super("refusal.reporting.export.keyReused");
	}

}
