package org.gongkai.disclosure.casework.history;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gongkai.disclosure.audit.AuditLine;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only ledger ({@code case_ledger}): who did what to a case, when, and on
 * which legal basis. The database refuses updates and deletes, so the ledger is the
 * record an auditor or a court can rely on.
 * <p>
 * An act that the security audit also records (等级保护 2.0 安全审计) is written by one call,
 * {@link #append(CaseId, UUID, String, LedgerAction, String, Map, AuditLine)}: the ledger
 * line and the audit line in one transaction, never one without the other.
 */
@Repository
public class CaseLedger {

	/**
	 * The actor name of entries written by the process engine itself (timers, automatic
	 * steps).
	 */
	public static final String SYSTEM = "系统";

	private static final TypeReference<Map<String, String>> DETAIL = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	CaseLedger(JdbcClient jdbc, ObjectMapper json, ApplicationEventPublisher events, AuditTrail audit) {
		this.jdbc = jdbc;
		this.json = json;
		this.events = events;
		this.audit = audit;
	}

	/**
	 * The ledger line and the audit line of one act, in one transaction (the caller's, or
	 * a new one).
	 */
	@Transactional
	public void append(CaseId caseId, UUID actorId, String actorName, LedgerAction action, String legalBasis,
			Map<String, String> detail, AuditLine audited) {
		append(caseId, actorId, actorName, action, legalBasis, detail);
		audit.record(audited.action(), "case", caseId, audited.result(), audited.detail());
	}

	public void append(CaseId caseId, UUID actorId, String actorName, LedgerAction action, String legalBasis,
			Map<String, String> detail) {
		long id = jdbc.sql("""
				insert into case_ledger (case_id, occurred_at, actor_id, actor_name, action, legal_basis, detail)
				values (?, ?, ?, ?, ?, ?, cast(? as jsonb)) returning id""")
			.params(caseId.value(), OffsetDateTime.now(ZoneOffset.UTC), actorId, actorName, action.name(), legalBasis,
					write(detail))
			.query(Long.class)
			.single();
		events.publishEvent(new LedgerLineWritten(id, caseId, action, actorId, detail));
		if (actorId != null && (action == LedgerAction.ACCEPTED || action == LedgerAction.DRAFTED)) {
			// the officer who takes the case up is its handler until it is reassigned
			// (CaseHandlers)
			jdbc.sql("""
					update disclosure_case set handler_id = ?
					where id = ? and handler_id is null and exists (select 1 from account_user where id = ?)""")
				.params(actorId, caseId.value(), actorId)
				.update();
		}
	}

	public List<LedgerEntry> of(CaseId caseId) {
		return jdbc.sql("""
				select id, case_id, occurred_at, actor_id, actor_name, action, legal_basis, detail::text as detail
				from case_ledger where case_id = ? order by id""")
			.param(caseId.value())
			.query((rs, n) -> new LedgerEntry(rs.getLong("id"), new CaseId(rs.getObject("case_id", UUID.class)),
					rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getObject("actor_id", UUID.class),
					rs.getString("actor_name"), LedgerAction.valueOf(rs.getString("action")),
					rs.getString("legal_basis"), read(rs.getString("detail"))))
			.list();
	}

	/**
	 * Which of the cases the applicant withdrew (a withdrawal reads 「已撤回」, not 「已办结」).
	 */
	public Set<UUID> withdrawn(Collection<UUID> caseIds) {
		if (caseIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("select distinct case_id from case_ledger where action = ? and case_id = any(?)")
			.params(LedgerAction.WITHDRAWN.name(), caseIds.toArray(UUID[]::new))
			.query(UUID.class)
			.list());
	}

	private String write(Map<String, String> detail) {
		try {
			return json.writeValueAsString(detail);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private Map<String, String> read(String detail) {
		try {
			return json.readValue(detail, DETAIL);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

}
