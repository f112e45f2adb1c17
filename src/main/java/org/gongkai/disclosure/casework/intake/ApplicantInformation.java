package org.gongkai.disclosure.casework.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.applicants.IdDocumentType;
import org.gongkai.disclosure.applicants.IdentityNumbers;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.casework.CaseAccess;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.attachments.Attachment;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.privacy.PersonalDataCipher;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.Texts;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who the applicant is, where the request turns on it (issue 12 item 6):
 * <ul>
 * <li>a request about the applicant's own affairs (涉及申请人自身) — declared at intake; the
 * identity is verified (by whom, how, on which day) before such information is disclosed
 * to them, since the request must carry the applicant's 身份证明 (《条例》第二十九条第二款第（一）项) and
 * another person's information is not disclosed to a stranger (《条例》第十五条)
 * (docs/statute.md#own-information);</li>
 * <li>委托代理 — the agent who files for the applicant, with the 授权委托书
 * (docs/statute.md#agent).</li>
 * </ul>
 */
@Service
public class ApplicantInformation {

	static final String ART_29 = "《条例》第二十九条第二款第（一）项";

	private final JdbcClient jdbc;

	private final CaseAccess access;

	private final CaseLedger ledger;

	private final AuditTrail audit;

	private final PersonalDataCipher cipher;

	private final Clock clock;

	ApplicantInformation(JdbcClient jdbc, CaseAccess access, CaseLedger ledger, AuditTrail audit,
			PersonalDataCipher cipher, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.ledger = ledger;
		this.audit = audit;
		this.cipher = cipher;
		this.clock = clock;
	}

	/** At intake: the request concerns the applicant's own affairs; not yet verified. */
	void declareOwnInformation(GongkaiUser by, CaseId id) {
		jdbc.sql("insert into case_own_information (case_id, declared_at) values (?, ?)")
			.params(id.value(), OffsetDateTime.now(clock))
			.update();
		ledger.append(id, by.id(), by.displayName(), LedgerAction.OWN_INFORMATION_DECLARED, ART_29, Map.of());
	}

	/**
	 * A registrar or case officer verified the applicant's identity {@code method} on
	 * {@code verifiedOn} (today if null): recorded once, with who did it, in the ledger.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER')")
	public OwnInformation verify(GongkaiUser officer, CaseId id, IdentityCheckMethod method, String note,
			LocalDate verifiedOn) {
		DisclosureCase c = access.handledBy(officer, id);
		OwnInformation own = ownInformation(id)
			.orElseThrow(() -> new StateRefusal("refusal.casework.identity.notOwnInformation"));
		if (own.verified()) {
			throw new StateRefusal("refusal.casework.identity.alreadyChecked", own.verifiedOn(), own.verifiedByName());
		}
		if (!c.status().isOpen()) {
			throw new StateRefusal("refusal.casework.case.closed");
		}
		if (method == null) {
			throw new Refusal("refusal.casework.identity.chooseMethod");
		}
		String what = method == IdentityCheckMethod.OTHER ? Texts.require(note, "核验方式的说明", 500)
				: Texts.optional(note, "核验说明", 500);
		LocalDate today = ReplyDeadlines.today(clock);
		LocalDate on = verifiedOn == null ? today : verifiedOn;
		if (on.isAfter(today) || on.isBefore(c.receivedOn())) {
			throw new Refusal("refusal.casework.identity.date", c.receivedOn());
		}
		jdbc.sql("""
				update case_own_information
				set verified_by = ?, verified_by_name = ?, method = ?, method_note = ?, verified_on = ?
				where case_id = ? and verified_on is null""")
			.params(officer.id(), officer.displayName(), method.name(), what, on, id.value())
			.update();
		ledger.append(id, officer.id(), officer.displayName(), LedgerAction.IDENTITY_VERIFIED, ART_29,
				what == null ? Map.of("method", method.name(), "verifiedOn", on.toString())
						: Map.of("method", method.name(), "note", what, "verifiedOn", on.toString()));
		audit.record(AuditAction.IDENTITY_VERIFIED, "case", id, AuditResult.SUCCESS,
				c.reference() + " " + method.label());
		return ownInformation(id).orElseThrow();
	}

	/**
	 * At intake: the agent who files for the applicant, with the 授权委托书 already attached.
	 */
	void recordAgent(GongkaiUser by, CaseId id, AgentDetails agent, Attachment authorisation) {
		jdbc.sql("""
				insert into case_agent (case_id, name, id_document_type, id_document_number, phone, relationship,
				                        authorisation_id, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id.value(), agent.name().strip(), agent.idDocumentType().name(),
					cipher.encrypt(agent.idDocumentNumber().strip()), cipher.encrypt(agent.phone().strip()),
					Texts.optional(agent.relationship(), "代理人与申请人的关系", 200), authorisation.id(), by.id(),
					OffsetDateTime.now(clock))
			.update();
		ledger.append(id, by.id(), by.displayName(), LedgerAction.AGENT_RECORDED, "《条例》第二十九条", Map.of("agent",
				agent.name().strip(), "authorisation", authorisation.fileName(), "sha256", authorisation.sha256()));
	}

	/**
	 * 一事一申请: a case split from {@code original} is the same applicant's request, so it
	 * keeps whether it is about their own affairs (and the identity check, if done) and
	 * the agent with the 授权委托书, each with a ledger line naming the original.
	 */
	void carryOver(GongkaiUser by, DisclosureCase original, CaseId part) {
		int own = jdbc.sql("""
				insert into case_own_information (case_id, declared_at, verified_by, verified_by_name, method,
				                                  method_note, verified_on)
				select ?, declared_at, verified_by, verified_by_name, method, method_note, verified_on
				from case_own_information where case_id = ?""").params(part.value(), original.id().value()).update();
		if (own == 1) {
			ledger.append(part, by.id(), by.displayName(), LedgerAction.OWN_INFORMATION_DECLARED, ART_29,
					Map.of("splitFrom", original.reference()));
		}
		int agent = jdbc.sql("""
				insert into case_agent (case_id, name, id_document_type, id_document_number, phone, relationship,
				                        authorisation_id, recorded_by, recorded_at)
				select ?, name, id_document_type, id_document_number, phone, relationship, authorisation_id,
				       recorded_by, recorded_at
				from case_agent where case_id = ?""").params(part.value(), original.id().value()).update();
		if (agent == 1) {
			ledger.append(part, by.id(), by.displayName(), LedgerAction.AGENT_RECORDED, "《条例》第二十九条",
					Map.of("agent", agent(part).orElseThrow().name(), "splitFrom", original.reference()));
		}
	}

	/** Whether the request is about the applicant's own affairs, and its verification. */
	public Optional<OwnInformation> ownInformation(CaseId id) {
		return jdbc.sql("select * from case_own_information where case_id = ?").param(id.value()).query((rs, n) -> {
			String method = rs.getString("method");
			return new OwnInformation(rs.getObject("verified_by", UUID.class), rs.getString("verified_by_name"),
					method == null ? null : IdentityCheckMethod.valueOf(method), rs.getString("method_note"),
					rs.getObject("verified_on", LocalDate.class));
		}).optional();
	}

	/**
	 * The reason information may not yet be disclosed to the applicant, if the request is
	 * about their own affairs and their identity is not verified.
	 */
	public Optional<MessageSourceResolvable> disclosureWithheldUntilVerified(CaseId id) {
		return ownInformation(id).filter(own -> !own.verified())
			.map(own -> Refusal.text("refusal.casework.identity.verifyBeforeDisclosure"));
	}

	/** The agent who filed for the applicant, with their identity number masked. */
	public Optional<Agent> agent(CaseId id) {
		return jdbc.sql("select * from case_agent where case_id = ?")
			.param(id.value())
			.query((rs, n) -> new Agent(rs.getString("name"), IdDocumentType.valueOf(rs.getString("id_document_type")),
					IdentityNumbers.mask(cipher.decrypt(rs.getString("id_document_number"))),
					IdentityNumbers.maskPhone(cipher.decrypt(rs.getString("phone"))), rs.getString("relationship"),
					rs.getObject("authorisation_id", UUID.class)))
			.optional();
	}

	/** A request about the applicant's own affairs and, once done, its verification. */
	public record OwnInformation(UUID verifiedBy, String verifiedByName, IdentityCheckMethod method, String methodNote,
			LocalDate verifiedOn) {

		public boolean verified() {
			return verifiedOn != null;
		}

	}

	/** 委托代理: the agent's particulars (identity number and phone masked) and the 授权委托书. */
	public record Agent(String name, IdDocumentType idDocumentType, String maskedIdDocumentNumber, String maskedPhone,
			String relationship, UUID authorisationId) {
	}

}
