package org.gongkai.disclosure.casework.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditLine;
import org.gongkai.disclosure.casework.CaseAccess;
import org.gongkai.disclosure.casework.CaseStatus;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.Texts;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Earlier requests to the same agency that ask for similar information (PostgreSQL
 * pg_trgm trigram similarity), suggested to the officer at screening. Suggestions only:
 * whether a request is 重复申请 is the officer's decision, recorded as an outcome with its
 * reasons; a link between cases is recorded when the officer makes it. When several
 * applicants ask for the same information, the page suggests publishing it proactively
 * (条例 art 44).
 */
@Service
public class SimilarRequests {

	/** pg_trgm similarity from which a request is shown as similar. */
	public static final double THRESHOLD = 0.3;

	/**
	 * Distinct applicants asking for the same information from which proactive
	 * publication is suggested.
	 */
	public static final int PUBLISH_SUGGESTION_FROM = 3;

	private final JdbcClient jdbc;

	private final CaseAccess access;

	private final CaseLedger ledger;

	SimilarRequests(JdbcClient jdbc, CaseAccess access, CaseLedger ledger) {
		this.jdbc = jdbc;
		this.access = access;
		this.ledger = ledger;
	}

	/**
	 * Up to ten earlier requests at least {@link #THRESHOLD} alike, the most alike first
	 * (the latest first among equals). The condition is pg_trgm's {@code %} operator with
	 * the threshold set for this transaction only ({@code similarity() >= x} is the same
	 * test but no index can answer it); the order is its distance {@code <->} (1 −
	 * similarity), which the GiST index on the agency and the text returns nearest first,
	 * so the search reads ten rows and their neighbours in the index instead of every
	 * match. The index also holds the text's first sixteen characters between the two
	 * (V147): the query does not use them, but they make each leaf of the tree hold
	 * requests that begin alike, which lets the nearest-first scan skip the rest
	 * (docs/operations.md, "The similar-request search").
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER', 'LEGAL_REVIEWER', 'HEAD_OF_OFFICE')")
	public List<Similar> similarTo(GongkaiUser officer, CaseId id) {
		DisclosureCase c = access.handledBy(officer, id);
		jdbc.sql("select set_config('pg_trgm.similarity_threshold', ?, true)")
			.param(Double.toString(THRESHOLD))
			.query(String.class)
			.single();
		return jdbc.sql("""
				select id, reference, received_on, applicant_id = :applicant as same_applicant, status, outcome,
				       similarity(information_sought, :text) as score,
				       exists (select 1 from case_link l where l.case_id = :id and l.related_case_id = d.id) as linked
				from disclosure_case d
				where information_sought % :text and agency_id = :agency and id <> :id
				order by information_sought <-> :text, received_on desc
				limit 10""")
			.param("applicant", c.applicantId())
			.param("text", c.informationSought())
			.param("id", c.id().value())
			.param("agency", c.agencyId().value())
			.query((rs, n) -> new Similar(new CaseId(rs.getObject("id", UUID.class)), rs.getString("reference"),
					rs.getObject("received_on", LocalDate.class), rs.getBoolean("same_applicant"),
					CaseStatus.valueOf(rs.getString("status")),
					rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")),
					rs.getDouble("score"), rs.getBoolean("linked")))
			.list();
	}

	/**
	 * How many different applicants (this one included) asked for similar information:
	 * art 44's signal.
	 */
	public long distinctApplicants(List<Similar> similar, GongkaiUser officer, CaseId id) {
		DisclosureCase c = access.handledBy(officer, id);
		if (similar.isEmpty()) {
			return 1;
		}
		return jdbc.sql("select count(distinct applicant_id) from disclosure_case where id in (:ids)")
			.param("ids", Stream.concat(similar.stream().map(s -> s.id().value()), Stream.of(c.id().value())).toList())
			.query(Long.class)
			.single();
	}

	@Transactional
	@PreAuthorize("hasRole('CASE_OFFICER')")
	public void link(GongkaiUser officer, CaseId id, CaseId related, String note) {
		DisclosureCase c = access.handledBy(officer, id);
		DisclosureCase other = access.handledBy(officer, related);
		if (c.id().equals(other.id())) {
			throw new Refusal("refusal.casework.similar.self");
		}
		String why = Texts.optional(note, "关联说明", 500);
		int inserted = jdbc.sql("""
				insert into case_link (case_id, related_case_id, linked_by, linked_at, note)
				values (?, ?, ?, ?, ?) on conflict do nothing""")
			.params(c.id().value(), other.id().value(), officer.id(), OffsetDateTime.now(), why)
			.update();
		if (inserted == 1) {
			ledger.append(id, officer.id(), officer.displayName(), LedgerAction.LINKED, "《条例》第三十六条第（六）项",
					Map.of("related", other.reference()),
					AuditLine.success(AuditAction.CASE_LINKED, c.reference() + " ↔ " + other.reference()));
		}
	}

	/** An earlier request like this one, and how alike (0–1). */
	public record Similar(CaseId id, String reference, LocalDate receivedOn, boolean sameApplicant, CaseStatus status,
			Outcome outcome, double score, boolean linked) {
	}

}
