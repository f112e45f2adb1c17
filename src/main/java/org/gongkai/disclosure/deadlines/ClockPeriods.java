package org.gongkai.disclosure.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gongkai.disclosure.shared.PerTransaction;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The clock periods of every case ({@code deadline_clock_period}), in order. */
@Repository
public class ClockPeriods {

	/** The key of the periods a transaction has read ({@link PerTransaction}). */
	private static final Object PERIODS = new Object();

	/** The key of the extensions a transaction has read. */
	private static final Object EXTENSIONS = new Object();

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	ClockPeriods(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * The clock periods of a case; read once per transaction (ClockPeriods writes them
	 * and forgets what it read), each time outside one.
	 */
	public List<ClockPeriod> of(UUID caseId) {
		return PerTransaction.once(PERIODS, caseId, this::read);
	}

	private List<ClockPeriod> read(UUID caseId) {
		return List.copyOf(jdbc.sql("""
				select kind, starts_on, ends_on, legal_basis from deadline_clock_period
				where case_id = ? order by seq""")
			.param(caseId)
			.query((rs, n) -> new ClockPeriod(ClockPeriod.Kind.valueOf(rs.getString("kind")),
					rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
					rs.getString("legal_basis")))
			.list());
	}

	/** The clock periods of several cases, in order, in one query. */
	public Map<UUID, List<ClockPeriod>> of(Collection<UUID> caseIds) {
		Map<UUID, List<ClockPeriod>> periods = new HashMap<>();
		if (caseIds.isEmpty()) {
			return periods;
		}
		jdbc.sql("""
				select case_id, kind, starts_on, ends_on, legal_basis from deadline_clock_period
				where case_id = any(?) order by case_id, seq""").param(caseIds.toArray(UUID[]::new)).query(rs -> {
			periods.computeIfAbsent(rs.getObject("case_id", UUID.class), id -> new ArrayList<>())
				.add(new ClockPeriod(ClockPeriod.Kind.valueOf(rs.getString("kind")),
						rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
						rs.getString("legal_basis")));
		});
		return periods;
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
			throw new StateRefusal("refusal.deadlines.clock.noOpenPeriod");
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
		changed(caseId);
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
	 * Records an approved extension of the answer period (条例 art 33 ¶2: once, at most 20
	 * working days).
	 */
	@Transactional
	public void extend(UUID caseId, int workingDays, LocalDate grantedOn, String legalBasis) {
		if (workingDays < 1 || workingDays > StatutoryClock.MAX_EXTENSION_DAYS) {
			throw new Refusal("refusal.deadlines.clock.extensionDays");
		}
		int inserted = jdbc.sql("""
				insert into deadline_extension (case_id, working_days, legal_basis, granted_on)
				values (?, ?, ?, ?) on conflict (case_id) do nothing""")
			.params(caseId, workingDays, legalBasis, grantedOn)
			.update();
		if (inserted != 1) {
			throw new StateRefusal("refusal.deadlines.clock.extendedOnce");
		}
		changed(caseId);
	}

	/**
	 * The working days the current period is extended by; read once per transaction, as
	 * {@link #of(UUID)}.
	 */
	public int extensionDays(UUID caseId) {
		return PerTransaction.once(EXTENSIONS, caseId, this::readExtensionDays);
	}

	private int readExtensionDays(UUID caseId) {
		// an extension belongs to the period it was granted in: a later fresh start
		// on a 重新答复 does not inherit it
		return jdbc.sql("""
				select coalesce(max(working_days), 0) from deadline_extension e
				where e.case_id = :caseId
				  and e.granted_on >= coalesce((select max(starts_on) from deadline_clock_period p
				                                where p.case_id = :caseId and p.restart_reason = 'REANSWER'),
				                       e.granted_on)""").param("caseId", caseId).query(Integer.class).single();
	}

	/** {@link #extensionDays(UUID)} of several cases in one query; 0 for none. */
	public Map<UUID, Integer> extensionDays(Collection<UUID> caseIds) {
		Map<UUID, Integer> days = new HashMap<>();
		if (caseIds.isEmpty()) {
			return days;
		}
		jdbc.sql("""
				select e.case_id, max(e.working_days) as days from deadline_extension e
				where e.case_id = any(?)
				  and e.granted_on >= coalesce((select max(starts_on) from deadline_clock_period p
				                                where p.case_id = e.case_id and p.kind = 'RESTARTED'
				                                  and p.restart_reason = 'REANSWER'), e.granted_on)
				group by e.case_id""").param(caseIds.toArray(UUID[]::new)).query(rs -> {
			days.put(rs.getObject("case_id", UUID.class), rs.getInt("days"));
		});
		return days;
	}

	/**
	 * The case's clock changed in this transaction: what it had read of it is forgotten,
	 * and those who keep a date derived from it are told.
	 */
	private void changed(UUID caseId) {
		PerTransaction.forget(PERIODS, caseId);
		PerTransaction.forget(EXTENSIONS, caseId);
		events.publishEvent(new ClockChanged(caseId));
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
		changed(caseId);
	}

}
