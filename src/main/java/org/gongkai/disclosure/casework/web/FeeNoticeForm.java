package org.gongkai.disclosure.casework.web;

import org.gongkai.disclosure.fees.FeeMode;

/**
 * The 收费通知 as the officer chose it, kept whole when refused (see {@link OfficerActions}).
 * Its field names are those {@code CaseFees.quote} reports problems under.
 */
class FeeNoticeForm {

	private FeeMode mode = FeeMode.PER_REQUEST;

	private Integer quantity = 1;

	public FeeMode getMode() {
		return mode;
	}

	public void setMode(FeeMode mode) {
		this.mode = mode;
	}

	public Integer getQuantity() {
		return quantity;
	}

	public void setQuantity(Integer quantity) {
		this.quantity = quantity;
	}

}
