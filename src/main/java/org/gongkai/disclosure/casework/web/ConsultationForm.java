package org.gongkai.disclosure.casework.web;

import org.gongkai.disclosure.casework.stops.CaseConsultations;

/**
 * The 征求意见 letter as the officer filled it in, kept whole when refused (see
 * {@link OfficerActions}). Its field names are those {@code CaseConsultations.send}
 * reports problems under.
 */
class ConsultationForm {

	private CaseConsultations.Party party;

	private String partyName;

	private String matter;

	public CaseConsultations.Party getParty() {
		return party;
	}

	public void setParty(CaseConsultations.Party party) {
		this.party = party;
	}

	public String getPartyName() {
		return partyName;
	}

	public void setPartyName(String partyName) {
		this.partyName = partyName;
	}

	public String getMatter() {
		return matter;
	}

	public void setMatter(String matter) {
		this.matter = matter;
	}

}
