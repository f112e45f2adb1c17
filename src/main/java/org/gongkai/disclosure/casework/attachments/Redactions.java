package org.gongkai.disclosure.casework.attachments;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.WithheldPart;
import org.gongkai.disclosure.casework.attachments.Attachment.Disclosure;
import org.gongkai.disclosure.casework.attachments.Attachment.Purpose;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Redaction of partly disclosed records (《条例》第三十七条: 对不应当公开的内容作区分处理后公开): the officer draws
 * boxes on the pages of the original PDF, each with its 不予公开 ground and reason; the
 * server removes what lies under them ({@link PdfRedactor}) and keeps the result as the
 * record's redacted copy, the one the applicant receives. The boxes are the case's
 * withheld parts for its records ({@link #withheldParts(CaseId)}): the draft takes them
 * from here, so the 部分公开 outcome, the reasons paragraph of the 答复书 and the report follow
 * without a second entry.
 */
@Service
public class Redactions {

	static final int MAX_BOXES = 500;

	private final JdbcClient jdbc;

	private final ReleasedRecords records;

	private final AuditTrail audit;

	Redactions(JdbcClient jdbc, ReleasedRecords records, AuditTrail audit) {
		this.jdbc = jdbc;
		this.records = records;
		this.audit = audit;
	}

	/** The boxes drawn on a partly disclosed record, for the redaction page. */
	@Transactional(readOnly = true)
	public List<RedactionBox> boxes(GongkaiUser user, CaseId id, UUID recordId) {
		records.workedOnBy(user, id);
		partlyDisclosed(id, recordId);
		return boxesOf(recordId);
	}

	/**
	 * Redacts the record with {@code boxes} (replacing any earlier boxes and redacted
	 * copy) and returns the redacted copy.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('CASE_OFFICER', 'HEAD_OF_OFFICE')")
	public Attachment redact(GongkaiUser user, CaseId id, UUID recordId, List<RedactionBox> boxes) {
		DisclosureCase c = records.workedOnBy(user, id);
		ReleasedRecords.requireEditable(c);
		Attachment original = partlyDisclosed(id, recordId);
		if (boxes == null || boxes.isEmpty()) {
			throw new Refusal("refusal.casework.redaction.atLeastOneBox");
		}
		if (boxes.size() > MAX_BOXES) {
			throw new Refusal("refusal.casework.redaction.tooManyBoxes", MAX_BOXES);
		}
		Attachment redacted = withTemporaryFiles((source, target) -> {
			try (OutputStream out = Files.newOutputStream(source)) {
				records.copy(original, out);
			}
			try {
				PdfRedactor.redact(source, target, boxes);
			}
			catch (InvalidPasswordException e) {
				throw new Refusal("refusal.casework.redaction.encrypted");
			}
			return records.storeRedacted(user, original, new FileSystemResource(target), Files.size(target));
		});
		jdbc.sql("delete from case_redaction_box where attachment_id = ?").param(recordId).update();
		for (int i = 0; i < boxes.size(); i++) {
			RedactionBox box = boxes.get(i);
			jdbc.sql("""
					insert into case_redaction_box (attachment_id, position, page, x, y, width, height, ground, reason)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(recordId, i + 1, box.page(), box.x(), box.y(), box.width(), box.height(), box.ground().name(),
						box.reason())
				.update();
		}
		audit.record(AuditAction.RECORD_REDACTED, "case", id, AuditResult.SUCCESS, "%s 遮盖%d处，公开版本 %s（SHA-256 %s）"
			.formatted(original.fileName(), boxes.size(), redacted.fileName(), redacted.sha256()));
		return redacted;
	}

	/**
	 * The withheld parts that follow from the boxes of the case's records: one per
	 * record, ground and reason, naming the pages, e.g. {@code 《合同.pdf》第2、5页遮盖处（共3处）}.
	 */
	public List<WithheldPart> withheldParts(CaseId id) {
		record Row(String file, int page, Outcome ground, String reason) {
		}
		List<Row> rows = jdbc.sql("""
				select a.file_name, b.page, b.ground, b.reason
				from case_redaction_box b join attachment a on a.id = b.attachment_id
				where a.case_id = ?
				order by a.uploaded_at, a.file_name, b.position""")
			.param(id.value())
			.query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), Outcome.valueOf(rs.getString(3)), rs.getString(4)))
			.list();
		Map<List<Object>, List<Row>> groups = rows.stream()
			.collect(Collectors.groupingBy(r -> List.of(r.file(), r.ground(), r.reason()), LinkedHashMap::new,
					Collectors.toList()));
		List<WithheldPart> parts = new ArrayList<>();
		groups.forEach((key, boxes) -> {
			TreeSet<Integer> pages = boxes.stream().map(Row::page).collect(Collectors.toCollection(TreeSet::new));
			String pageList = pages.size() <= 20
					? "第" + pages.stream().map(String::valueOf).collect(Collectors.joining("、")) + "页"
					: pages.size() + "页";
			parts.add(new WithheldPart("《" + boxes.get(0).file() + "》" + pageList + "遮盖处（共" + boxes.size() + "处）",
					boxes.get(0).ground(), boxes.get(0).reason()));
		});
		return parts;
	}

	/** The names of the records marked 部分公开 that have no redacted copy yet. */
	public List<String> unredacted(CaseId id) {
		return jdbc.sql("""
				select o.file_name from attachment o
				where o.case_id = ? and o.purpose = 'RELEASED_RECORD' and o.disclosure = 'PARTIAL'
				  and not exists (select 1 from attachment r where r.redacted_from = o.id)
				order by o.uploaded_at, o.file_name""").param(id.value()).query(String.class).list();
	}

	private Attachment partlyDisclosed(CaseId id, UUID recordId) {
		Attachment original = records.byId(id, recordId);
		if (original.purpose() != Purpose.RELEASED_RECORD || original.disclosure() != Disclosure.PARTIAL) {
			throw new Refusal("refusal.casework.redaction.onlyPartly");
		}
		return original;
	}

	private List<RedactionBox> boxesOf(UUID recordId) {
		return jdbc.sql("""
				select page, x, y, width, height, ground, reason from case_redaction_box
				where attachment_id = ? order by position""")
			.param(recordId)
			.query((rs, n) -> new RedactionBox(rs.getInt("page"), rs.getDouble("x"), rs.getDouble("y"),
					rs.getDouble("width"), rs.getDouble("height"), Outcome.valueOf(rs.getString("ground")),
					rs.getString("reason")))
			.list();
	}

	/**
	 * Runs {@code work} with two temporary files, deleted afterwards whatever happens.
	 */
	private static <T> T withTemporaryFiles(TemporaryFilesWork<T> work) {
		Path source = null;
		Path target = null;
		try {
			source = Files.createTempFile("gongkai-original-", ".pdf");
			target = Files.createTempFile("gongkai-redacted-", ".pdf");
			return work.run(source, target);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			deleteQuietly(source);
			deleteQuietly(target);
		}
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			file.toFile().delete();
		}
	}

	@FunctionalInterface
	private interface TemporaryFilesWork<T> {

		T run(Path source, Path target) throws IOException;

	}

}
