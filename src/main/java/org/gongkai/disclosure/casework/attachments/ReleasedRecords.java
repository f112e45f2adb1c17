package org.gongkai.disclosure.casework.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.casework.AttachmentNotFoundException;
import org.gongkai.disclosure.casework.CaseAccess;
import org.gongkai.disclosure.casework.CaseNotFoundException;
import org.gongkai.disclosure.casework.CaseStatus;
import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.attachments.Attachment.Disclosure;
import org.gongkai.disclosure.casework.attachments.Attachment.Purpose;
import org.gongkai.disclosure.casework.routing.CaseRoutings;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.ids.AgencyId;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.SqlBinaryValue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The released records: the government information a reply discloses (《条例》第三十六条第（二）项),
 * attached by the case officers or by a department answering a routing, each marked 公开 or
 * 部分公开. They belong to the decision: attached and removed while the case is being
 * handled, fixed once the draft goes to review, so the reviewer and the head approve what
 * will be sent. The applicant receives the records disclosed in full and the redacted
 * copies of the partly disclosed ones, and only once the reply is issued; the originals
 * of partly disclosed records stay with the officers.
 *
 * <p>
 * Files are streamed both ways: read from the upload's temporary file to hash, sniff and
 * store, and read back in {@value #SLICE}-byte slices — never whole in the heap.
 */
@Service
public class ReleasedRecords {

	static final int SLICE = 1024 * 1024;

	static final String COLUMNS = """
			id, case_id, purpose, file_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at, disclosure,
			redacted_from""";

	private final JdbcClient jdbc;

	private final Cases cases;

	private final CaseAccess access;

	private final CaseRoutings routings;

	private final AuditTrail audit;

	ReleasedRecords(JdbcClient jdbc, Cases cases, CaseAccess access, CaseRoutings routings, AuditTrail audit) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.access = access;
		this.routings = routings;
		this.audit = audit;
	}

	/**
	 * Attaches a file to be disclosed. A partly disclosed record must be a PDF: its
	 * withheld content is removed in the browser ({@link Redactions}).
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('CASE_OFFICER', 'HEAD_OF_OFFICE')")
	public Attachment attach(GongkaiUser user, CaseId id, Disclosure disclosure, String originalName, long size,
			InputStreamSource file) throws IOException {
		DisclosureCase c = workedOnBy(user, id);
		requireEditable(c);
		if (disclosure == null) {
			throw new Refusal("refusal.casework.released.chooseDisclosure");
		}
		String type = ReleasedRecordPolicy.acceptedType(file, originalName, size);
		if (disclosure == Disclosure.PARTIAL && !ReleasedRecordPolicy.PDF.equals(type)) {
			throw new Refusal("refusal.casework.released.partlyNeedsPdf");
		}
		long count = jdbc.sql("select count(*) from attachment where case_id = ? and purpose = 'RELEASED_RECORD'")
			.param(id.value())
			.query(Long.class)
			.single();
		if (count >= ReleasedRecordPolicy.MAX_FILES) {
			throw new Refusal("refusal.casework.released.tooMany", ReleasedRecordPolicy.MAX_FILES);
		}
		String sha256;
		try (InputStream in = file.getInputStream()) {
			sha256 = Sha256.of(in);
		}
		Attachment record = new Attachment(UUID.randomUUID(), id, Purpose.RELEASED_RECORD,
				ReleasedRecordPolicy.safeFileName(originalName, type), type, size, sha256, user.id(), Instant.now(),
				disclosure, null);
		insert(record, new SqlBinaryValue(file, size), user.agencyId());
		audit.record(AuditAction.RELEASED_RECORD_ATTACHED, "case", id, AuditResult.SUCCESS,
				"%s %s（%d字节，SHA-256 %s）".formatted(disclosure.label(), record.fileName(), size, sha256));
		return record;
	}

	/**
	 * Removes a record (and its redacted copy and boxes) while the decision is still
	 * being prepared.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('CASE_OFFICER', 'HEAD_OF_OFFICE')")
	public void remove(GongkaiUser user, CaseId id, UUID recordId) {
		DisclosureCase c = workedOnBy(user, id);
		requireEditable(c);
		Attachment record = byId(id, recordId);
		if (record.purpose() != Purpose.RELEASED_RECORD) {
			throw new Refusal("refusal.casework.released.redactedFollowsOriginal");
		}
		jdbc.sql("delete from attachment where redacted_from = ?").param(recordId).update();
		jdbc.sql("delete from attachment where id = ?").param(recordId).update();
		audit.record(AuditAction.RELEASED_RECORD_REMOVED, "case", id, AuditResult.SUCCESS,
				record.fileName() + "（SHA-256 " + record.sha256() + "）");
	}

	/**
	 * The records {@code user} may see: all of them for the case's officers and the
	 * departments it is routed to; for the applicant, what is released, once the reply is
	 * issued.
	 */
	@Transactional(readOnly = true)
	public List<Attachment> of(GongkaiUser user, CaseId id) {
		boolean applicant = user.role() == Role.APPLICANT;
		DisclosureCase c = applicant ? access.visibleTo(user, id) : workedOnBy(user, id);
		List<Attachment> all = all(id);
		if (!applicant) {
			return all;
		}
		return replyIssued(c) ? all.stream().filter(Attachment::released).toList() : List.of();
	}

	/**
	 * The files the applicant receives with the reply, read by the system when it issues
	 * the reply (no user, no access check).
	 */
	public List<Attachment> releasedWith(CaseId id) {
		return all(id).stream().filter(Attachment::released).toList();
	}

	/** Every record of the case, for the case's own use (the decision, the redaction). */
	List<Attachment> all(CaseId id) {
		return jdbc
			.sql("select " + COLUMNS + " from attachment where case_id = ? and purpose in "
					+ "('RELEASED_RECORD', 'REDACTED_RECORD') order by uploaded_at, file_name")
			.param(id.value())
			.query(CaseAttachments::map)
			.list();
	}

	/**
	 * One record, if {@code user} may see it (as {@link #of}); a record they may not see
	 * is as missing as one that does not exist. The read is audited.
	 */
	@Transactional(readOnly = true)
	public Attachment open(GongkaiUser user, CaseId id, UUID recordId) {
		Attachment record;
		try {
			record = of(user, id).stream()
				.filter(a -> a.id().equals(recordId))
				.findFirst()
				.orElseThrow(() -> new AttachmentNotFoundException(recordId));
		}
		catch (CaseNotFoundException e) {
			throw new AttachmentNotFoundException(recordId);
		}
		audit.recordAlone(AuditAction.RELEASED_RECORD_READ, "case", id, AuditResult.SUCCESS, record.fileName());
		return record;
	}

	/** Writes the content of {@code record} to {@code out}, one slice at a time. */
	public void copy(Attachment record, OutputStream out) throws IOException {
		for (long offset = 0; offset < record.sizeBytes(); offset += SLICE) {
			byte[] slice = jdbc.sql("select substring(content from ? for ?) from attachment where id = ?")
				.params(Math.toIntExact(offset + 1), SLICE, record.id())
				.query((rs, n) -> rs.getBytes(1))
				.single();
			out.write(slice);
		}
	}

	/**
	 * Whether the applicant may receive the records: the reply has been issued (《条例》
	 * 第三十六条第（二）项: 向申请人提供该政府信息).
	 */
	public static boolean replyIssued(DisclosureCase c) {
		return c.status() == CaseStatus.ANSWERED;
	}

	/** Whether {@code user} may attach and remove records of the case now. */
	public boolean editableBy(GongkaiUser user, CaseId id) {
		if (user.role() != Role.CASE_OFFICER && user.role() != Role.HEAD_OF_OFFICE) {
			return false;
		}
		return editable(workedOnBy(user, id));
	}

	Attachment byId(CaseId id, UUID recordId) {
		return jdbc
			.sql("select " + COLUMNS + " from attachment where id = ? and case_id = ? and purpose in "
					+ "('RELEASED_RECORD', 'REDACTED_RECORD')")
			.params(recordId, id.value())
			.query(CaseAttachments::map)
			.optional()
			.orElseThrow(() -> new AttachmentNotFoundException(recordId));
	}

	/**
	 * Stores the redacted copy of {@code original} ({@code size} bytes read from
	 * {@code pdf}), replacing an earlier one.
	 */
	Attachment storeRedacted(GongkaiUser user, Attachment original, InputStreamSource pdf, long size)
			throws IOException {
		jdbc.sql("delete from attachment where redacted_from = ?").param(original.id()).update();
		String name = original.fileName().replaceAll("\\.pdf$", "") + "_部分公开.pdf";
		String sha256;
		try (InputStream in = pdf.getInputStream()) {
			sha256 = Sha256.of(in);
		}
		Attachment redacted = new Attachment(UUID.randomUUID(), original.caseId(), Purpose.REDACTED_RECORD, name,
				ReleasedRecordPolicy.PDF, size, sha256, user.id(), Instant.now(), null, original.id());
		insert(redacted, new SqlBinaryValue(pdf, size), user.agencyId());
		return redacted;
	}

	/**
	 * The case, if {@code user} works on it: a case handler of its agency, or a case
	 * officer or head of a department it is routed to (the current round).
	 */
	DisclosureCase workedOnBy(GongkaiUser user, CaseId id) {
		routings.routedView(user, id);
		return cases.byId(id).orElseThrow(() -> new CaseNotFoundException(id));
	}

	/**
	 * Records belong to the decision: they change until the draft goes to review, so the
	 * reviewer and the head approve the files that will be sent.
	 */
	static boolean editable(DisclosureCase c) {
		return c.status().isOpen() && c.status() != CaseStatus.UNDER_REVIEW
				&& c.status() != CaseStatus.AWAITING_SIGN_OFF;
	}

	static void requireEditable(DisclosureCase c) {
		if (!editable(c)) {
			throw new StateRefusal("refusal.casework.released.locked");
		}
	}

	private void insert(Attachment a, SqlBinaryValue content, AgencyId agencyId) {
		jdbc.sql("""
				insert into attachment (id, case_id, purpose, file_name, media_type, size_bytes, sha256, content,
				                        uploaded_by, uploaded_at, disclosure, redacted_from, uploaded_by_agency)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(a.id(), a.caseId().value(), a.purpose().name(), a.fileName(), a.mediaType(), a.sizeBytes(),
					a.sha256(), content, a.uploadedBy(), OffsetDateTime.now(),
					a.disclosure() == null ? null : a.disclosure().name(), a.redactedFrom(),
					agencyId == null ? null : agencyId.value())
			.update();
	}

}
