package org.gongkai.disclosure.casework.notices;

import java.util.Map;

import org.gongkai.disclosure.casework.Channel;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.serving.ServiceMethod;
import org.gongkai.disclosure.serving.ServiceRecord;
import org.gongkai.disclosure.serving.ServiceRecords;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.stereotype.Component;

/**
 * Service in the system: an applicant who filed online chose the portal, so every letter
 * addressed to the applicant is sent to the applicant's case page as it is issued, and is
 * received when the applicant opens it there (docs/clocks.md, "Service"). An applicant
 * who filed on paper is served by the officers, who record how.
 */
@Component
public class PortalService {

	private final ServiceRecords records;

	private final CaseLedger ledger;

	PortalService(ServiceRecords records, CaseLedger ledger) {
		this.records = records;
		this.ledger = ledger;
	}

	/**
	 * Sends {@code document} to the applicant's case page if the request was filed
	 * online; nothing otherwise.
	 */
	public void issued(DisclosureCase c, LetterKind document) {
		if (c.channel() == Channel.ONLINE) {
			send(c.id(), document);
		}
	}

	/**
	 * Sends {@code document} to the applicant's case page (the 答复书 the applicant chose to
	 * receive online).
	 */
	public ServiceRecord send(CaseId id, LetterKind document) {
		ServiceRecord sent = records.sent(id.value(), document, null, ServiceMethod.IN_SYSTEM, null, null,
				new ServiceRecords.Actor(null, CaseLedger.SYSTEM));
		ledger.append(id, null, CaseLedger.SYSTEM, LedgerAction.DOCUMENT_SENT, document.title(),
				Map.of("document", document.name(), "method", sent.method().name()));
		return sent;
	}

}
