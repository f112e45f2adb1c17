package org.gongkai.disclosure.reporting.export;

import org.gongkai.disclosure.shared.NotFoundException;

/**
 * No such export, or not one the current user asked for: both answer 404 (RFC 9457
 * problem details).
 */
class ExportNotFoundException extends NotFoundException {

	ExportNotFoundException() {
		super("no such export of this user", "refusal.reporting.export.notFoundTitle",
				"refusal.reporting.export.notFound");
	}

}
