package org.gongkai.disclosure.casework.web;

import java.util.Arrays;
import java.util.List;

/**
 * The 补正 notice as the officer typed it on the case page, kept whole when refused (see
 * {@link OfficerActions}). Its field names are those {@code CaseCorrections.request}
 * reports problems under.
 */
class CorrectionNoticeForm {

	/** The items, one per line. */
	private String items;

	private Integer periodDays;

	/** The empty form, with the agency's usual period. */
	static CorrectionNoticeForm withPeriod(int periodDays) {
		CorrectionNoticeForm form = new CorrectionNoticeForm();
		form.periodDays = periodDays;
		return form;
	}

	/** The items as listed, one per line. */
	List<String> itemList() {
		return items == null ? List.of() : Arrays.stream(items.split("\\R")).toList();
	}

	public String getItems() {
		return items;
	}

	public void setItems(String items) {
		this.items = items;
	}

	public Integer getPeriodDays() {
		return periodDays;
	}

	public void setPeriodDays(Integer periodDays) {
		this.periodDays = periodDays;
	}

}
