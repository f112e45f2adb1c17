package org.gongkai.disclosure.appeals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.ids.AgencyId;
import org.gongkai.disclosure.shared.ids.AppealId;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The appeals table ({@code appeal}). */
@Repository
public class Appeals {

	private final JdbcClient jdbc;

	Appeals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Appeal> byId(AppealId id) {
		return jdbc.sql("select * from appeal where id = ?").param(id.value()).query(Appeals::map).optional();
	}

	public List<Appeal> ofCase(CaseId caseId) {
		return jdbc.sql("select * from appeal where case_id = ? order by filed_on, created_at")
			.param(caseId.value())
			.query(Appeals::map)
			.list();
	}

	/**
	 * The appeals of the given agencies, optionally only pending ones or one kind, most
	 * urgent first.
	 */
	public List<Appeal> ofAgencies(List<AgencyId> agencyIds, Boolean pending, AppealKind kind) {
		if (agencyIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select * from appeal where agency_id in (:agencies)
				  and (cast(:kind as varchar) is null or kind = :kind)
				  and (cast(:pending as boolean) is null
				       or (status in ('AWAITING_ANSWER', 'AWAITING_DECISION')) = :pending)
				order by case status when 'AWAITING_ANSWER' then 0 when 'AWAITING_DECISION' then 1 else 2 end,
				         answer_due_on nulls last, filed_on""")
			.param("agencies", agencyIds.stream().map(AgencyId::value).toList())
			.param("kind", kind == null ? null : kind.name())
			.param("pending", pending)
			.query(Appeals::map)
			.list();
	}

	/**
	 * The appeals still waiting for the office's answer that have a statutory answer
	 * deadline (not those imported from a ledger).
	 */
	List<Appeal> awaitingAnswer() {
		return jdbc.sql("""
				select * from appeal where status = 'AWAITING_ANSWER'
				  and answer_due_on is not null and copy_received_on is not null
				order by answer_due_on""").query(Appeals::map).list();
	}

	/** Moves the answer deadline of an appeal still waiting for the answer. */
	void redate(AppealId id, LocalDate answerDueOn) {
		jdbc.sql("update appeal set answer_due_on = ? where id = ? and status = 'AWAITING_ANSWER'")
			.params(answerDueOn, id.value())
			.update();
	}

	/** The number of appeals already registered on a case (for the next reference). */
	public int countOfCase(CaseId caseId) {
		return jdbc.sql("select count(*) from appeal where case_id = ?")
			.param(caseId.value())
			.query(Integer.class)
			.single();
	}

	public boolean hasSecondInstance(AppealId predecessorId) {
		return jdbc.sql("select count(*) from appeal where predecessor_id = ? and instance = 'SECOND'")
			.param(predecessorId.value())
			.query(Integer.class)
			.single() > 0;
	}

	/** Whether the retrial after the remand {@code remandId} is registered. */
	public boolean hasRetrial(AppealId remandId) {
		return jdbc.sql("select count(*) from appeal where predecessor_id = ? and instance = 'FIRST'")
			.param(remandId.value())
			.query(Integer.class)
			.single() > 0;
	}

	public void insert(Appeal a) {
		jdbc.sql("""
				insert into appeal (id, reference, case_id, case_reference, agency_id, kind, route, instance,
				    predecessor_id, body, review_body_agency_id, review_body_co_defendant, filed_on,
				    copy_received_on, procedure, answer_due_on, status, created_at)
				values (:id, :reference, :caseId, :caseReference, :agencyId, :kind, :route, :instance,
				    :predecessorId, :body, :reviewBody, :coDefendant, :filedOn, :copyReceivedOn, :procedure,
				    :answerDueOn, :status, now())""")
			.param("id", a.id().value())
			.param("reference", a.reference())
			.param("caseId", a.caseId().value())
			.param("caseReference", a.caseReference())
			.param("agencyId", a.agencyId().value())
			.param("kind", a.kind().name())
			.param("route", a.route() == null ? null : a.route().name())
			.param("instance", a.instance() == null ? null : a.instance().name())
			.param("predecessorId", a.predecessorId() == null ? null : a.predecessorId().value())
			.param("body", a.body())
			.param("reviewBody", a.reviewBodyAgencyId() == null ? null : a.reviewBodyAgencyId().value())
			.param("coDefendant", a.reviewBodyCoDefendant())
			.param("filedOn", a.filedOn())
			.param("copyReceivedOn", a.copyReceivedOn())
			.param("procedure", a.procedure().name())
			.param("answerDueOn", a.answerDueOn())
			.param("status", a.status().name())
			.update();
	}

	/**
	 * Writes the mutable part, refusing a stale update (the status it was read with must
	 * still hold).
	 */
	public void update(Appeal a, AppealStatus expected) {
		int updated = jdbc.sql("""
				update appeal set status = :status, answered_on = :answeredOn, decision_type = :type,
				    decided_on = :decidedOn, decision_received_on = :receivedOn
				where id = :id and status = :expected""")
			.param("id", a.id().value())
			.param("status", a.status().name())
			.param("answeredOn", a.answeredOn())
			.param("type", a.decisionType() == null ? null : a.decisionType().name())
			.param("decidedOn", a.decidedOn())
			.param("receivedOn", a.decisionReceivedOn())
			.param("expected", expected.name())
			.update();
		if (updated != 1) {
			throw new StateRefusal("refusal.appeals.appeal.changedMeanwhile");
		}
	}

	private static AgencyId agencyId(UUID id) {
		return id == null ? null : new AgencyId(id);
	}

	private static Appeal map(ResultSet rs, int n) throws SQLException {
		String route = rs.getString("route");
		String instance = rs.getString("instance");
		String type = rs.getString("decision_type");
		return new Appeal(new AppealId(rs.getObject("id", UUID.class)), rs.getString("reference"),
				new CaseId(rs.getObject("case_id", UUID.class)), rs.getString("case_reference"),
				new AgencyId(rs.getObject("agency_id", UUID.class)), AppealKind.valueOf(rs.getString("kind")),
				route == null ? null : LitigationRoute.valueOf(route),
				instance == null ? null : Instance.valueOf(instance),
				rs.getObject("predecessor_id", UUID.class) == null ? null
						: new AppealId(rs.getObject("predecessor_id", UUID.class)),
				rs.getString("body"), agencyId(rs.getObject("review_body_agency_id", UUID.class)),
				rs.getBoolean("review_body_co_defendant"), rs.getObject("filed_on", LocalDate.class),
				rs.getObject("copy_received_on", LocalDate.class),
				rs.getString("procedure") == null ? null : Procedure.valueOf(rs.getString("procedure")),
				rs.getObject("answer_due_on", LocalDate.class), rs.getObject("answered_on", LocalDate.class),
				type == null ? null : DecisionType.valueOf(type), rs.getObject("decided_on", LocalDate.class),
				rs.getObject("decision_received_on", LocalDate.class), AppealStatus.valueOf(rs.getString("status")),
				rs.getString("ledger_result") == null ? null : AppealResult.valueOf(rs.getString("ledger_result")),
				"LEDGER".equals(rs.getString("origin")));
	}

}
