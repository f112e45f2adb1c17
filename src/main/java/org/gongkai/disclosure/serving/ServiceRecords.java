package org.gongkai.disclosure.serving;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.Texts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service records (送达) of the documents a subject — a case or an appeal — was sent.
 * Who may see or serve a subject's documents is the owning module's decision; this keeps
 * the record and its rules: a posted document has its tracking number, a receipt is never
 * before the sending nor in the future, and an officer's entry of a receipt carries its
 * proof (a scanned 送达回证, a tracking page, a signature); in the system the addressee's own
 * opening of the document is the proof.
 */
@Service
public class ServiceRecords {

	/** The proof of an in-system service: the addressee opened the document. */
	public static final String OPENED_IN_SYSTEM = "受送达人在系统中查阅";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditTrail audit;

	ServiceRecords(JdbcClient jdbc, Clock clock, AuditTrail audit) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * Records that {@code document} was sent to {@code addressee} (null: the applicant)
	 * on {@code sentOn} (null: now; a day before today is entered as its start, Beijing
	 * time).
	 */
	@Transactional
	public ServiceRecord sent(UUID subjectId, LetterKind document, String addressee, ServiceMethod method,
			String trackingNumber, LocalDate sentOn, Actor by) {
		if (document == null) {
			throw new Refusal("refusal.serving.service.chooseDocument");
		}
		if (method == null) {
			throw new Refusal("refusal.serving.service.chooseMethod");
		}
		String tracking = Texts.optional(trackingNumber, "邮件号", 64);
		if (method == ServiceMethod.POST && tracking == null) {
			throw new Refusal("refusal.serving.service.postalNumber");
		}
		LocalDate today = ReplyDeadlines.today(clock);
		if (sentOn != null && sentOn.isAfter(today)) {
			throw new Refusal("refusal.serving.service.sentAfterToday");
		}
		Instant sentAt = sentOn == null || sentOn.equals(today) ? clock.instant()
				: sentOn.atStartOfDay(ReplyDeadlines.ZONE).toInstant();
		UUID id = UUID.randomUUID();
		// the row as stored, in the same statement
		ServiceRecord sent = jdbc.sql("""
				insert into serving_record (id, subject_id, document, addressee, method, tracking_number, sent_at,
				                            sent_by, sent_by_name)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning *""")
			.params(id, subjectId, document.name(), addressee, method.name(), tracking,
					OffsetDateTime.ofInstant(sentAt, ZoneOffset.UTC), by.id(), by.name())
			.query(ServiceRecords::map)
			.single();
		audit.record(AuditAction.DOCUMENT_SENT, "serving", id, AuditResult.SUCCESS,
				document.title() + " " + method.label() + (tracking == null ? "" : " " + tracking));
		return sent;
	}

	/**
	 * An officer records the day the addressee received the document, with its proof: a
	 * scanned 送达回证 (an attachment of the subject) or a written proof (the tracking page,
	 * the signature); for a posted document its tracking number is proof enough.
	 */
	@Transactional
	public ServiceRecord received(UUID subjectId, UUID recordId, LocalDate receivedOn, String proof,
			UUID proofAttachment, Actor by) {
		ServiceRecord record = byId(recordId).filter(r -> r.subjectId().equals(subjectId))
			.orElseThrow(() -> new ServiceRecordNotFoundException(recordId));
		String written = Texts.optional(proof, "送达证明", 500);
		if (written == null && proofAttachment == null && record.trackingNumber() == null) {
			throw new Refusal("refusal.serving.service.proof");
		}
		return receive(record, receivedOn, written, proofAttachment, by);
	}

	/**
	 * The addressee opened {@code document} in the system: every in-system service of it
	 * not yet received is received today.
	 * @return the services received now
	 */
	@Transactional
	public List<ServiceRecord> openedInSystem(UUID subjectId, LetterKind document, Actor by) {
		LocalDate today = ReplyDeadlines.today(clock);
		return of(subjectId).stream()
			.filter(r -> r.document() == document && r.method() == ServiceMethod.IN_SYSTEM && !r.received())
			.map(r -> receive(r, today, OPENED_IN_SYSTEM, null, by))
			.toList();
	}

	/** The subject's services, oldest first. */
	public List<ServiceRecord> of(UUID subjectId) {
		return jdbc.sql("select * from serving_record where subject_id = ? order by sent_at, seq")
			.param(subjectId)
			.query(ServiceRecords::map)
			.list();
	}

	public Optional<ServiceRecord> byId(UUID id) {
		return jdbc.sql("select * from serving_record where id = ?").param(id).query(ServiceRecords::map).optional();
	}

	private ServiceRecord receive(ServiceRecord record, LocalDate receivedOn, String proof, UUID proofAttachment,
			Actor by) {
		if (record.received()) {
			throw new StateRefusal("refusal.serving.service.recorded", record.receivedOn());
		}
		if (receivedOn == null) {
			throw new Refusal("refusal.serving.service.receivedOnRequired");
		}
		LocalDate sentOn = LocalDate.ofInstant(record.sentAt(), ReplyDeadlines.ZONE);
		if (receivedOn.isBefore(sentOn)) {
			throw new Refusal("refusal.serving.service.receivedBeforeSent", sentOn);
		}
		if (receivedOn.isAfter(ReplyDeadlines.today(clock))) {
			throw new Refusal("refusal.serving.service.receivedAfterToday");
		}
		jdbc.sql("""
				update serving_record set received_on = ?, proof = ?, proof_attachment = ?, receipt_by = ?,
				                          receipt_by_name = ?, receipt_at = ?
				where id = ? and received_on is null""")
			.params(receivedOn, proof, proofAttachment, by.id(), by.name(),
					OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), record.id())
			.update();
		audit.record(AuditAction.DOCUMENT_SERVED, "serving", record.id(), AuditResult.SUCCESS,
				record.document().title() + " 于 " + receivedOn + " 送达");
		return byId(record.id()).orElseThrow();
	}

	private static ServiceRecord map(ResultSet rs, int n) throws SQLException {
		OffsetDateTime receiptAt = rs.getObject("receipt_at", OffsetDateTime.class);
		return new ServiceRecord(rs.getObject("id", UUID.class), rs.getObject("subject_id", UUID.class),
				LetterKind.valueOf(rs.getString("document")), rs.getString("addressee"),
				ServiceMethod.valueOf(rs.getString("method")), rs.getString("tracking_number"),
				rs.getObject("sent_at", OffsetDateTime.class).toInstant(), rs.getString("sent_by_name"),
				rs.getObject("received_on", LocalDate.class), rs.getString("proof"),
				rs.getObject("proof_attachment", UUID.class), rs.getString("receipt_by_name"),
				receiptAt == null ? null : receiptAt.toInstant());
	}

	/** Who sent or recorded: an officer, or the addressee opening a document. */
	public record Actor(UUID id, String name) {
	}

}
