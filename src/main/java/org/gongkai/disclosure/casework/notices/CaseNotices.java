package org.gongkai.disclosure.casework.notices;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gongkai.disclosure.accounts.Accounts;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.CaseAccess;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.attachments.Attachment;
import org.gongkai.disclosure.casework.attachments.CaseAttachments;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.process.DisclosureRequestWorkflow;
import org.gongkai.disclosure.casework.stops.ClockStop;
import org.gongkai.disclosure.casework.stops.ClockStops;
import org.gongkai.disclosure.casework.views.CaseViews;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.serving.ServiceMethod;
import org.gongkai.disclosure.serving.ServiceRecord;
import org.gongkai.disclosure.serving.ServiceRecords.Actor;
import org.gongkai.disclosure.serving.ServiceRecords;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service (送达) of the letters a case's office issued: the officer records how each
 * was sent (in the system, e-mail, SMS link, post with its tracking number, in person,
 * other) and, with its proof, the day its addressee received it; a letter served in the
 * system is received when the applicant opens it there. Each step is a ledger line. The
 * receipt is what starts the window a notice sets (docs/clocks.md, "Service").
 */
@Service
public class CaseNotices {

	private final CaseAccess access;

	private final CaseViews views;

	private final ServiceRecords records;

	private final CaseAttachments attachments;

	private final CaseLedger ledger;

	private final Accounts accounts;

	private final ClockStops stops;

	private final DisclosureRequestWorkflow workflow;

	private final ReplyDeadlines deadlines;

	CaseNotices(CaseAccess access, CaseViews views, ServiceRecords records, CaseAttachments attachments,
			CaseLedger ledger, Accounts accounts, ClockStops stops, DisclosureRequestWorkflow workflow,
			ReplyDeadlines deadlines) {
		this.access = access;
		this.views = views;
		this.records = records;
		this.attachments = attachments;
		this.ledger = ledger;
		this.accounts = accounts;
		this.stops = stops;
		this.workflow = workflow;
		this.deadlines = deadlines;
	}

	/**
	 * Records that one of the case's issued letters was sent to its addressee (the
	 * applicant, or for the 征求意见书 and the 决定告知书 the consulted party).
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER')")
	public ServiceRecord send(GongkaiUser officer, CaseId id, LetterKind document, ServiceMethod method,
			String trackingNumber, LocalDate sentOn) {
		access.handledBy(officer, id);
		CaseViews.CaseDetail detail = views.detail(officer, id);
		if (document == null) {
			throw new Refusal("refusal.casework.notice.chooseDocument");
		}
		if (!detail.issuedLetters().contains(document)) {
			throw new StateRefusal("refusal.casework.notice.notIssued", document.title());
		}
		String addressee = addressee(detail, document);
		if (addressee != null && method == ServiceMethod.IN_SYSTEM) {
			throw new Refusal("refusal.casework.notice.addresseeNotUser", addressee);
		}
		if (method == ServiceMethod.IN_SYSTEM && !accounts.hasLogin(detail.theCase().applicantId())) {
			throw new Refusal("refusal.casework.notice.applicantNoAccount");
		}
		ServiceRecord sent = records.sent(id.value(), document, addressee, method, trackingNumber, sentOn,
				actor(officer));
		ledger.append(id, officer.id(), officer.displayName(), LedgerAction.DOCUMENT_SENT, document.title(),
				details(sent));
		return sent;
	}

	/**
	 * The officer records the day the addressee received the letter, with its proof: a
	 * scanned 送达回证 (kept with the case as a {@code SERVICE_PROOF} attachment) and/or a
	 * written proof (the tracking page's address, who signed).
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER')")
	public ServiceRecord received(GongkaiUser officer, CaseId id, UUID recordId, Receipt receipt) {
		DisclosureCase c = access.handledBy(officer, id);
		UUID scan = null;
		if (receipt.scan() != null && receipt.scan().length > 0) {
			scan = attachments.upload(officer, id, Attachment.Purpose.SERVICE_PROOF, receipt.scanName(), receipt.scan())
				.id();
		}
		ServiceRecord served = records.received(id.value(), recordId, receipt.receivedOn(), receipt.proof(), scan,
				actor(officer));
		ledger.append(id, officer.id(), officer.displayName(), LedgerAction.DOCUMENT_SERVED, served.document().title(),
				details(served));
		afterReceipt(c, served);
		return served;
	}

	/**
	 * The applicant opened {@code document} in the system: its in-system service is
	 * received today. Officers opening a letter serve nothing.
	 */
	@Transactional
	public void opened(GongkaiUser user, CaseId id, LetterKind document) {
		DisclosureCase c = access.visibleTo(user, id);
		if (user.role().isOfficer() || !c.belongsTo(user.applicantId())) {
			return;
		}
		for (ServiceRecord served : records.openedInSystem(id.value(), document,
				new Actor(user.id(), user.displayName()))) {
			ledger.append(id, user.id(), user.displayName(), LedgerAction.DOCUMENT_SERVED, served.document().title(),
					details(served));
			afterReceipt(c, served);
		}
	}

	/**
	 * What a receipt sets going: the window its notice opens starts on the day of receipt
	 * (条例 arts 30, 32, 34; 国办函〔2020〕109号), and the case's timers follow; an extension
	 * notice received after the unextended deadline is marked late (条例 art 33 ¶2: the
	 * applicant is to be told within the period — a fact recorded, not refused; see
	 * docs/clocks.md).
	 */
	private void afterReceipt(DisclosureCase c, ServiceRecord served) {
		ClockStop.Kind.openedBy(served.document())
			.flatMap(kind -> stops.served(c.id(), kind, served.receivedOn()))
			.ifPresent(window -> {
				ledger.append(c.id(), null, CaseLedger.SYSTEM, LedgerAction.WINDOW_STARTED, window.kind().rule(),
						Map.of("kind", window.kind().name(), "servedOn", window.servedOn().toString(), "dueOn",
								window.dueOn().toString(), "workingDays", window.workingDays().toString()));
				workflow.recalculateTimers(c.reference());
			});
		if (served.document() == LetterKind.EXTENSION_NOTICE) {
			LocalDate unextended = deadlines.unextendedDueDate(c.id().value()).date();
			if (unextended != null && served.receivedOn().isAfter(unextended)) {
				ledger.append(c.id(), null, CaseLedger.SYSTEM, LedgerAction.EXTENSION_SERVED_LATE, "《条例》第三十三条第二款",
						Map.of("receivedOn", served.receivedOn().toString(), "unextendedDueOn", unextended.toString()));
			}
		}
	}

	/** The case's service history as {@code user} may see it. */
	public List<ServiceRecord> history(GongkaiUser user, CaseId id) {
		access.visibleTo(user, id);
		return records.of(id.value()).stream().filter(r -> user.role().isOfficer() || r.addressee() == null).toList();
	}

	private static String addressee(CaseViews.CaseDetail detail, LetterKind document) {
		return switch (document) {
			case CONSULTATION_LETTER, THIRD_PARTY_NOTICE -> detail.consultation().partyName();
			default -> null;
		};
	}

	private static Map<String, String> details(ServiceRecord r) {
		Map<String, String> details = new LinkedHashMap<>();
		details.put("document", r.document().name());
		details.put("method", r.method().name());
		if (r.trackingNumber() != null) {
			details.put("trackingNumber", r.trackingNumber());
		}
		if (r.receivedOn() != null) {
			details.put("receivedOn", r.receivedOn().toString());
		}
		return details;
	}

	private static Actor actor(GongkaiUser user) {
		return new Actor(user.id(), user.displayName());
	}

	/**
	 * What the officer enters for a receipt: the day, a written proof, a scan (optional
	 * each, but one proof is needed).
	 */
	public record Receipt(LocalDate receivedOn, String proof, String scanName, byte[] scan) {
	}

}
