package org.gongkai.disclosure.casework.stops;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditLine;
import org.gongkai.disclosure.casework.CaseAccess;
import org.gongkai.disclosure.casework.CaseNotFoundException;
import org.gongkai.disclosure.casework.CaseStatus;
import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.process.CaseClock;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess.Elements;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess.Messages;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess.NextStep;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess;
import org.gongkai.disclosure.casework.process.DisclosureRequestWorkflow;
import org.gongkai.disclosure.casework.stops.ClockStop.Kind;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.shared.InvalidFields;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.Texts;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations that stop the answer clock (条例 art 33 ¶3): a third party whose rights
 * disclosure may harm (art 32) or another agency that made the information jointly (art
 * 34), each with 15 working days to answer. Silence means: for a third party, the agency
 * decides under the 条例; for another agency, consent (视为同意公开). Also the expression bean of
 * the 15-day timer.
 */
@Service(DisclosureRequestProcess.Beans.CONSULTATION_DEADLINES)
public class CaseConsultations {

	public static final int ANSWER_WORKING_DAYS = 15;

	public static final String PUBLIC_INTEREST_BASIS = "《条例》第三十二条";

	private final JdbcClient jdbc;

	private final Cases cases;

	private final CaseAccess access;

	private final CaseLedger ledger;

	private final ReplyDeadlines deadlines;

	private final DisclosureRequestWorkflow workflow;

	private final CaseClock caseClock;

	private final ClockStops stops;

	CaseConsultations(JdbcClient jdbc, Cases cases, CaseAccess access, CaseLedger ledger, ReplyDeadlines deadlines,
			DisclosureRequestWorkflow workflow, CaseClock caseClock, ClockStops stops) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.access = access;
		this.ledger = ledger;
		this.deadlines = deadlines;
		this.workflow = workflow;
		this.caseClock = caseClock;
		this.stops = stops;
	}

	@Transactional
	@PreAuthorize("hasRole('CASE_OFFICER')")
	public Consultation send(GongkaiUser officer, CaseId id, Party kind, String partyName, String matter) {
		DisclosureCase current = access.handledBy(officer, id);
		new InvalidFields.Collector().require(kind != null, "party", "refusal.casework.consultation.chooseParty")
			.check("partyName", () -> Texts.require(partyName, "征求意见对象", 200))
			.check("matter", () -> Texts.require(matter, "征求意见的内容", 4000))
			.throwIfAny();
		String party = Texts.require(partyName, "征求意见对象", 200);
		String what = Texts.require(matter, "征求意见的内容", 4000);
		if (of(id).isPresent()) {
			throw new StateRefusal("refusal.casework.consultation.done");
		}
		LocalDate today = caseClock.today();
		deadlines.requireWithinPeriod(id.value(), today, "中止计时征求意见");
		stops.open(id, Kind.CONSULTATION, party, today, ANSWER_WORKING_DAYS);
		jdbc.sql("insert into case_consultation (case_id, party_kind, matter) values (?, ?, ?)")
			.params(id.value(), kind.name(), what)
			.update();
		caseClock.suspend(current, CaseStatus.AWAITING_CONSULTATION, today, kind.basis() + "；《条例》第三十三条第三款");
		ledger.append(id, officer.id(), officer.displayName(), LedgerAction.CONSULTATION_SENT, kind.basis(),
				Map.of("party", kind.name(), "workingDays", Integer.toString(ANSWER_WORKING_DAYS)),
				AuditLine.success(AuditAction.CONSULTATION_SENT,
						current.reference() + " 意见期限：自收到征求意见书之日起" + ANSWER_WORKING_DAYS + "个工作日"));
		workflow.complete(current.reference(), Elements.TASK_DECIDE, NextStep.CONSULTATION);
		return of(id).orElseThrow();
	}

	@Transactional
	@PreAuthorize("hasRole('CASE_OFFICER')")
	public void answered(GongkaiUser officer, CaseId id, boolean consented, String reasons) {
		answered(officer, id, consented, reasons, null);
	}

	/**
	 * The consulted party's answer, recorded by the officer: consent or objection with
	 * its reasons, and the day it arrived (null: today).
	 */
	@Transactional
	@PreAuthorize("hasRole('CASE_OFFICER')")
	public void answered(GongkaiUser officer, CaseId id, boolean consented, String reasons, LocalDate receivedOn) {
		DisclosureCase current = access.handledBy(officer, id);
		Consultation consultation = of(id)
			.orElseThrow(() -> new StateRefusal("refusal.casework.letters.noConsultation"));
		if (current.status() != CaseStatus.AWAITING_CONSULTATION) {
			throw new StateRefusal("refusal.casework.consultation.notNow");
		}
		String why = consented ? Texts.optional(reasons, "意见", 4000) : Texts.require(reasons, "不同意公开的理由", 4000);
		LocalDate today = caseClock.today();
		LocalDate arrived = ClockStops.arrival(officer, receivedOn, today);
		stops.answered(id, Kind.CONSULTATION, arrived, today);
		jdbc.sql("update case_consultation set consented = ?, reasons = ? where case_id = ?")
			.params(consented, why, id.value())
			.update();
		caseClock.resume(current, arrived, consultation.kind().basis() + "：已收到意见，恢复计时");
		ledger.append(id, officer.id(), officer.displayName(), LedgerAction.CONSULTATION_ANSWERED,
				consultation.kind().basis(),
				Map.of("consented", Boolean.toString(consented), "receivedOn", arrived.toString()));
		workflow.correlate(current.reference(), Messages.CONSULTATION_ANSWERED);
	}

	/**
	 * 《条例》第三十二条: the third party objected, but the agency holds that withholding could
	 * seriously affect the public interest and decides to disclose. The reasons are
	 * recorded; the third party is told in writing of the content to be disclosed and why
	 * ({@code THIRD_PARTY_NOTICE}, issued with the decision). Only at the decide step,
	 * once.
	 */
	@Transactional
	@PreAuthorize("hasRole('CASE_OFFICER')")
	public Consultation overrideForPublicInterest(GongkaiUser officer, CaseId id, String reasons) {
		DisclosureCase current = access.handledBy(officer, id);
		Consultation consultation = of(id).filter(Consultation::thirdPartyObjected)
			.orElseThrow(() -> new StateRefusal("refusal.casework.publicInterest.onlyOnObjection"));
		if (consultation.overridden()) {
			throw new StateRefusal("refusal.casework.publicInterest.done");
		}
		if (current.status() != CaseStatus.IN_PROGRESS) {
			throw new StateRefusal("refusal.casework.publicInterest.atDrafting");
		}
		String why = Texts.require(reasons, "不公开可能对公共利益造成重大影响的理由", 4000);
		LocalDate today = caseClock.today();
		jdbc.sql(
				"update case_consultation set override_reasons = ?, override_on = ?, override_by = ? where case_id = ?")
			.params(why, today, officer.displayName(), id.value())
			.update();
		ledger.append(id, officer.id(), officer.displayName(), LedgerAction.PUBLIC_INTEREST_OVERRIDE,
				PUBLIC_INTEREST_BASIS, Map.of("thirdParty", consultation.partyName()),
				AuditLine.success(AuditAction.PUBLIC_INTEREST_OVERRIDE,
						current.reference() + " 第三方 " + consultation.partyName() + " 不同意公开，以公共利益决定公开"));
		return of(id).orElseThrow();
	}

	/** Called by the process when 15 working days passed without an answer. */
	@Transactional
	public void silence(CaseId id) {
		DisclosureCase current = cases.byId(id).orElseThrow(() -> new CaseNotFoundException(id));
		Consultation consultation = of(id).orElseThrow();
		if (current.status() != CaseStatus.AWAITING_CONSULTATION) {
			return;
		}
		Boolean deemed = consultation.kind() == Party.OTHER_AGENCY ? Boolean.TRUE : null;
		stops.lapsed(id, Kind.CONSULTATION);
		jdbc.sql("update case_consultation set consented = ? where case_id = ?").params(deemed, id.value()).update();
		// the clock runs again from the last day of the 15, not from whenever the timer
		// job ran
		caseClock.resume(current, consultation.dueOn(), consultation.kind().basis() + "：逾期未提出意见，恢复计时");
		ledger.append(id, null, CaseLedger.SYSTEM, LedgerAction.CONSULTATION_LAPSED, consultation.kind().basis(),
				Map.of("meaning", consultation.kind().silence()));
	}

	/**
	 * Timer expression: the consulted party's 15 working days end at the start of the
	 * next day.
	 */
	public Date lapsesAt(String caseId) {
		return stops.lapsesAt(caseId, Kind.CONSULTATION);
	}

	public Optional<Consultation> of(CaseId id) {
		return of(id, stops.of(id, Kind.CONSULTATION));
	}

	/**
	 * As {@link #of(CaseId)}, with the case's windows already read
	 * ({@link ClockStops#of(CaseId)}).
	 */
	public Optional<Consultation> of(CaseId id, Map<Kind, ClockStop> windows) {
		return of(id, Optional.ofNullable(windows.get(Kind.CONSULTATION)));
	}

	private Optional<Consultation> of(CaseId id, Optional<ClockStop> stop) {
		return stop.map(window -> jdbc.sql("select * from case_consultation where case_id = ?")
			.param(id.value())
			.query((rs, n) -> new Consultation(window, Party.valueOf(rs.getString("party_kind")),
					rs.getString("matter"), (Boolean) rs.getObject("consented"), rs.getString("reasons"),
					rs.getString("override_reasons"), rs.getObject("override_on", LocalDate.class),
					rs.getString("override_by")))
			.single());
	}

	/** Who is consulted, on which article, and what silence means. */
	public enum Party {

		THIRD_PARTY("第三方", "《条例》第三十二条", "第三方逾期未提出意见，由行政机关依照条例规定决定是否公开"),
		OTHER_AGENCY("其他行政机关", "《条例》第三十四条", "其他行政机关逾期未提出意见，视为同意公开");

		private final String label;

		private final String basis;

		private final String silence;

		Party(String label, String basis, String silence) {
			this.label = label;
			this.basis = basis;
			this.silence = silence;
		}

		public String label() {
			return label;
		}

		public String basis() {
			return basis;
		}

		public String silence() {
			return silence;
		}

	}

	/**
	 * A consultation: whom, about what, by when, and the answer (null consent while open
	 * or on third-party silence); and, where a third party objected, the agency's
	 * public-interest decision to disclose all the same.
	 */
	public record Consultation(ClockStop window, Party kind, String matter, Boolean consented, String reasons,
			String overrideReasons, LocalDate overrideOn, String overrideBy) {

		public String partyName() {
			return window.addressee();
		}

		public LocalDate sentOn() {
			return window.sentOn();
		}

		public LocalDate dueOn() {
			return window.dueOn();
		}

		public LocalDate answeredOn() {
			return window.answeredOn();
		}

		/**
		 * A third party said no (art 32): disclosure then needs a recorded
		 * public-interest decision.
		 */
		public boolean thirdPartyObjected() {
			return kind == Party.THIRD_PARTY && Boolean.FALSE.equals(consented);
		}

		public boolean overridden() {
			return overrideOn != null;
		}
	}

}
