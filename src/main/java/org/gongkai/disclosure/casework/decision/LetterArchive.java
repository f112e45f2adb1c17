package org.gongkai.disclosure.casework.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gongkai.disclosure.casework.attachments.Sha256;
import org.gongkai.disclosure.documents.Letter;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The issued letters ({@code case_letter}, append-only): each version's PDF and .docx
 * exactly as rendered when it was issued.
 */
@Repository
class LetterArchive {

	private static final String COLUMNS = """
			id, case_id, kind, version, document_number, letter_date, issued_at, replaces, correction_reason,
			pdf_sha256, docx_sha256""";

	private final JdbcClient jdbc;

	LetterArchive(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores {@code letter} as the next version of its kind for the case; a later version
	 * replaces the latest one.
	 */
	IssuedLetter store(CaseId caseId, Letter letter, byte[] pdf, byte[] docx, UUID issuedBy, String reason) {
		Optional<IssuedLetter> previous = latest(caseId, letter.kind());
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		IssuedLetter issued = new IssuedLetter(UUID.randomUUID(), caseId, letter.kind(),
				previous.map(p -> p.version() + 1).orElse(1), letter.documentNumber(), letter.date(), now.toInstant(),
				previous.map(IssuedLetter::id).orElse(null), reason, Sha256.of(pdf), Sha256.of(docx));
		jdbc.sql("""
				insert into case_letter (id, case_id, kind, version, document_number, letter_date, issued_at, issued_by,
				                         replaces, correction_reason, pdf, pdf_sha256, docx, docx_sha256)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(issued.id(), caseId.value(), letter.kind().name(), issued.version(), issued.documentNumber(),
					issued.letterDate(), now, issuedBy, issued.replaces(), reason, pdf, issued.pdfSha256(), docx,
					issued.docxSha256())
			.update();
		return issued;
	}

	List<IssuedLetter> of(CaseId caseId) {
		return jdbc.sql("select " + COLUMNS + " from case_letter where case_id = ? order by issued_at, version")
			.param(caseId.value())
			.query(LetterArchive::map)
			.list();
	}

	Optional<IssuedLetter> latest(CaseId caseId, LetterKind kind) {
		return jdbc
			.sql("select " + COLUMNS + " from case_letter where case_id = ? and kind = ? order by version desc limit 1")
			.params(caseId.value(), kind.name())
			.query(LetterArchive::map)
			.optional();
	}

	Optional<IssuedLetter> version(CaseId caseId, LetterKind kind, int version) {
		return jdbc.sql("select " + COLUMNS + " from case_letter where case_id = ? and kind = ? and version = ?")
			.params(caseId.value(), kind.name(), version)
			.query(LetterArchive::map)
			.optional();
	}

	/** The stored bytes of {@code letter} as {@code pdf} or {@code docx}. */
	byte[] content(IssuedLetter letter, String format) {
		String column = switch (format == null ? "" : format) {
			case "pdf" -> "pdf";
			case "docx" -> "docx";
			default -> throw new Refusal("refusal.casework.letters.format");
		};
		return jdbc.sql("select " + column + " from case_letter where id = ?")
			.param(letter.id())
			.query((rs, n) -> rs.getBytes(1))
			.single();
	}

	private static IssuedLetter map(ResultSet rs, int n) throws SQLException {
		return new IssuedLetter(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
				LetterKind.valueOf(rs.getString("kind")), rs.getInt("version"), rs.getString("document_number"),
				rs.getObject("letter_date", LocalDate.class),
				rs.getObject("issued_at", OffsetDateTime.class).toInstant(), rs.getObject("replaces", UUID.class),
				rs.getString("correction_reason"), rs.getString("pdf_sha256"), rs.getString("docx_sha256"));
	}

}
