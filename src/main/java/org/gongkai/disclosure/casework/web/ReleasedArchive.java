package org.gongkai.disclosure.casework.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.casework.CaseAccess;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.attachments.Attachment;
import org.gongkai.disclosure.casework.attachments.ReleasedRecords;
import org.gongkai.disclosure.casework.attachments.Sha256;
import org.gongkai.disclosure.casework.decision.CaseLetters;
import org.gongkai.disclosure.casework.decision.IssuedLetter;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.documents.RenderedLetter;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.stereotype.Component;

/**
 * The reply with its released records as one ZIP: the 答复书 as issued (its frozen PDF),
 * each released file, and {@value #MANIFEST} listing every file with its size and
 * SHA-256, so the applicant (or a court) can check each one. Files are copied into the
 * archive slice by slice; stored entries are not compressed again (PDFs, images and
 * Office files are compressed already).
 */
@Component
class ReleasedArchive {

	static final String MANIFEST = "清单.txt";

	private final ReleasedRecords records;

	private final CaseLetters letters;

	private final CaseAccess access;

	ReleasedArchive(ReleasedRecords records, CaseLetters letters, CaseAccess access) {
		this.records = records;
		this.letters = letters;
		this.access = access;
	}

	/**
	 * What goes into the archive for {@code user}: the applicant once the reply is issued
	 * (before that, a clear refusal); officers also before, to check what will be sent.
	 */
	Contents contents(GongkaiUser user, CaseId id) {
		List<Attachment> files = records.of(user, id).stream().filter(Attachment::released).toList();
		DisclosureCase c = access.visibleTo(user, id);
		if (user.role() == Role.APPLICANT && !ReleasedRecords.replyIssued(c)) {
			throw new StateRefusal("refusal.casework.released.notYetIssued");
		}
		Optional<IssuedLetter> reply = letters.issued(user, id)
			.stream()
			.filter(l -> l.kind() == LetterKind.REPLY)
			.reduce((first, later) -> later);
		RenderedLetter replyPdf = reply.isPresent() ? letters.render(user, id, LetterKind.REPLY, "pdf") : null;
		return new Contents(c.reference(), reply.orElse(null), replyPdf, files);
	}

	void write(Contents contents, OutputStream target) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
		Set<String> names = new HashSet<>();
		List<String> manifest = new ArrayList<>();
		manifest.add("申请编号：" + contents.reference());
		if (contents.reply() != null) {
			String name = unique(names, contents.replyPdf().fileName());
			zip.putNextEntry(new ZipEntry(name));
			zip.write(contents.replyPdf().content());
			zip.closeEntry();
			manifest.add("答复书：" + contents.reply().documentNumber() + "（第" + contents.reply().version() + "版）");
			manifest.add("");
			manifest.add("序号\t文件名\t公开方式\t字节数\tSHA-256");
			manifest.add("1\t" + name + "\t答复书\t" + contents.replyPdf().content().length + "\t"
					+ Sha256.of(contents.replyPdf().content()));
		}
		else {
			manifest.add("答复书：尚未出具");
			manifest.add("");
			manifest.add("序号\t文件名\t公开方式\t字节数\tSHA-256");
		}
		int row = contents.reply() != null ? 1 : 0;
		for (Attachment file : contents.files()) {
			String name = unique(names, file.fileName());
			zip.putNextEntry(new ZipEntry(name));
			records.copy(file, zip);
			zip.closeEntry();
			manifest.add(++row + "\t" + name + "\t" + file.disclosureLabel() + "\t" + file.sizeBytes() + "\t"
					+ file.sha256());
		}
		zip.putNextEntry(new ZipEntry(MANIFEST));
		zip.write((String.join("\r\n", manifest) + "\r\n").getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
		zip.finish();
	}

	/** Two files of the same name in one archive: the later one is numbered. */
	private static String unique(Set<String> taken, String name) {
		String candidate = name;
		for (int i = 2; !taken.add(candidate); i++) {
			int dot = name.lastIndexOf('.');
			candidate = dot > 0 ? name.substring(0, dot) + "(" + i + ")" + name.substring(dot) : name + "(" + i + ")";
		}
		return candidate;
	}

	record Contents(String reference, IssuedLetter reply, RenderedLetter replyPdf, List<Attachment> files) {

		String fileName() {
			return "政府信息公开-" + reference + ".zip";
		}

	}

}
