package org.gongkai.disclosure.casework.web;

import java.util.List;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.CasePageSection;
import org.gongkai.disclosure.casework.decision.CaseLetters;
import org.gongkai.disclosure.casework.decision.IssuedLetter;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The issued letters on the case pages: each version as it was sent, with its 文号, issue
 * time and SHA-256; officers can correct one (a new version).
 */
@Component
@Order(-1)
class IssuedLettersSection implements CasePageSection {

	private final CaseLetters letters;

	IssuedLettersSection(CaseLetters letters) {
		this.letters = letters;
	}

	@Override
	public String template() {
		return "released/fragments";
	}

	@Override
	public String fragment() {
		return "issuedLetters";
	}

	@Override
	public List<IssuedLetter> content(GongkaiUser user, CaseId caseId) {
		return letters.issued(user, caseId);
	}

}
