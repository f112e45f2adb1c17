package org.gongkai.disclosure.casework.web;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.decision.CaseLetters;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The correction of an issued letter from the officer's case page. */
@Controller
class LetterPages {

	private final CaseLetters letters;

	private final MessageSourceAccessor messages;

	LetterPages(CaseLetters letters, MessageSourceAccessor messages) {
		this.messages = messages;
		this.letters = letters;
	}

	@PostMapping("/officer/cases/{id}/letters/{kind}/corrections")
	String correct(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id, @PathVariable LetterKind kind,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return OfficerActions.act(id, redirect,
				messages.getMessage("case.done.letterCorrected", new Object[] { kind.title() }),
				() -> letters.correct(officer, id, kind, reason));
	}

}
