package org.gongkai.disclosure.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.gongkai.disclosure.accounts.AccountAdministration.AccountSummary;
import org.gongkai.disclosure.accounts.AccountAdministration;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.process.DisclosureRequestWorkflow;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.ids.AgencyId;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who handles a case, and handing cases over when people change: one case, or all open
 * cases and tasks of an officer, to another officer of the same agency (the case's
 * handler, its case-officer tasks in the process, and a ledger line each), and a
 * substitute for an officer on leave. The cases of a deactivated login never silently
 * vanish: the head of office sees them until they are reassigned.
 */
@Service
public class CaseHandlers {

	private final JdbcClient jdbc;

	private final Cases cases;

	private final CaseAccess access;

	private final CaseLedger ledger;

	private final DisclosureRequestWorkflow workflow;

	private final AccountAdministration accounts;

	private final AuditTrail audit;

	private final Clock clock;

	CaseHandlers(JdbcClient jdbc, Cases cases, CaseAccess access, CaseLedger ledger, DisclosureRequestWorkflow workflow,
			AccountAdministration accounts, AuditTrail audit, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.cases = cases;
		this.access = access;
		this.ledger = ledger;
		this.workflow = workflow;
		this.accounts = accounts;
		this.audit = audit;
	}

	/** The handler of a case: who took it up, or whom it was reassigned to. */
	public Optional<UUID> handlerOf(CaseId id) {
		return jdbc.sql("select handler_id from disclosure_case where id = ?")
			.param(id.value())
			.query(UUID.class)
			.optional();
	}

	/** How many open cases an officer handles. */
	public int openCasesOf(UUID accountId) {
		return openCaseIds(accountId).size();
	}

	/**
	 * Hands one open case to another officer of its agency; the head of office of that
	 * agency decides.
	 */
	@Transactional
	public void reassign(GongkaiUser head, CaseId id, UUID toAccountId) {
		DisclosureCase c = access.handledBy(head, id);
		if (!head.hasRole(Role.HEAD_OF_OFFICE)) {
			throw new AccessDeniedException("Only the head of the disclosure office may reassign cases");
		}
		if (c.closedOn() != null) {
			throw new StateRefusal("refusal.casework.handler.caseClosed");
		}
		AccountSummary to = target(toAccountId, c.agencyId());
		move(c, handlerOf(id).orElse(null), to, head);
	}

	/**
	 * Hands every open case and task of an officer to another officer of the same agency
	 * (the officer leaves, or is deactivated). The head of office of that agency, or an
	 * administrator, who moves the cases without reading them.
	 * @return how many cases changed hands
	 */
	@Transactional
	public int reassignAll(GongkaiUser actor, UUID fromAccountId, UUID toAccountId) {
		AccountSummary from = accounts.summary(fromAccountId)
			.orElseThrow(() -> new Refusal("refusal.casework.handler.previousUnknown"));
		boolean head = actor.hasRole(Role.HEAD_OF_OFFICE) && from.agencyId() != null
				&& from.agencyId().equals(actor.agencyId());
		if (!head && !actor.hasRole(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException(
					"Only the head of the agency's disclosure office or a system administrator may reassign cases");
		}
		AccountSummary to = target(toAccountId, from.agencyId());
		if (to.id().equals(from.id())) {
			throw new Refusal("refusal.casework.handler.samePerson");
		}
		Set<UUID> ids = openCaseIds(fromAccountId);
		workflow.tasksAssignedTo(fromAccountId.toString())
			.forEach(t -> jdbc.sql("select id from disclosure_case where reference = ? and closed_on is null")
				.param(t.reference())
				.query(UUID.class)
				.optional()
				.ifPresent(ids::add));
		for (DisclosureCase c : cases.byIds(ids)) {
			move(c, fromAccountId, to, actor);
		}
		audit.record(AuditAction.CASES_REASSIGNED, "account", fromAccountId, AuditResult.SUCCESS,
				"将 " + from.username() + " 的 " + ids.size() + " 件未办结案件改派给 " + to.username());
		return ids.size();
	}

	/**
	 * Names a substitute for an officer on leave: from {@code from} to {@code until} the
	 * substitute's task list shows the officer's open cases, and the head may hand them
	 * over. The head of office of the officer's agency decides.
	 */
	@Transactional
	public void substitute(GongkaiUser head, UUID accountId, UUID substituteId, LocalDate from, LocalDate until) {
		AccountSummary absent = accounts.summary(accountId)
			.orElseThrow(() -> new Refusal("refusal.casework.account.unknown"));
		if (!head.hasRole(Role.HEAD_OF_OFFICE) || !absent.agencyId().equals(head.agencyId())) {
			throw new AccessDeniedException("Only the head of the agency's disclosure office may appoint a stand-in");
		}
		AccountSummary substitute = target(substituteId, absent.agencyId());
		if (from == null || until == null || until.isBefore(from)) {
			throw new Refusal("refusal.casework.handler.standInDates");
		}
		jdbc.sql("""
				insert into account_substitute (id, account_id, substitute_id, from_date, until_date, created_at)
				values (?, ?, ?, ?, ?, now())""")
			.params(UUID.randomUUID(), accountId, substituteId, from, until)
			.update();
		audit.record(AuditAction.SUBSTITUTE_NAMED, "account", accountId, AuditResult.SUCCESS,
				substitute.username() + " 于 " + from + " 至 " + until + " 代理 " + absent.username());
	}

	/**
	 * The open cases the officer covers today as a substitute, by the covered officer's
	 * name.
	 */
	public List<Covered> coveredBy(GongkaiUser substitute) {
		LocalDate today = ReplyDeadlines.today(clock);
		return jdbc.sql("""
				select c.id, c.reference, u.display_name from account_substitute s
				join disclosure_case c on c.handler_id = s.account_id and c.closed_on is null
				join account_user u on u.id = s.account_id
				where s.substitute_id = ? and ? between s.from_date and s.until_date
				order by c.received_on""")
			.params(substitute.id(), today)
			.query((rs, n) -> new Covered(new CaseId(rs.getObject("id", UUID.class)), rs.getString("reference"),
					rs.getString("display_name")))
			.list();
	}

	/**
	 * The open cases of the head's agency whose handler can no longer sign in: they wait
	 * to be reassigned.
	 */
	public List<Covered> unattended(GongkaiUser head) {
		if (!head.hasRole(Role.HEAD_OF_OFFICE) || head.agencyId() == null) {
			return List.of();
		}
		return jdbc.sql("""
				select c.id, c.reference, u.display_name from disclosure_case c
				join account_user u on u.id = c.handler_id
				where c.agency_id = ? and c.closed_on is null and not u.enabled
				order by c.received_on""")
			.param(head.agencyId().value())
			.query((rs, n) -> new Covered(new CaseId(rs.getObject("id", UUID.class)), rs.getString("reference"),
					rs.getString("display_name")))
			.list();
	}

	private Set<UUID> openCaseIds(UUID accountId) {
		return new LinkedHashSet<>(jdbc.sql("""
				select id from disclosure_case where handler_id = ? and closed_on is null order by received_on""")
			.param(accountId)
			.query(UUID.class)
			.list());
	}

	private AccountSummary target(UUID accountId, AgencyId agencyId) {
		AccountSummary to = accounts.summary(accountId)
			.orElseThrow(() -> new Refusal("refusal.casework.handler.unknownAccount"));
		if (!to.enabled()) {
			throw new Refusal("refusal.casework.handler.disabledAccount");
		}
		if (agencyId == null || !agencyId.equals(to.agencyId())) {
			throw new Refusal("refusal.casework.handler.otherAgency");
		}
		if (!to.roles().contains(Role.CASE_OFFICER) && !to.roles().contains(Role.HEAD_OF_OFFICE)) {
			throw new Refusal("refusal.casework.handler.role");
		}
		return to;
	}

	private void move(DisclosureCase c, UUID from, AccountSummary to, GongkaiUser actor) {
		jdbc.sql("update disclosure_case set handler_id = ? where id = ?").params(to.id(), c.id().value()).update();
		int tasks = workflow.reassignTasks(c.reference(), Role.CASE_OFFICER.group(),
				from == null ? null : from.toString(), to.id().toString());
		String fromName = from == null ? "（未指定）"
				: accounts.summary(from).map(AccountSummary::displayName).orElse(from.toString());
		ledger.append(c.id(), actor.id(), actor.displayName(), LedgerAction.REASSIGNED, null, Map.of("from", fromName,
				"to", to.displayName(), "toAccount", to.id().toString(), "tasks", Integer.toString(tasks)));
	}

	/** An open case listed for someone other than its handler. */
	public record Covered(CaseId id, String reference, String handlerName) {
	}

}
