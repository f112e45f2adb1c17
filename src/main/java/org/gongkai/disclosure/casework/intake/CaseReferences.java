package org.gongkai.disclosure.casework.intake;

import java.util.UUID;

import org.gongkai.disclosure.shared.ids.CaseReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reference numbers people can read and say on the phone:
 * {@code <agency code>-<year>-<5-digit sequence>}, e.g. {@code DEMO-XQ-2026-00042}. The
 * per-agency, per-year counter is taken with one atomic upsert, so two concurrent
 * submissions never share a number.
 */
@Component
public class CaseReferences {

	private final JdbcClient jdbc;

	CaseReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String next(UUID agencyId, String agencyCode, int year) {
		// a number already taken (e.g. by a case imported from a ledger) is skipped,
		// never handed out twice
		for (int attempt = 0; attempt < 1000; attempt++) {
			int value = jdbc.sql("""
					insert into case_reference_counter (agency_id, year, last_value) values (?, ?, 1)
					on conflict (agency_id, year) do update set last_value = case_reference_counter.last_value + 1
					returning last_value""").params(agencyId, year).query(Integer.class).single();
			String reference = CaseReference.of(agencyCode, year, value).toString();
			if (jdbc.sql("select count(*) from disclosure_case where reference = ?")
				.param(reference)
				.query(Long.class)
				.single() == 0) {
				return reference;
			}
		}
		throw new IllegalStateException("申请编号已用尽：" + agencyCode + "-" + year);
	}

}
