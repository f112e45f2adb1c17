package org.gongkai.disclosure.appeals.handling;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.appeals.Appeal;
import org.gongkai.disclosure.appeals.AppealAccess;
import org.gongkai.disclosure.appeals.history.AppealHistory;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.serving.ServiceMethod;
import org.gongkai.disclosure.serving.ServiceRecord;
import org.gongkai.disclosure.serving.ServiceRecords;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.ids.AppealId;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 送达 of an appeal's documents (行政复议答复书, 行政诉讼答辩状, 举证材料清单) to the 复议机关 or the court: how
 * each was sent and when it was received, with its proof — the same service records as a
 * request's letters (docs/clocks.md, "Service"), each step a history line.
 */
@Service
public class AppealNotices {

	private final AppealAccess access;

	private final ServiceRecords records;

	private final AppealHistory history;

	AppealNotices(AppealAccess access, ServiceRecords records, AppealHistory history) {
		this.access = access;
		this.records = records;
		this.history = history;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CASE_OFFICER', 'HEAD_OF_OFFICE')")
	public ServiceRecord send(GongkaiUser officer, AppealId appealId, LetterKind document, ServiceMethod method,
			String trackingNumber, LocalDate sentOn) {
		Appeal appeal = access.handledBy(officer, appealId);
		if (document == null || !AppealLetters.kindsFor(appeal).contains(document)) {
			throw new Refusal("refusal.appeals.letters.noSuchDocument");
		}
		if (method == ServiceMethod.IN_SYSTEM) {
			throw new Refusal("refusal.appeals.notice.addresseeNotUser", appeal.body());
		}
		ServiceRecord sent = records.sent(appealId.value(), document, appeal.body(), method, trackingNumber, sentOn,
				new ServiceRecords.Actor(officer.id(), officer.displayName()));
		history.append(appealId, officer.id(), officer.displayName(), "DOCUMENT_SENT",
				trackingNumber == null ? Map.of("document", document.name(), "method", method.name()) : Map
					.of("document", document.name(), "method", method.name(), "trackingNumber", sent.trackingNumber()));
		return sent;
	}

	/** The day the 复议机关 or the court received the document, with its proof. */
	@Transactional
	@PreAuthorize("hasAnyRole('CASE_OFFICER', 'HEAD_OF_OFFICE')")
	public ServiceRecord received(GongkaiUser officer, AppealId appealId, UUID recordId, LocalDate receivedOn,
			String proof) {
		access.handledBy(officer, appealId);
		ServiceRecord served = records.received(appealId.value(), recordId, receivedOn, proof, null,
				new ServiceRecords.Actor(officer.id(), officer.displayName()));
		history.append(appealId, officer.id(), officer.displayName(), "DOCUMENT_SERVED",
				Map.of("document", served.document().name(), "receivedOn", served.receivedOn().toString()));
		return served;
	}

	/** The appeal's service history, for whoever may read the appeal. */
	public List<ServiceRecord> history(GongkaiUser user, AppealId appealId) {
		access.visibleTo(user, appealId);
		return records.of(appealId.value());
	}

}
