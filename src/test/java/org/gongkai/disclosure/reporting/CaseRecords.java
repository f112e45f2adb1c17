package org.gongkai.disclosure.reporting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.Channel;
import org.gongkai.disclosure.decisions.Outcome;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes case, fee and extension records straight into the tables the report reads, for
 * tests that need many cases of chosen shapes (the report only reads records; how a case
 * got there is the process tests' business).
 */
final class CaseRecords {

	private static final AtomicInteger SEQ = new AtomicInteger();

	private final JdbcClient jdbc;

	private final Agency agency;

	private final UUID applicantId;

	CaseRecords(JdbcClient jdbc, Agency agency, UUID applicantId) {
		this.jdbc = jdbc;
		this.agency = agency;
		this.applicantId = applicantId;
	}

	/**
	 * A case received on {@code received} through {@code channel}; closed with
	 * {@code outcome} on {@code closed}.
	 */
	UUID add(ApplicantCategory column, Channel channel, String received, Outcome outcome, String closed) {
		UUID id = UUID.randomUUID();
		String reference = agency.code() + "-" + received.substring(0, 4) + "-"
				+ "%05d".formatted(SEQ.incrementAndGet());
		LocalDate on = LocalDate.parse(received);
		jdbc.sql("""
				insert into disclosure_case (id, reference, agency_id, applicant_id, applicant_category, channel,
				    submitted_at, received_on, information_sought, requested_form, delivery_method, status,
				    outcome, reply_text, decided_on, closed_on, created_at)
				values (:id, :reference, :agency, :applicant, :category, :channel, :submitted, :received,
				    '测试记录', 'ELECTRONIC', 'ONLINE', :status, :outcome, null, :closed, :closed, now())""")
			.param("id", id)
			.param("reference", reference)
			.param("agency", agency.id().value())
			.param("applicant", applicantId)
			.param("category", column.name())
			.param("channel", channel.name())
			.param("submitted", Timestamp.from(on.atStartOfDay().toInstant(ZoneOffset.ofHours(8))))
			.param("received", on)
			.param("status", outcome == null ? "IN_PROGRESS" : "ANSWERED")
			.param("outcome", outcome == null ? null : outcome.name())
			.param("closed", closed == null ? null : LocalDate.parse(closed))
			.update();
		return id;
	}

	String reference(UUID id) {
		return jdbc.sql("select reference from disclosure_case where id = ?").param(id).query(String.class).single();
	}

	void fee(UUID caseId, long yuan, String notified, String paid) {
		jdbc.sql("""
				insert into case_clock_stop (case_id, kind, sent_on, served_on, working_days, due_on, answered_on)
				values (?, 'FEE', ?, ?, 20, ?, ?)""")
			.params(caseId, LocalDate.parse(notified), LocalDate.parse(notified),
					LocalDate.parse(notified).plusDays(30), paid == null ? null : LocalDate.parse(paid))
			.update();
		jdbc.sql("""
				insert into case_fee (case_id, mode, quantity, prior_requests_this_month, amount_yuan, explanation)
				values (?, 'PER_REQUEST', 11, 10, ?, '测试')""").params(caseId, yuan).update();
	}

	void extension(UUID caseId, UUID officerId, String on) {
		jdbc.sql("""
				insert into case_extension (case_id, working_days, reason, requested_by, requested_on, approved,
				                            decided_by, decided_on)
				values (?, 10, '测试', ?, ?, true, ?, ?)""")
			.params(caseId, officerId, LocalDate.parse(on), officerId, LocalDate.parse(on))
			.update();
	}

}
