package org.gongkai.disclosure.casework.routing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditLine;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.casework.CaseAccess;
import org.gongkai.disclosure.casework.CaseNotFoundException;
import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.process.CaseClock;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess.Elements;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess.NextStep;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess;
import org.gongkai.disclosure.casework.process.DisclosureRequestWorkflow;
import org.gongkai.disclosure.deadlines.DueDate;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.shared.InvalidFields;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.Texts;
import org.gongkai.disclosure.shared.ids.AgencyId;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routing a request to the departments that hold the information: one lead department
 * (承办) and any number of assisting ones (协办), each answering by an internal due date the
 * case officer sets. All of it runs under the request's one statutory clock — routing
 * never stops or extends it — so the internal date may not be later than the reply
 * deadline. Departments are the agencies directly below the case's agency. A department
 * sees the request's content, never the applicant's identity. Also the expression bean of
 * the multi-instance department work and its timers in the process.
 */
@Service(DisclosureRequestProcess.Beans.CASE_ROUTINGS)
public class CaseRoutings {

	/** Routing is internal: the statutory period keeps running (《条例》第三十三条). */
	static final String BASIS = "《条例》第三十三条（部门办理时间计入答复期限）";
	static final int MAX_DEPARTMENTS = 10;
	static final int DEFAULT_WORKING_DAYS = 10;

	private final JdbcClient jdbc;

	private final Cases cases;

	private final CaseAccess access;

	private final CaseLedger ledger;

	private final Agencies agencies;

	private final ReplyDeadlines deadlines;

	private final DisclosureRequestWorkflow workflow;

	private final CaseClock caseClock;

	private final AuditTrail audit;

	CaseRoutings(JdbcClient jdbc, Cases cases, CaseAccess access, CaseLedger ledger, Agencies agencies,
			ReplyDeadlines deadlines, DisclosureRequestWorkflow workflow, CaseClock caseClock, AuditTrail audit) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.access = access;
		this.ledger = ledger;
		this.agencies = agencies;
		this.deadlines = deadlines;
		this.workflow = workflow;
		this.caseClock = caseClock;
		this.audit = audit;
	}

	/** The departments a case of this agency can be routed to. */
	public List<Agency> departmentsBelow(AgencyId agencyId) {
		return agencies.childrenOf(agencyId);
	}

	/**
	 * The internal due date offered by default: {@value #DEFAULT_WORKING_DAYS} working
	 * days from today, but never after the reply deadline.
	 */
	public LocalDate defaultDueOn(CaseId id) {
		LocalDate proposed = deadlines.addWorkingDays(caseClock.today(), DEFAULT_WORKING_DAYS);
		LocalDate replyDue = deadlines.dueDate(id.value()).date();
		return replyDue != null && replyDue.isBefore(proposed) ? replyDue : proposed;
	}

	/**
	 * The case officer sends the case to a lead department and, optionally, assisting
	 * ones; the decide step ends and each department gets its own task. The case comes
	 * back to the officer when all have answered. Every problem with what was chosen is
	 * reported at once ({@link InvalidFields} under {@code lead}, {@code assist},
	 * {@code dueOn} and {@code instructions}).
	 */
	@Transactional
	@PreAuthorize("hasRole('CASE_OFFICER')")
	public List<Routing> route(GongkaiUser officer, CaseId id, String leadCode, List<String> assistCodes,
			LocalDate dueOn, String instructions) {
		DisclosureCase current = access.handledBy(officer, id);
		LocalDate today = caseClock.today();
		DueDate replyDue = deadlines.dueDate(id.value());
		InvalidFields.Collector problems = new InvalidFields.Collector().check("lead",
				() -> department(current, Texts.require(leadCode, "承办部门", 32)));
		// the assisting ones checked against a lead that is one (a wrong lead is the
		// lead's problem only)
		problems.check("assist", () -> departments(current, problems.has("lead") ? null : leadCode, assistCodes))
			.require(dueOn != null && !dueOn.isBefore(today), "dueOn", "refusal.casework.routing.dueDate")
			.require(dueOn == null || replyDue.date() == null || !dueOn.isAfter(replyDue.date()), "dueOn",
					"refusal.casework.routing.afterReplyDue", replyDue.date())
			.check("instructions", () -> Texts.require(instructions, "交办事项", 2000))
			.throwIfAny();
		String what = Texts.require(instructions, "交办事项", 2000);
		Set<Agency> departments = departments(current, leadCode, assistCodes);
		Agency lead = departments.iterator().next();
		int round = jdbc.sql("select coalesce(max(round), 0) + 1 from case_routing where case_id = ?")
			.param(id.value())
			.query(Integer.class)
			.single();
		for (Agency department : departments) {
			jdbc.sql("""
					insert into case_routing (case_id, round, department_id, lead, instructions, routed_on,
					                          due_on, routed_by)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id.value(), round, department.id().value(), department.equals(lead), what, today, dueOn,
						officer.displayName())
				.update();
		}
		List<String> assists = departments.stream().filter(d -> !d.equals(lead)).map(Agency::code).toList();
		ledger.append(id, officer.id(), officer.displayName(), LedgerAction.ROUTED, BASIS,
				Map.of("lead", lead.code(), "assist", String.join(",", assists), "dueOn", dueOn.toString()),
				AuditLine.success(AuditAction.CASE_ROUTED, current.reference() + " 交办 " + lead.name()
						+ (assists.isEmpty() ? "" : "，协办 " + String.join("、", assists)) + "，部门办理期限 " + dueOn));
		workflow.complete(current.reference(), Elements.TASK_DECIDE, NextStep.ROUTING);
		return currentRound(id);
	}

	/**
	 * A department's answer — the information it holds and its opinion — given by one of
	 * its case officers. When the last department of the round has answered, the case is
	 * back with the case officer.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('CASE_OFFICER', 'HEAD_OF_OFFICE')")
	public void contribute(GongkaiUser officer, CaseId id, String answer) {
		DisclosureCase routed = cases.byId(id).orElseThrow(() -> new CaseNotFoundException(id));
		Routing open = openRoutingOf(officer, id);
		String text = Texts.require(answer, "部门办理意见", 8000);
		jdbc.sql("""
				update case_routing set answered_on = ?, answer = ?, answered_by = ?
				where case_id = ? and round = ? and department_id = ?""")
			.params(caseClock.today(), text, officer.displayName(), id.value(), open.round(),
					officer.agencyId().value())
			.update();
		ledger.append(id, officer.id(), officer.displayName(), LedgerAction.DEPARTMENT_ANSWERED, BASIS,
				Map.of("department", open.departmentCode(), "lead", Boolean.toString(open.lead())),
				AuditLine.success(AuditAction.DEPARTMENT_ANSWERED,
						routed.reference() + " " + open.departmentName() + (open.lead() ? "（承办）" : "（协办）") + "已反馈"));
		workflow.completeDepartmentTask(routed.reference(), open.departmentCode());
	}

	/**
	 * Called by the process when a department's internal due date has passed without its
	 * answer.
	 */
	@Transactional
	public void overdue(CaseId id, String departmentCode) {
		Routing routing = currentRound(id).stream()
			.filter(r -> r.departmentCode().equals(departmentCode))
			.findFirst()
			.orElseThrow();
		if (routing.answeredOn() != null) {
			return;
		}
		jdbc.sql("update case_routing set overdue_noted = true where case_id = ? and round = ? and department_id = ?")
			.params(id.value(), routing.round(), routing.departmentId().value())
			.update();
		DisclosureCase c = cases.byId(id).orElseThrow(() -> new CaseNotFoundException(id));
		ledger.append(id, null, CaseLedger.SYSTEM, LedgerAction.DEPARTMENT_OVERDUE, BASIS,
				Map.of("department", departmentCode, "dueOn", routing.dueOn().toString()),
				AuditLine.failed(AuditAction.DEPARTMENT_OVERDUE,
						c.reference() + " " + routing.departmentName() + " 逾期未反馈（部门办理期限 " + routing.dueOn() + "），催办"));
	}

	/**
	 * Expression of the multi-instance department work: the codes of the departments of
	 * the latest round.
	 */
	public List<String> departmentsOf(String caseId) {
		return currentRound(CaseId.of(caseId)).stream().map(Routing::departmentCode).toList();
	}

	/**
	 * Timer expression: a department's internal period ends at the start of the day after
	 * its due date.
	 */
	public Date departmentOverdueAt(String caseId, String departmentCode) {
		return currentRound(CaseId.of(caseId)).stream()
			.filter(r -> r.departmentCode().equals(departmentCode))
			.findFirst()
			.map(r -> ReplyDeadlines.startOfDayAfter(r.dueOn()))
			.orElseThrow();
	}

	/**
	 * Every routing of a case, all rounds, the latest first, the lead first within a
	 * round.
	 */
	public List<Routing> of(CaseId id) {
		return jdbc.sql(SELECT + " where r.case_id = ? order by r.round desc, r.lead desc, a.code")
			.param(id.value())
			.query(ROUTING)
			.list();
	}

	/**
	 * What a department still has to answer: its open routings, the earliest internal due
	 * date first.
	 */
	@PreAuthorize("hasAnyRole('CASE_OFFICER', 'HEAD_OF_OFFICE')")
	public List<RoutedCase> openFor(GongkaiUser officer) {
		List<UUID> ids = jdbc.sql("""
				select r.case_id from case_routing r
				where r.department_id = ? and r.answered_on is null
				  and r.round = (select max(round) from case_routing x where x.case_id = r.case_id)
				order by r.due_on, r.case_id""").param(officer.agencyId().value()).query(UUID.class).list();
		if (ids.isEmpty()) {
			return List.of();
		}
		// the cases, their current rounds and their agencies' names, each read once for
		// the whole list
		Map<UUID, DisclosureCase> byId = new HashMap<>();
		cases.byIds(ids).forEach(c -> byId.put(c.id().value(), c));
		Map<UUID, List<Routing>> rounds = jdbc.sql(SELECT + """
				 where r.case_id in (:cases)
				   and r.round = (select max(round) from case_routing x where x.case_id = r.case_id)
				order by r.lead desc, a.code""")
			.param("cases", ids)
			.query(ROUTING)
			.list()
			.stream()
			.collect(Collectors.groupingBy(Routing::caseId));
		Map<AgencyId, String> agencyNames = new HashMap<>();
		List<RoutedCase> result = new ArrayList<>();
		for (UUID caseId : ids) {
			DisclosureCase c = byId.get(caseId);
			if (c != null && c.status().isOpen()) {
				result.add(routedCase(officer, c, rounds.get(caseId),
						agencyNames.computeIfAbsent(c.agencyId(), a -> agencies.byId(a).map(Agency::name).orElse(""))));
			}
		}
		return result;
	}

	/**
	 * The case as a department sees it: the request's content and its round of routing,
	 * without the applicant's identity. Only the departments the case was routed to, and
	 * the case's own agency, see it.
	 */
	@Transactional(readOnly = true)
	public RoutedCase routedView(GongkaiUser officer, CaseId id) {
		DisclosureCase c = cases.byId(id).orElseThrow(() -> new CaseNotFoundException(id));
		// the department's case officers and head, while the case is routed to it (the
		// current round); the case's own
		// agency's case handlers — not administrators or statisticians, who do not read
		// cases
		List<Routing> round = currentRound(id);
		boolean routedHere = round.stream().anyMatch(r -> r.isTo(officer.agencyId())) && officer.role().doesCaseWork();
		boolean ownAgency = officer.isOfficerOf(c.agencyId()) && officer.role().handlesCases();
		if (!routedHere && !ownAgency) {
			audit.recordAlone(AuditAction.CASE_READ, "case", id, AuditResult.DENIED, "未交办本部门");
			throw new CaseNotFoundException(id);
		}
		return routedCase(officer, c, round, agencies.byId(c.agencyId()).map(Agency::name).orElse(""));
	}

	private RoutedCase routedCase(GongkaiUser officer, DisclosureCase c, List<Routing> round, String agencyName) {
		Routing mine = round.stream().filter(r -> r.isTo(officer.agencyId())).findFirst().orElse(null);
		return new RoutedCase(c.id().value(), c.reference(), agencyName, c.receivedOn(), c.informationSought(),
				deadlines.dueDate(c.id().value()).date(), mine, round);
	}

	private Routing openRoutingOf(GongkaiUser officer, CaseId id) {
		return currentRound(id).stream()
			.filter(r -> r.isTo(officer.agencyId()) && r.answeredOn() == null)
			.findFirst()
			.orElseThrow(() -> {
				audit.recordAlone(AuditAction.DEPARTMENT_ANSWER, "case", id, AuditResult.DENIED, "本部门没有待反馈的交办");
				return new StateRefusal("refusal.casework.routing.nothingToReport");
			});
	}

	private List<Routing> currentRound(CaseId id) {
		return jdbc.sql(SELECT + """
				 where r.case_id = :case
				   and r.round = (select max(round) from case_routing where case_id = :case)
				order by r.lead desc, a.code""").param("case", id.value()).query(ROUTING).list();
	}

	/**
	 * The departments chosen, the lead first (when one is chosen): each once, at most
	 * {@value #MAX_DEPARTMENTS}.
	 */
	private Set<Agency> departments(DisclosureCase c, String leadCode, List<String> assistCodes) {
		Set<Agency> departments = new LinkedHashSet<>();
		if (leadCode != null && !leadCode.isBlank()) {
			departments.add(department(c, leadCode.strip()));
		}
		for (String code : assistCodes == null ? List.<String>of() : assistCodes) {
			if (code == null || code.isBlank()) {
				continue;
			}
			if (!departments.add(department(c, code.strip()))) {
				throw new Refusal("refusal.casework.routing.duplicateDepartment", code.strip());
			}
		}
		if (departments.size() > MAX_DEPARTMENTS) {
			throw new Refusal("refusal.casework.routing.tooMany", MAX_DEPARTMENTS);
		}
		return departments;
	}

	private Agency department(DisclosureCase c, String code) {
		return agencies.byCode(code)
			.filter(a -> c.agencyId().equals(a.parentId()))
			.orElseThrow(() -> new Refusal("refusal.casework.routing.notSubordinate", code));
	}

	private static final RowMapper<Routing> ROUTING = (rs, n) -> new Routing(rs.getObject("case_id", UUID.class),
			rs.getInt("round"), new AgencyId(rs.getObject("department_id", UUID.class)),
			rs.getString("department_code"), rs.getString("department_name"), rs.getBoolean("lead"),
			rs.getString("instructions"), rs.getObject("routed_on", LocalDate.class),
			rs.getObject("due_on", LocalDate.class), rs.getString("routed_by"),
			rs.getObject("answered_on", LocalDate.class), rs.getString("answer"), rs.getString("answered_by"),
			rs.getBoolean("overdue_noted"));

	private static final String SELECT = """
			select r.case_id, r.round, r.department_id, a.code as department_code, a.name as department_name, r.lead,
			       r.instructions, r.routed_on, r.due_on, r.routed_by, r.answered_on, r.answer, r.answered_by,
			       r.overdue_noted
			from case_routing r join agency a on a.id = r.department_id""";

	/** One department's part in one round of routing. */
	public record Routing(UUID caseId, int round, AgencyId departmentId, String departmentCode, String departmentName,
			boolean lead, String instructions, LocalDate routedOn, LocalDate dueOn, String routedBy,
			LocalDate answeredOn, String answer, String answeredBy, boolean overdueNoted) {

		public String roleLabel() {
			return lead ? "承办" : "协办";
		}

		/** Whether this is the part of the department {@code agency}. */
		public boolean isTo(AgencyId agency) {
			return departmentId.equals(agency);
		}
	}

	/**
	 * A routed case as a department sees it; {@code mine} is the department's own part
	 * (null if not in the round).
	 */
	public record RoutedCase(UUID caseId, String reference, String agencyName, LocalDate receivedOn,
			String informationSought, LocalDate replyDueOn, Routing mine, List<Routing> round) {
	}

}
