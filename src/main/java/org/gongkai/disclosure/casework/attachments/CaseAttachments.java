package org.gongkai.disclosure.casework.attachments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.casework.AttachmentNotFoundException;
import org.gongkai.disclosure.casework.CaseAccess;
import org.gongkai.disclosure.casework.CaseNotFoundException;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.IntakeLimits;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to a case by its applicant or its officers, under the same access rule
 * as the case. Stored in the database with their SHA-256; never executed, never served
 * inline.
 */
@Service
public class CaseAttachments {

	private final JdbcClient jdbc;

	private final CaseAccess access;

	private final AuditTrail audit;

	private final IntakeLimits limits;

	CaseAttachments(JdbcClient jdbc, CaseAccess access, AuditTrail audit, IntakeLimits limits) {
		this.limits = limits;
		this.jdbc = jdbc;
		this.access = access;
		this.audit = audit;
	}

	@Transactional
	public Attachment upload(GongkaiUser user, CaseId caseId, Attachment.Purpose purpose, String originalName,
			byte[] content) {
		DisclosureCase found = access.visibleTo(user, caseId);
		if (purpose == null) {
			throw new Refusal("refusal.casework.attachment.choosePurpose");
		}
		AttachmentPolicy.checkName(originalName);
		if (!purpose.material() && purpose != Attachment.Purpose.SERVICE_PROOF) {
			throw new Refusal("refusal.casework.attachment.releasedElsewhere");
		}
		// a proof of service may follow the reply that closed the case
		if (!found.status().isOpen() && purpose != Attachment.Purpose.SERVICE_PROOF) {
			throw new StateRefusal("refusal.casework.attachment.caseClosed");
		}
		String type = AttachmentPolicy.acceptedType(content);
		checkQuotas(found, content.length);
		Attachment attachment = new Attachment(UUID.randomUUID(), caseId, purpose,
				AttachmentPolicy.safeFileName(originalName, type), type, content.length, Sha256.of(content), user.id(),
				Instant.now(), null, null);
		jdbc.sql("""
				insert into attachment (id, case_id, purpose, file_name, media_type, size_bytes, sha256, content,
				                        uploaded_by, uploaded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(attachment.id(), caseId.value(), purpose.name(), attachment.fileName(), type, content.length,
					attachment.sha256(), content, user.id(), OffsetDateTime.now())
			.update();
		audit.record(AuditAction.ATTACHMENT_UPLOADED, "case", caseId, AuditResult.SUCCESS, "%s %s（%d字节，SHA-256 %s）"
			.formatted(purpose.label(), attachment.fileName(), content.length, attachment.sha256()));
		return attachment;
	}

	/**
	 * Per case (files and bytes) and per applicant (bytes over all their cases), as
	 * {@link IntakeLimits} sets them.
	 */
	private void checkQuotas(DisclosureCase found, long adding) {
		record Used(long files, long bytes) {
		}
		Used perCase = jdbc.sql("select count(*), coalesce(sum(size_bytes), 0) from attachment where case_id = ?")
			.param(found.id().value())
			.query((rs, n) -> new Used(rs.getLong(1), rs.getLong(2)))
			.single();
		if (perCase.files() >= limits.filesPerCase()) {
			throw new Refusal("refusal.casework.attachment.tooManyFiles", limits.filesPerCase());
		}
		if (perCase.bytes() + adding > limits.bytesPerCase().toBytes()) {
			throw new Refusal("refusal.casework.attachment.caseTooLarge", limits.bytesPerCase().toMegabytes());
		}
		long perApplicant = jdbc.sql("""
				select coalesce(sum(a.size_bytes), 0) from attachment a
				join disclosure_case c on c.id = a.case_id where c.applicant_id = ?""")
			.param(found.applicantId())
			.query(Long.class)
			.single();
		if (perApplicant + adding > limits.bytesPerApplicant().toBytes()) {
			throw new Refusal("refusal.casework.attachment.applicantTooLarge",
					limits.bytesPerApplicant().toMegabytes());
		}
	}

	public List<Attachment> of(GongkaiUser user, CaseId caseId) {
		access.visibleTo(user, caseId);
		return jdbc.sql("""
				select id, case_id, purpose, file_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at,
				       disclosure, redacted_from
				from attachment
				where case_id = ? and purpose not in ('RELEASED_RECORD', 'REDACTED_RECORD') order by uploaded_at""")
			.param(caseId.value())
			.query(CaseAttachments::map)
			.list();
	}

	/** The file and its metadata, if the user may see its case; 404 otherwise. */
	public Download download(GongkaiUser user, UUID attachmentId) {
		Attachment meta = jdbc.sql("""
				select id, case_id, purpose, file_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at,
				       disclosure, redacted_from
				from attachment where id = ? and purpose not in ('RELEASED_RECORD', 'REDACTED_RECORD')""")
			.param(attachmentId)
			.query(CaseAttachments::map)
			.optional()
			.orElseThrow(() -> new AttachmentNotFoundException(attachmentId));
		try {
			access.visibleTo(user, meta.caseId());
		}
		catch (CaseNotFoundException e) {
			throw new AttachmentNotFoundException(attachmentId);
		}
		byte[] content = jdbc.sql("select content from attachment where id = ?")
			.param(attachmentId)
			.query((rs, n) -> rs.getBytes(1))
			.single();
		audit.recordAlone(AuditAction.ATTACHMENT_READ, "case", meta.caseId(), AuditResult.SUCCESS, meta.fileName());
		return new Download(meta, content);
	}

	static Attachment map(ResultSet rs, int n) throws SQLException {
		String disclosure = rs.getString("disclosure");
		return new Attachment(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
				Attachment.Purpose.valueOf(rs.getString("purpose")), rs.getString("file_name"),
				rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
				rs.getObject("uploaded_by", UUID.class), rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(),
				disclosure == null ? null : Attachment.Disclosure.valueOf(disclosure),
				rs.getObject("redacted_from", UUID.class));
	}

	public record Download(Attachment attachment, byte[] content) {
	}

}
