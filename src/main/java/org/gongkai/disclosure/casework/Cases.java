package org.gongkai.disclosure.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.ids.AgencyId;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cases table ({@code disclosure_case}). */
@Repository
public class Cases {

	private final JdbcClient jdbc;

	Cases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<DisclosureCase> byId(CaseId id) {
		return jdbc.sql("select * from disclosure_case where id = ?").param(id.value()).query(Cases::map).optional();
	}

	public List<DisclosureCase> ofApplicant(UUID applicantId) {
		return jdbc.sql("select * from disclosure_case where applicant_id = ? order by submitted_at desc")
			.param(applicantId)
			.query(Cases::map)
			.list();
	}

	/** Every open case of every agency, oldest first. */
	public List<DisclosureCase> allOpen() {
		return jdbc.sql("select * from disclosure_case where closed_on is null order by received_on")
			.query(Cases::map)
			.list();
	}

	public List<DisclosureCase> openOfAgency(AgencyId agencyId) {
		return jdbc.sql("select * from disclosure_case where agency_id = ? and closed_on is null order by received_on")
			.params(agencyId.value())
			.query(Cases::map)
			.list();
	}

	public List<DisclosureCase> byIds(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from disclosure_case where id in (:ids)").param("ids", ids).query(Cases::map).list();
	}

	/**
	 * The case an applicant filed under an idempotency key, with the fingerprint of what
	 * was filed.
	 */
	public Optional<Keyed> byIdempotencyKey(UUID applicantId, String key) {
		return jdbc.sql("select * from disclosure_case where applicant_id = ? and idempotency_key = ?")
			.params(applicantId, key)
			.query((rs, n) -> new Keyed(map(rs, n), rs.getString("request_fingerprint")))
			.optional();
	}

	/**
	 * Holds, until the transaction ends, the lock of one applicant's idempotency key, so
	 * that concurrent filings under one key run one after the other.
	 */
	public void lockIdempotencyKey(UUID applicantId, String key) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
			.param(applicantId + "/" + key)
			.query((rs, n) -> 1)
			.single();
	}

	public record Keyed(DisclosureCase theCase, String fingerprint) {
	}

	public void insert(DisclosureCase c) {
		insert(c, null, null);
	}

	/**
	 * Inserts a case filed under an idempotency key, with the key and the fingerprint of
	 * the request (both null for a case filed without a key).
	 */
	public void insert(DisclosureCase c, String idempotencyKey, String fingerprint) {
		jdbc.sql("""
				insert into disclosure_case (id, reference, agency_id, applicant_id, applicant_category, channel,
				    submitted_at, received_on, information_sought, requested_form, delivery_method, status,
				    outcome, reply_text, decided_on, closed_on, created_at, idempotency_key, request_fingerprint)
				values (:id, :reference, :agencyId, :applicantId, :category, :channel, :submittedAt,
				    :receivedOn, :informationSought, :requestedForm, :deliveryMethod, :status, :outcome,
				    :replyText, :decidedOn, :closedOn, now(), :idempotencyKey, :fingerprint)""")
			.param("id", c.id().value())
			.param("reference", c.reference())
			.param("agencyId", c.agencyId().value())
			.param("applicantId", c.applicantId())
			.param("category", c.applicantCategory().name())
			.param("channel", c.channel().name())
			.param("submittedAt", OffsetDateTime.ofInstant(c.submittedAt(), ZoneOffset.UTC))
			.param("receivedOn", c.receivedOn())
			.param("informationSought", c.informationSought())
			.param("requestedForm", c.requestedForm().name())
			.param("deliveryMethod", c.deliveryMethod().name())
			.param("status", c.status().name())
			.param("outcome", c.outcome() == null ? null : c.outcome().name())
			.param("replyText", c.replyText())
			.param("decidedOn", c.decidedOn())
			.param("closedOn", c.closedOn())
			.param("idempotencyKey", idempotencyKey)
			.param("fingerprint", fingerprint)
			.update();
	}

	/**
	 * Writes the mutable part of a case, refusing a stale update (the status it was read
	 * with must still hold).
	 */
	public void update(DisclosureCase c, CaseStatus expectedStatus) {
		int updated = jdbc.sql("""
				update disclosure_case set status = :status, outcome = :outcome, reply_text = :replyText,
				    decided_on = :decidedOn, closed_on = :closedOn, draft_outcome = :draftOutcome,
				    draft_reply = :draftReply, review_note = :reviewNote
				where id = :id and status = :expected""")
			.param("id", c.id().value())
			.param("status", c.status().name())
			.param("outcome", c.outcome() == null ? null : c.outcome().name())
			.param("replyText", c.replyText())
			.param("decidedOn", c.decidedOn())
			.param("closedOn", c.closedOn())
			.param("draftOutcome", c.draftOutcome() == null ? null : c.draftOutcome().name())
			.param("draftReply", c.draftReply())
			.param("reviewNote", c.reviewNote())
			.param("expected", expectedStatus.name())
			.update();
		if (updated != 1) {
			throw new StateRefusal("refusal.casework.case.changedMeanwhile");
		}
	}

	/** After a split, the original case keeps only its first item. */
	public void changeInformation(CaseId id, String information) {
		jdbc.sql("update disclosure_case set information_sought = ? where id = ?")
			.params(information, id.value())
			.update();
	}

	/** Records which agency holds the information, for a reply under 条例 art 36(五). */
	public void setReferral(CaseId id, String agency, String contact) {
		jdbc.sql("update disclosure_case set referred_agency = ?, referred_contact = ? where id = ?")
			.params(agency, contact, id.value())
			.update();
	}

	/**
	 * Records which of the two 本机关不掌握 answers the draft gives, with its search record;
	 * null for any other outcome (docs/statute.md#not-held).
	 */
	public void setNotHeld(CaseId id, NotHeldAnswer answer) {
		jdbc.sql("delete from case_not_held where case_id = ?").param(id.value()).update();
		if (answer != null) {
			jdbc.sql("""
					insert into case_not_held (case_id, kind, searched_where, searched_how, searched_by, searched_on)
					values (?, ?, ?, ?, ?, ?)""")
				.params(id.value(), answer.kind().name(), answer.searchedWhere(), answer.searchedHow(),
						answer.searchedBy(), answer.searchedOn())
				.update();
		}
	}

	/** The 本机关不掌握 answer of the draft or reply, if it is one. */
	public Optional<NotHeldAnswer> notHeld(CaseId id) {
		return jdbc.sql("select * from case_not_held where case_id = ?")
			.param(id.value())
			.query((rs, n) -> new NotHeldAnswer(NotHeldAnswer.Kind.valueOf(rs.getString("kind")),
					rs.getString("searched_where"), rs.getString("searched_how"), rs.getString("searched_by"),
					rs.getObject("searched_on", LocalDate.class)))
			.optional();
	}

	/** Replaces the parts withheld from the draft (none unless the draft is 部分公开). */
	public void setWithheldParts(CaseId id, List<WithheldPart> parts) {
		jdbc.sql("delete from case_withheld_part where case_id = ?").param(id.value()).update();
		for (int i = 0; i < parts.size(); i++) {
			WithheldPart p = parts.get(i);
			jdbc.sql("insert into case_withheld_part (case_id, position, part, ground, reason) values (?, ?, ?, ?, ?)")
				.params(id.value(), i + 1, p.part(), p.ground().name(), p.reason())
				.update();
		}
	}

	/** The parts withheld from a partly disclosed draft or reply, in order. */
	public List<WithheldPart> withheldParts(CaseId id) {
		return jdbc.sql("select part, ground, reason from case_withheld_part where case_id = ? order by position")
			.param(id.value())
			.query((rs, n) -> new WithheldPart(rs.getString("part"), Outcome.valueOf(rs.getString("ground")),
					rs.getString("reason")))
			.list();
	}

	/**
	 * Replaces the items of a draft answered item by item (none unless it is a mixed
	 * answer, docs/statute.md#mixed-answers).
	 */
	public void setAnswerItems(CaseId id, List<AnswerItem> items) {
		jdbc.sql("delete from case_answer_item where case_id = ?").param(id.value()).update();
		for (int i = 0; i < items.size(); i++) {
			AnswerItem a = items.get(i);
			NotHeldAnswer n = a.notHeld();
			jdbc.sql("""
					insert into case_answer_item (case_id, position, item, result, explanation, not_held_kind,
					  searched_where, searched_how, searched_by, searched_on)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id.value(), i + 1, a.item(), a.result().name(), a.explanation(),
						n == null ? null : n.kind().name(), n == null ? null : n.searchedWhere(),
						n == null ? null : n.searchedHow(), n == null ? null : n.searchedBy(),
						n == null ? null : n.searchedOn())
				.update();
		}
	}

	/** The items of a draft or reply answered item by item, in order; empty otherwise. */
	public List<AnswerItem> answerItems(CaseId id) {
		return jdbc.sql("select * from case_answer_item where case_id = ? order by position")
			.param(id.value())
			.query((rs, n) -> {
				String kind = rs.getString("not_held_kind");
				return new AnswerItem(rs.getString("item"), Outcome.valueOf(rs.getString("result")),
						rs.getString("explanation"),
						kind == null ? null
								: new NotHeldAnswer(NotHeldAnswer.Kind.valueOf(kind), rs.getString("searched_where"),
										rs.getString("searched_how"), rs.getString("searched_by"),
										rs.getObject("searched_on", LocalDate.class)));
			})
			.list();
	}

	/**
	 * The agency named in the reply as holding the information, if any: {agency,
	 * contact}.
	 */
	public Optional<List<String>> referral(CaseId id) {
		return jdbc.sql("select referred_agency, referred_contact from disclosure_case where id = ?")
			.param(id.value())
			.query((rs, n) -> rs.getString(1) == null ? null : List.of(rs.getString(1), rs.getString(2)))
			.optional();
	}

	private static DisclosureCase map(ResultSet rs, int n) throws SQLException {
		String outcome = rs.getString("outcome");
		String draft = rs.getString("draft_outcome");
		Timestamp submitted = rs.getTimestamp("submitted_at");
		return new DisclosureCase(new CaseId(rs.getObject("id", UUID.class)), rs.getString("reference"),
				new AgencyId(rs.getObject("agency_id", UUID.class)), rs.getObject("applicant_id", UUID.class),
				ApplicantCategory.valueOf(rs.getString("applicant_category")), Channel.valueOf(rs.getString("channel")),
				submitted.toInstant(), rs.getObject("received_on", LocalDate.class), rs.getString("information_sought"),
				RequestedForm.valueOf(rs.getString("requested_form")),
				DeliveryMethod.valueOf(rs.getString("delivery_method")), CaseStatus.valueOf(rs.getString("status")),
				outcome == null ? null : Outcome.valueOf(outcome), rs.getString("reply_text"),
				rs.getObject("decided_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
				draft == null ? null : Outcome.valueOf(draft), rs.getString("draft_reply"),
				rs.getString("review_note"));
	}

}
