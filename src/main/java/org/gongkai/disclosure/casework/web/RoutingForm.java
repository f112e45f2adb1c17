package org.gongkai.disclosure.casework.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The 交办 to departments as the officer chose it, kept whole when refused (see
 * {@link OfficerActions}). Its field names are those {@code CaseRoutings.route} reports
 * problems under.
 */
class RoutingForm {

	/** The lead department's code. */
	private String lead;

	/** The assisting departments' codes. */
	private List<String> assist = new ArrayList<>();

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueOn;

	private String instructions;

	/** The empty form, with the departments' usual last day. */
	static RoutingForm dueOn(LocalDate dueOn) {
		RoutingForm form = new RoutingForm();
		form.dueOn = dueOn;
		return form;
	}

	public String getLead() {
		return lead;
	}

	public void setLead(String lead) {
		this.lead = lead;
	}

	public List<String> getAssist() {
		return assist;
	}

	public void setAssist(List<String> assist) {
		this.assist = assist;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	public String getInstructions() {
		return instructions;
	}

	public void setInstructions(String instructions) {
		this.instructions = instructions;
	}

}
