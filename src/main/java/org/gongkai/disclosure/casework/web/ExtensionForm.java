package org.gongkai.disclosure.casework.web;

import org.gongkai.disclosure.deadlines.StatutoryClock;

/**
 * The request to extend the reply period (《条例》第三十三条第二款) as the officer typed it, kept
 * whole when refused (see {@link OfficerActions}). Its field names are those
 * {@code CaseExtensions.request} reports problems under.
 */
class ExtensionForm {

	/** The longest extension the law allows, offered first. */
	private Integer workingDays = StatutoryClock.MAX_EXTENSION_DAYS;

	private String reason;

	public Integer getWorkingDays() {
		return workingDays;
	}

	public void setWorkingDays(Integer workingDays) {
		this.workingDays = workingDays;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
