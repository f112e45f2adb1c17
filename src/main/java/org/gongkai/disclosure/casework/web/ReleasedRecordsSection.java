package org.gongkai.disclosure.casework.web;

import java.util.List;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.casework.CasePageSection;
import org.gongkai.disclosure.casework.attachments.Attachment;
import org.gongkai.disclosure.casework.attachments.ReleasedRecordPolicy;
import org.gongkai.disclosure.casework.attachments.ReleasedRecords;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The released records on the case pages: for officers the files with upload, removal,
 * redaction and the printable list; for the applicant, once the reply is issued, the
 * files and the archive.
 */
@Component
@Order(0)
class ReleasedRecordsSection implements CasePageSection {

	private final ReleasedRecords records;

	ReleasedRecordsSection(ReleasedRecords records) {
		this.records = records;
	}

	@Override
	public String template() {
		return "released/fragments";
	}

	@Override
	public String fragment() {
		return "records";
	}

	@Override
	public Content content(GongkaiUser user, CaseId caseId) {
		boolean applicant = user.role() == Role.APPLICANT;
		return new Content(records.of(user, caseId), !applicant && records.editableBy(user, caseId),
				Attachment.Disclosure.values(), ReleasedRecordPolicy.MAX_BYTES / 1024 / 1024, false);
	}

	/** The same for a department answering a routing, on its routed page. */
	Content forDepartment(GongkaiUser officer, CaseId caseId) {
		return new Content(records.of(officer, caseId), records.editableBy(officer, caseId),
				Attachment.Disclosure.values(), ReleasedRecordPolicy.MAX_BYTES / 1024 / 1024, true);
	}

	/** What the section shows. */
	record Content(List<Attachment> files, boolean editable, Attachment.Disclosure[] disclosures, long maxMegabytes,
			boolean department) {

		/** Whether an original marked 部分公开 already has its redacted copy. */
		public boolean redacted(Attachment original) {
			return files.stream().anyMatch(f -> original.id().equals(f.redactedFrom()));
		}

	}

}
