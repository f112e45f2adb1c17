package org.gongkai.disclosure.casework.stops;

import java.time.OffsetDateTime;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.shared.InvalidFields;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.Texts;
import org.gongkai.disclosure.shared.ids.AgencyId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 《条例》第三十五条 as each agency applies it (docs/statute.md#art-35), set by the administrator:
 * the 延迟答复的合理期限 — how many working days beyond art 33's period the agency takes when it
 * accepts an applicant's reasons but cannot answer in time (printed in the 说明理由告知书) — and
 * whether the reply clock stops while the reasons are awaited, each choice with its
 * basis. Without a setting: Part A's defaults, 20 working days and the clock stops.
 */
@Service
public class ExplanationSettings {

	/** The default 延迟答复 period: as long again as art 33 ¶2's answer period. */
	public static final int DEFAULT_DELAY_DAYS = 20;

	/** The longest 延迟答复 period an agency may set (three answer periods). */
	public static final int MAX_DELAY_DAYS = 60;

	private final JdbcClient jdbc;

	private final Agencies agencies;

	private final AuditTrail audit;

	ExplanationSettings(JdbcClient jdbc, Agencies agencies, AuditTrail audit) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.audit = audit;
	}

	/** The agency's setting, or the defaults. */
	public Setting of(AgencyId agencyId) {
		return jdbc.sql("select * from case_art35_setting where agency_id = ?")
			.param(agencyId.value())
			.query((rs, n) -> new Setting(agencyId, rs.getInt("delay_working_days"),
					ClockWhileAwaiting.valueOf(rs.getString("clock_while_awaiting")), rs.getString("local_basis"),
					false))
			.optional()
			.orElse(new Setting(agencyId, DEFAULT_DELAY_DAYS, ClockWhileAwaiting.STOPS, null, true));
	}

	/**
	 * Sets the agency's rule; every problem at once, under the fields
	 * {@code delayWorkingDays}, {@code clockWhileAwaiting} and {@code localBasis}.
	 * Applies to requests for reasons made from now on; those already made keep what
	 * their letter said.
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	public Setting save(GongkaiUser admin, AgencyId agencyId, Integer delayWorkingDays, ClockWhileAwaiting clock,
			String localBasis) {
		String agency = agencies.byId(agencyId)
			.orElseThrow(() -> new Refusal("refusal.casework.agency.unknown"))
			.code();
		InvalidFields.Collector problems = new InvalidFields.Collector();
		problems
			.require(delayWorkingDays != null && delayWorkingDays >= 1 && delayWorkingDays <= MAX_DELAY_DAYS,
					"delayWorkingDays", "refusal.casework.explanationSettings.delayDays", MAX_DELAY_DAYS)
			.require(clock != null, "clockWhileAwaiting", "refusal.casework.explanationSettings.chooseClock")
			.check("localBasis", () -> Texts.optional(localBasis, "本机关依据", 500))
			.throwIfAny();
		String basis = Texts.optional(localBasis, "本机关依据", 500);
		jdbc.sql("""
				insert into case_art35_setting (agency_id, delay_working_days, clock_while_awaiting, local_basis,
				                                updated_by, updated_at)
				values (:agency, :days, :clock, :basis, :by, :at)
				on conflict (agency_id) do update set delay_working_days = excluded.delay_working_days,
				    clock_while_awaiting = excluded.clock_while_awaiting, local_basis = excluded.local_basis,
				    updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
			.param("agency", agencyId.value())
			.param("days", delayWorkingDays)
			.param("clock", clock.name())
			.param("basis", basis)
			.param("by", admin.id())
			.param("at", OffsetDateTime.now())
			.update();
		audit.record(AuditAction.ART35_SETTING_CHANGED, "agency", agencyId, AuditResult.SUCCESS,
				"%s 延迟答复%d个工作日，%s".formatted(agency, delayWorkingDays, clock.label()));
		return of(agencyId);
	}

	/** Whether the reply clock stops while an applicant's reasons are awaited. */
	public enum ClockWhileAwaiting {

		/**
		 * The time is the applicant's, not the office's: it does not count towards art 33
		 * ¶2's period (docs/statute.md Part A, "Clock suspension").
		 */
		STOPS("等待说明理由期间答复期限中止计算", "《条例》第三十五条（要求申请人说明理由，说明期间不计入第三十三条第二款规定的答复期限）"),
		/**
		 * Art 33 ¶3 excludes only the time of consulting a third party or another organ;
		 * an agency that reads the 条例 strictly lets the clock run.
		 */
		RUNS("等待说明理由期间答复期限照常计算", "《条例》第三十三条第二款、第三款（答复期限只扣除征求第三方和其他机关意见所需时间）");

		private final String label;

		private final String basis;

		ClockWhileAwaiting(String label, String basis) {
			this.label = label;
			this.basis = basis;
		}

		public String label() {
			return label;
		}

		/** The article the choice rests on. */
		public String basis() {
			return basis;
		}

	}

	/**
	 * An agency's art 35 rule: the 延迟答复 period in working days, the clock while reasons
	 * are awaited, the agency's own basis if it cites one (a provincial rule), and
	 * whether these are the defaults.
	 */
	public record Setting(AgencyId agencyId, int delayWorkingDays, ClockWhileAwaiting clockWhileAwaiting,
			String localBasis, boolean defaults) {

		public boolean clockStops() {
			return clockWhileAwaiting == ClockWhileAwaiting.STOPS;
		}

		/**
		 * The basis cited for the clock: the article, and the agency's own rule if set.
		 */
		public String basis() {
			return localBasis == null ? clockWhileAwaiting.basis() : clockWhileAwaiting.basis() + "；" + localBasis;
		}

	}

}
