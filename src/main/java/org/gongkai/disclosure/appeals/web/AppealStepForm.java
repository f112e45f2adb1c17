package org.gongkai.disclosure.appeals.web;

import java.time.LocalDate;

import org.gongkai.disclosure.appeals.DecisionType;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the appeal page's three forms send — the answer's date, the decision and its
 * dates, the withdrawal's date — bound field by field like every form, so that a date
 * typed wrongly is the bundle's {@code typeMismatch} message beside its field and a
 * refused step shows the page again with what was typed. The forms share no field.
 */
public class AppealStepForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate answeredOn;

	private DecisionType decisionType;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate decidedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate receivedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate on;

	public LocalDate getAnsweredOn() {
		return answeredOn;
	}

	public void setAnsweredOn(LocalDate answeredOn) {
		this.answeredOn = answeredOn;
	}

	public DecisionType getDecisionType() {
		return decisionType;
	}

	public void setDecisionType(DecisionType decisionType) {
		this.decisionType = decisionType;
	}

	public LocalDate getDecidedOn() {
		return decidedOn;
	}

	public void setDecidedOn(LocalDate decidedOn) {
		this.decidedOn = decidedOn;
	}

	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	public void setReceivedOn(LocalDate receivedOn) {
		this.receivedOn = receivedOn;
	}

	public LocalDate getOn() {
		return on;
	}

	public void setOn(LocalDate on) {
		this.on = on;
	}

}
