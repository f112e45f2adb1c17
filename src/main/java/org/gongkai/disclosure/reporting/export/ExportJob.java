package org.gongkai.disclosure.reporting.export;

import java.util.UUID;

/**
 * A report export made in the background ({@link BackgroundExports}), as its requester
 * sees it: where it is ({@code stepsDone} of {@code stepsTotal}, the step under way) and,
 * once ready, the file's name.
 *
 * @param step the step under way while running, else null
 * @param failure why it failed, when the reason is the requester's to know (a refusal),
 * else null
 */
public record ExportJob(UUID id, Status status, ExportRequest request, int stepsDone, int stepsTotal,
		ReportExports.Step step, String fileName, String failure) {

	public enum Status {

		/** Acknowledged, waiting for a worker. */
		QUEUED,
		/** A worker is making it. */
		RUNNING,
		/** The file is kept for download. */
		READY,
		/** It could not be made; nothing is kept. */
		FAILED

	}

}
