package org.gongkai.disclosure.deadlines;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.disclosure.shared.Refusal;

/**
 * The answer deadline of one request, derived from its clock periods (never stored): 20
 * working days (条例 art 33 ¶2) plus an approved extension of at most 20 (art 33 ¶2), with
 * consultation and fee time not counted (art 33 ¶3) and a fresh start when a 补正 arrives
 * (art 30).
 */
public record StatutoryClock(List<ClockPeriod> periods, int periodDays, int extensionDays) {

	public static final int ANSWER_PERIOD_DAYS = 20;

	public static final int MAX_EXTENSION_DAYS = 20;

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

	public StatutoryClock {
		periods = List.copyOf(periods);
		if (periods.isEmpty() || !periods.get(0).counts()) {
			throw new Refusal("refusal.deadlines.clock.startsOnReceipt");
		}
		if (extensionDays < 0 || extensionDays > MAX_EXTENSION_DAYS) {
			throw new Refusal("refusal.deadlines.clock.extensionMax");
		}
		for (int i = 0; i < periods.size() - 1; i++) {
			if (periods.get(i).isCurrent()) {
				throw new Refusal("refusal.deadlines.clock.onlyLastOpen");
			}
		}
	}

	public static StatutoryClock answerClock(List<ClockPeriod> periods, int extensionDays) {
		return new StatutoryClock(periods, ANSWER_PERIOD_DAYS, extensionDays);
	}

	/**
	 * Works out the due date on {@code calendar} and explains every step in words an
	 * applicant can follow.
	 */
	public DueDate dueDate(WorkingCalendar calendar) {
		List<String> steps = new ArrayList<>();
		int total = periodDays + extensionDays;
		int used = 0;
		LocalDate first = periods.get(0).startsOn();
		LocalDate due = null;
		LocalDate expired = null; // set once a period has used up every day: later
									// periods cannot move it
		for (int i = 0; i < periods.size(); i++) {
			ClockPeriod p = periods.get(i);
			switch (p.kind()) {
				case SUSPENDED -> steps.add("%s起中止计时（%s）；已用%d个工作日，尚余%d个工作日".formatted(p.startsOn().format(ISO),
						p.legalBasis(), used, total - used));
				case RESTARTED -> {
					used = 0;
					steps.add("%s重新起算答复期限（%s），当日为第0日".formatted(p.startsOn().format(ISO), p.legalBasis()));
				}
				case RUNNING -> steps.add(i == 0 ? "收到申请 %s（第0日，%s）".formatted(p.startsOn().format(ISO), p.legalBasis())
						: "%s恢复计时（%s），当日为第0日".formatted(p.startsOn().format(ISO), p.legalBasis()));
			}
			if (expired != null && p.kind() != ClockPeriod.Kind.RESTARTED) {
				continue;
			}
			if (p.kind() == ClockPeriod.Kind.RESTARTED) {
				expired = null;
			}
			if (!p.counts()) {
				due = null;
				continue;
			}
			int remaining = total - used;
			due = calendar.addWorkingDays(p.startsOn(), remaining);
			if (i == periods.size() - 1) {
				if (remaining > 0) {
					steps.add("第%d个工作日 %s".formatted(used + 1, calendar.addWorkingDays(p.startsOn(), 1).format(ISO)));
				}
				steps.add("第%d个工作日 %s：答复期限届满%s".formatted(total, due.format(ISO),
						extensionDays > 0 ? "（含经批准延长的%d个工作日）".formatted(extensionDays) : ""));
			}
			if (!p.isCurrent()) {
				int elapsed = calendar.workingDaysBetween(p.startsOn(), p.endsOn());
				used += Math.min(remaining, elapsed);
				if (elapsed >= remaining) {
					expired = due;
					if (i < periods.size() - 1) {
						steps.add("%s答复期限已届满，其后的中止不再延后期限".formatted(due.format(ISO)));
					}
				}
			}
		}
		if (expired != null) {
			due = expired;
		}
		LocalDate last = due != null ? due : periods.get(periods.size() - 1).startsOn();
		int left = due == null ? total - used : Math.max(0, total - used);
		return new DueDate(due, left, List.copyOf(steps), calendar.provisionalWarnings(first, last));
	}
}
