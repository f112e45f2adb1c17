package org.gongkai.disclosure.casework.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditLine;
import org.gongkai.disclosure.casework.CaseAccess;
import org.gongkai.disclosure.casework.CaseStatus;
import org.gongkai.disclosure.casework.DeliveryMethod;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.notices.PortalService;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.Texts;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivery (送达) of the reply: recorded automatically for online delivery when the reply
 * is issued, and by an officer for post (with the tracking number), e-mail or collection
 * in person. The delivery date starts the applicant's remedy periods.
 */
@Service
public class CaseDeliveries {

	private final JdbcClient jdbc;

	private final CaseAccess access;

	private final CaseLedger ledger;

	private final Clock clock;

	private final PortalService portal;

	CaseDeliveries(JdbcClient jdbc, CaseAccess access, CaseLedger ledger, Clock clock, PortalService portal) {
		this.jdbc = jdbc;
		this.access = access;
		this.ledger = ledger;
		this.clock = clock;
		this.portal = portal;
	}

	void recordOnline(CaseId id, LocalDate on) {
		insert(id, DeliveryMethod.ONLINE, on, "网上送达：申请人可在线查看和下载答复书", null);
		ledger.append(id, null, CaseLedger.SYSTEM, LedgerAction.DELIVERED, "网上送达",
				Map.of("method", DeliveryMethod.ONLINE.name(), "deliveredOn", on.toString()),
				AuditLine.success(AuditAction.REPLY_DELIVERED, "网上送达 " + on));
		portal.send(id, LetterKind.REPLY);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER')")
	public void record(GongkaiUser officer, CaseId id, DeliveryMethod method, LocalDate on, String detail) {
		DisclosureCase c = access.handledBy(officer, id);
		if (c.status() != CaseStatus.ANSWERED) {
			throw new StateRefusal("refusal.casework.delivery.replyNotIssued");
		}
		if (method == null || on == null) {
			throw new Refusal("refusal.casework.delivery.methodAndDate");
		}
		LocalDate today = ReplyDeadlines.today(clock);
		if (on.isBefore(c.decidedOn()) || on.isAfter(today)) {
			throw new Refusal("refusal.casework.delivery.date");
		}
		if (of(id).isPresent()) {
			throw new StateRefusal("refusal.casework.delivery.recorded");
		}
		String note = Texts.optional(detail, "送达说明（如邮件号）", 300);
		insert(id, method, on, note, officer);
		ledger.append(id, officer.id(), officer.displayName(), LedgerAction.DELIVERED, "送达",
				Map.of("method", method.name(), "deliveredOn", on.toString()),
				AuditLine.success(AuditAction.REPLY_DELIVERED, c.reference() + " " + method.label()));
	}

	public Optional<Delivery> of(CaseId id) {
		return jdbc.sql("select method, delivered_on, detail from case_delivery where case_id = ?")
			.param(id.value())
			.query((rs, n) -> new Delivery(DeliveryMethod.valueOf(rs.getString("method")),
					rs.getObject("delivered_on", LocalDate.class), rs.getString("detail")))
			.optional();
	}

	private void insert(CaseId id, DeliveryMethod method, LocalDate on, String detail, GongkaiUser by) {
		jdbc.sql("""
				insert into case_delivery (case_id, method, delivered_on, detail, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id.value(), method.name(), on, detail, by == null ? null : by.id(), OffsetDateTime.now())
			.update();
	}

	/** How and when the reply reached the applicant. */
	public record Delivery(DeliveryMethod method, LocalDate deliveredOn, String detail) {
	}

}
