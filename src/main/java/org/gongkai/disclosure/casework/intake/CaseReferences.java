package org.gongkai.disclosure.casework.intake;

import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.ids.AgencyId;
import org.gongkai.disclosure.shared.ids.CaseReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reference numbers people can read and say on the phone:
 * {@code <agency code>-<year>-<5-digit sequence>}, e.g. {@code DEMO-XQ-2026-00042}. Each
 * agency and year draws from its own PostgreSQL sequence (V85,
 * {@code case_reference_next}), so concurrent filings never share a number and never wait
 * for each other. The reference is the office's internal 受理编号, not a number any rule
 * requires to be gap-free: a filing that fails after drawing its number leaves a gap
 * (docs/operations.md).
 */
@Component
public class CaseReferences {

	private final JdbcClient jdbc;

	CaseReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String next(AgencyId agencyId, String agencyCode, int year) {
		// a number already taken (e.g. by a case imported from a ledger) is skipped,
		// never handed out twice
		for (int attempt = 0; attempt < 1000; attempt++) {
			long value = jdbc.sql("select case_reference_next(?, ?)")
				.params(agencyId.value(), year)
				.query(Long.class)
				.single();
			String reference = CaseReference.of(agencyCode, year, Math.toIntExact(value)).toString();
			if (jdbc.sql("select count(*) from disclosure_case where reference = ?")
				.param(reference)
				.query(Long.class)
				.single() == 0) {
				return reference;
			}
		}
		throw new StateRefusal("refusal.casework.reference.exhausted", agencyCode, year);
	}

}
