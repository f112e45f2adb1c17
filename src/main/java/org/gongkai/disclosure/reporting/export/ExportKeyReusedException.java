package org.gongkai.disclosure.reporting.export;

import org.gongkai.disclosure.shared.KeyReusedRefusal;

/**
 * An export's Idempotency-Key used again for another export: 422, as a request filed
 * again under its key with other content is.
 */
class ExportKeyReusedException extends KeyReusedRefusal {

	ExportKeyReusedException() {
		super("refusal.reporting.export.keyReusedTitle", "refusal.reporting.export.keyReused");
	}

}
