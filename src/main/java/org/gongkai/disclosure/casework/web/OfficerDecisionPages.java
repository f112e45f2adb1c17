package org.gongkai.disclosure.casework.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.DeliveryMethod;
import org.gongkai.disclosure.casework.NotHeldAnswer;
import org.gongkai.disclosure.casework.OutcomeNotEarnedException;
import org.gongkai.disclosure.casework.WithheldPart;
import org.gongkai.disclosure.casework.decision.CaseDecisions;
import org.gongkai.disclosure.casework.decision.CaseDeliveries;
import org.gongkai.disclosure.casework.decision.CaseExtensions;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.shared.RefusalWords;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page's forms from the proposed answer to the reply: the decision, its review
 * and sign-off, extensions and delivery.
 */
@Controller
@RequestMapping("/officer")
class OfficerDecisionPages {

	private final CaseDecisions decisions;

	private final CaseExtensions extensions;

	private final CaseDeliveries deliveries;

	private final MessageSourceAccessor messages;

	OfficerDecisionPages(CaseDecisions decisions, CaseExtensions extensions, CaseDeliveries deliveries,
			MessageSourceAccessor messages) {
		this.messages = messages;
		this.decisions = decisions;
		this.extensions = extensions;
		this.deliveries = deliveries;
	}

	@PostMapping("/cases/{id}/decision")
	String draft(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@RequestParam(required = false) Outcome outcome, @RequestParam(required = false) String replyText,
			@RequestParam(required = false) String referredAgency,
			@RequestParam(required = false) String referredContact,
			@RequestParam(required = false) List<String> withheldPart,
			@RequestParam(required = false) List<String> withheldGround,
			@RequestParam(required = false) List<String> withheldReason,
			@RequestParam(required = false) NotHeldAnswer.Kind notHeldKind,
			@RequestParam(required = false) String searchedWhere, @RequestParam(required = false) String searchedHow,
			@RequestParam(required = false) String searchedBy, @RequestParam(required = false) LocalDate searchedOn,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("replyText", replyText);
		try {
			List<WithheldPart> withheld = WithheldParts.fromForm(withheldPart, withheldGround, withheldReason);
			if (notHeldKind == null) {
				decisions.draft(officer, id, outcome, replyText, referredAgency, referredContact, withheld);
			}
			else {
				decisions.draft(officer, id, outcome, replyText, referredAgency, referredContact, withheld,
						new NotHeldAnswer(notHeldKind, searchedWhere, searchedHow, searchedBy, searchedOn));
			}
			redirect.addFlashAttribute("message", messages.getMessage("case.done.drafted"));
		}
		catch (OutcomeNotEarnedException e) {
			// beside the outcome field
			redirect.addFlashAttribute("outcomeError", RefusalWords.of(e, messages));
			keepTyped(redirect, outcome, referredAgency, referredContact, withheldPart, withheldGround, withheldReason,
					new TypedNotHeld(notHeldKind, searchedWhere, searchedHow, searchedBy, searchedOn));
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			redirect.addFlashAttribute("error", RefusalWords.of(e, messages));
			keepTyped(redirect, outcome, referredAgency, referredContact, withheldPart, withheldGround, withheldReason,
					new TypedNotHeld(notHeldKind, searchedWhere, searchedHow, searchedBy, searchedOn));
		}
		return "redirect:/officer/cases/" + id;
	}

	/**
	 * A refused decision comes back as it was typed: the outcome chosen, the withheld
	 * parts, the search record and the agency referred to (the reply text is kept
	 * already), whatever was wrong with them.
	 */
	private static void keepTyped(RedirectAttributes redirect, Outcome outcome, String referredAgency,
			String referredContact, List<String> parts, List<String> grounds, List<String> reasons,
			TypedNotHeld notHeld) {
		redirect.addFlashAttribute("chosenOutcome", outcome);
		redirect.addFlashAttribute("typedDecision",
				new TypedDecision(TypedWithheld.of(parts, grounds, reasons), notHeld, referredAgency, referredContact));
	}

	/** A refused decision's other fields as typed. */
	record TypedDecision(List<TypedWithheld> withheld, TypedNotHeld notHeld, String referredAgency,
			String referredContact) {
	}

	/** A withheld part's row as typed: its ground when it was one of the choices. */
	record TypedWithheld(String part, Outcome ground, String reason) {

		static List<TypedWithheld> of(List<String> parts, List<String> grounds, List<String> reasons) {
			int rows = Math.max(size(parts), Math.max(size(grounds), size(reasons)));
			return IntStream.range(0, rows)
				.mapToObj(i -> new TypedWithheld(at(parts, i), ground(at(grounds, i)), at(reasons, i)))
				.toList();
		}

		private static Outcome ground(String name) {
			return Arrays.stream(Outcome.values()).filter(o -> o.name().equals(name)).findFirst().orElse(null);
		}

		private static int size(List<String> values) {
			return values == null ? 0 : values.size();
		}

		private static String at(List<String> values, int i) {
			return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
		}

	}

	/** The search record (信息不存在) or referral kind as typed. */
	record TypedNotHeld(NotHeldAnswer.Kind kind, String searchedWhere, String searchedHow, String searchedBy,
			LocalDate searchedOn) {
	}

	/**
	 * The decision of a request answered item by item (docs/statute.md#mixed-answers):
	 * the rows are kept as typed when the draft is refused, with the reason above them.
	 */
	@PostMapping("/cases/{id}/decision/items")
	String draftItems(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@RequestParam(required = false) String replyText, @RequestParam(required = false) List<String> itemName,
			@RequestParam(required = false) List<String> itemResult,
			@RequestParam(required = false) List<String> itemExplanation,
			@RequestParam(required = false) List<String> itemNotHeldKind,
			@RequestParam(required = false) List<String> itemSearchedWhere,
			@RequestParam(required = false) List<String> itemSearchedHow,
			@RequestParam(required = false) List<String> itemSearchedBy,
			@RequestParam(required = false) List<String> itemSearchedOn, RedirectAttributes redirect) {
		List<AnswerItemForm.Row> rows = AnswerItemForm.rows(itemName, itemResult, itemExplanation, itemNotHeldKind,
				itemSearchedWhere, itemSearchedHow, itemSearchedBy, itemSearchedOn);
		try {
			decisions.draft(officer, id, AnswerItemForm.items(rows), replyText);
			redirect.addFlashAttribute("message", messages.getMessage("case.done.draftedItems"));
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			redirect.addFlashAttribute("itemsError", RefusalWords.of(e, messages));
			redirect.addFlashAttribute("itemRows", AnswerItemForm.shown(rows));
			redirect.addFlashAttribute("itemsReplyText", replyText);
		}
		return "redirect:/officer/cases/" + id + "#answer-items";
	}

	@PostMapping("/cases/{id}/review")
	String review(@AuthenticationPrincipal GongkaiUser reviewer, @PathVariable CaseId id,
			@RequestParam(defaultValue = "false") boolean approved, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return OfficerActions.act(id, redirect,
				approved ? messages.getMessage("case.done.reviewApproved") : messages.getMessage("case.done.returned"),
				() -> decisions.review(reviewer, id, approved, note));
	}

	@PostMapping("/cases/{id}/sign-off")
	String signOff(@AuthenticationPrincipal GongkaiUser head, @PathVariable CaseId id,
			@RequestParam(defaultValue = "false") boolean approved, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return OfficerActions.act(id, redirect,
				approved ? messages.getMessage("case.done.signedOff") : messages.getMessage("case.done.returned"),
				() -> decisions.signOff(head, id, approved, note));
	}

	@PostMapping("/cases/{id}/extension")
	String requestExtension(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@ModelAttribute("extensionForm") ExtensionForm form, BindingResult errors, RedirectAttributes redirect) {
		return OfficerActions.act(id, errors, redirect, messages.getMessage("case.done.extensionRequested"),
				() -> extensions.request(officer, id, form.getWorkingDays(), form.getReason()));
	}

	@PostMapping("/cases/{id}/extension-decision")
	String decideExtension(@AuthenticationPrincipal GongkaiUser head, @PathVariable CaseId id,
			@RequestParam(defaultValue = "false") boolean approved, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return OfficerActions.act(id, redirect,
				approved ? messages.getMessage("case.done.extensionApproved")
						: messages.getMessage("case.done.extensionRefused"),
				() -> extensions.decide(head, id, approved, note));
	}

	@PostMapping("/cases/{id}/delivery")
	String deliver(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@RequestParam(required = false) DeliveryMethod method,
			@RequestParam(required = false) LocalDate deliveredOn, @RequestParam(required = false) String detail,
			RedirectAttributes redirect) {
		return OfficerActions.act(id, redirect, messages.getMessage("case.done.delivered"),
				() -> deliveries.record(officer, id, method, deliveredOn, detail));
	}

}
