package org.gongkai.disclosure.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The clock periods of every case ({@code deadline_clock_period}), in order. */
@Repository
public class ClockPeriods {

	private final JdbcClient jdbc;

	ClockPeriods(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ClockPeriod> of(UUID caseId) {
		return jdbc.sql("""
				select kind, starts_on, ends_on, legal_basis from deadline_clock_period
				where case_id = ? order by seq""")
			.param(caseId)
			.query((rs, n) -> new ClockPeriod(ClockPeriod.Kind.valueOf(rs.getString("kind")),
					rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
					rs.getString("legal_basis")))
			.list();
	}

	/** Starts the answer clock on day 0, the receipt date fixed by 条例 art 31. */
	@Transactional
	public void start(UUID caseId, LocalDate dayZero, String legalBasis) {
		append(caseId, ClockPeriod.runningFrom(dayZero, legalBasis), null);
	}

	/**
	 * Closes the current period on {@code endsOn} and opens the next one on the same day.
	 * A switch to {@code RESTARTED} is the restart on a 补正 (条例 art 30); a 重新答复 restarts
	 * through {@link #restart}.
	 */
	@Transactional
	public void switchTo(UUID caseId, ClockPeriod.Kind kind, LocalDate on, String legalBasis) {
		switchTo(caseId, kind, on, legalBasis,
				kind == ClockPeriod.Kind.RESTARTED ? ClockPeriod.RestartReason.CORRECTION : null);
	}

	private void switchTo(UUID caseId, ClockPeriod.Kind kind, LocalDate on, String legalBasis,
			ClockPeriod.RestartReason reason) {
		int updated = jdbc.sql("update deadline_clock_period set ends_on = ? where case_id = ? and ends_on is null")
			.params(on, caseId)
			.update();
		if (updated != 1) {
			throw new IllegalStateException("案件没有正在进行的计时期间");
		}
		append(caseId, new ClockPeriod(kind, on, null, legalBasis), reason);
	}

	/** Stops the clock for good (the request is answered or ended). */
	@Transactional
	public void stop(UUID caseId, LocalDate on) {
		jdbc.sql(
				"update deadline_clock_period set ends_on = greatest(starts_on, ?) where case_id = ? and ends_on is null")
			.params(on, caseId)
			.update();
	}

	/**
	 * Restarts the answer clock on {@code on} with a fresh full period (重新答复 ordered by
	 * an appeal decision): after the current period if one is open, otherwise after the
	 * stopped clock of an answered case. The reason is stored with the period
	 * ({@code restart_reason}): a 重新答复 is {@code REANSWER}.
	 */
	@Transactional
	public void restart(UUID caseId, LocalDate on, ClockPeriod.RestartReason reason, String legalBasis) {
		int open = jdbc.sql("select count(*) from deadline_clock_period where case_id = ? and ends_on is null")
			.param(caseId)
			.query(Integer.class)
			.single();
		if (open == 1) {
			switchTo(caseId, ClockPeriod.Kind.RESTARTED, on, legalBasis, reason);
		}
		else {
			append(caseId, new ClockPeriod(ClockPeriod.Kind.RESTARTED, on, null, legalBasis), reason);
		}
	}

	/**
	 * Records an approved extension of the answer period (条例 art 33 ¶1: once, at most 20
	 * working days).
	 */
	@Transactional
	public void extend(UUID caseId, int workingDays, LocalDate grantedOn, String legalBasis) {
		if (workingDays < 1 || workingDays > StatutoryClock.MAX_EXTENSION_DAYS) {
			throw new IllegalArgumentException("延长答复期限须为1至20个工作日");
		}
		int inserted = jdbc.sql("""
				insert into deadline_extension (case_id, working_days, legal_basis, granted_on)
				values (?, ?, ?, ?) on conflict (case_id) do nothing""")
			.params(caseId, workingDays, legalBasis, grantedOn)
			.update();
		if (inserted != 1) {
			throw new IllegalStateException("答复期限只能延长一次");
		}
	}

	public int extensionDays(UUID caseId) {
		// an extension belongs to the period it was granted in: a later fresh start
		// on a 重新答复 does not inherit it
		return jdbc.sql("""
				select coalesce(max(working_days), 0) from deadline_extension e
				where e.case_id = :caseId
				  and e.granted_on >= coalesce((select max(starts_on) from deadline_clock_period p
				                                where p.case_id = :caseId and p.restart_reason = 'REANSWER'),
				                       e.granted_on)""").param("caseId", caseId).query(Integer.class).single();
	}

	private void append(UUID caseId, ClockPeriod period, ClockPeriod.RestartReason reason) {
		jdbc.sql("""
				insert into deadline_clock_period (case_id, seq, kind, starts_on, ends_on, legal_basis, restart_reason)
				values (:caseId,
				        (select coalesce(max(seq), 0) + 1 from deadline_clock_period where case_id = :caseId),
				        :kind, :startsOn, :endsOn, :basis, :reason)""")
			.param("caseId", caseId)
			.param("kind", period.kind().name())
			.param("startsOn", period.startsOn())
			.param("endsOn", period.endsOn())
			.param("basis", period.legalBasis())
			.param("reason", reason == null ? null : reason.name())
			.update();
	}

}
