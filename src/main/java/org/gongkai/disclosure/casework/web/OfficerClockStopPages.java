package org.gongkai.disclosure.casework.web;

import java.time.LocalDate;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess.LapseDecision;
import org.gongkai.disclosure.casework.stops.CaseConsultations;
import org.gongkai.disclosure.casework.stops.CaseCorrections;
import org.gongkai.disclosure.casework.stops.CaseExplanations;
import org.gongkai.disclosure.casework.stops.CaseFees;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.format.annotation.DateTimeFormat;
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
 * The case page's forms for the clock stops: acceptance or 补正 at screening, the 信息处理费,
 * consultations (and the public-interest decision that may follow) and 说明理由.
 */
@Controller
@RequestMapping("/officer")
class OfficerClockStopPages {

	private final CaseCorrections corrections;

	private final CaseFees fees;

	private final CaseConsultations consultations;

	private final CaseExplanations explanations;

	private final MessageSourceAccessor messages;

	OfficerClockStopPages(CaseCorrections corrections, CaseFees fees, CaseConsultations consultations,
			CaseExplanations explanations, MessageSourceAccessor messages) {
		this.messages = messages;
		this.corrections = corrections;
		this.fees = fees;
		this.consultations = consultations;
		this.explanations = explanations;
	}

	@PostMapping("/cases/{id}/accept")
	String accept(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id, RedirectAttributes redirect) {
		return OfficerActions.act(id, redirect, messages.getMessage("case.done.accepted"),
				() -> corrections.accept(officer, id));
	}

	@PostMapping("/cases/{id}/correction")
	String requestCorrection(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@ModelAttribute("correctionForm") CorrectionNoticeForm form, BindingResult errors,
			RedirectAttributes redirect) {
		return OfficerActions.act(id, errors, redirect, messages.getMessage("case.done.correctionRequested"),
				() -> corrections.request(officer, id, form.itemList(), form.getPeriodDays()));
	}

	@PostMapping("/cases/{id}/correction-received")
	String correctionReceived(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@RequestParam(required = false) String answer,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			RedirectAttributes redirect) {
		return OfficerActions.act(id, redirect, messages.getMessage("case.done.correctionReceived"),
				() -> corrections.answer(officer, id, answer, receivedOn));
	}

	@PostMapping("/cases/{id}/correction-lapse")
	String correctionLapse(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@RequestParam(required = false) LapseDecision decision, @RequestParam(required = false) String answer,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			@RequestParam(required = false) String reason,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDueOn,
			RedirectAttributes redirect) {
		if (decision == null) {
			redirect.addFlashAttribute("error", messages.getMessage("case.refused.chooseDecision"));
			return "redirect:/officer/cases/" + id;
		}
		return switch (decision) {
			case CONFIRMED -> OfficerActions.act(id, redirect, messages.getMessage("case.done.correctionLapsed"),
					() -> corrections.confirmLapse(officer, id));
			case ARRIVED -> OfficerActions.act(id, redirect, messages.getMessage("case.done.lateCorrectionReceived"),
					() -> corrections.arrivedAfterLapse(officer, id, answer, receivedOn, reason));
			case NEW_DATE -> OfficerActions.act(id, redirect, messages.getMessage("case.done.correctionRedated"),
					() -> corrections.excuseLapse(officer, id, reason, newDueOn));
		};
	}

	@PostMapping("/cases/{id}/fee-lapse")
	String feeLapse(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@RequestParam(required = false) LapseDecision decision,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
			@RequestParam(required = false) String reason,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDueOn,
			RedirectAttributes redirect) {
		if (decision == null) {
			redirect.addFlashAttribute("error", messages.getMessage("case.refused.chooseDecision"));
			return "redirect:/officer/cases/" + id;
		}
		return switch (decision) {
			case CONFIRMED -> OfficerActions.act(id, redirect, messages.getMessage("case.done.feeLapsed"),
					() -> fees.confirmLapse(officer, id));
			case ARRIVED -> OfficerActions.act(id, redirect, messages.getMessage("case.done.feePaid"),
					() -> fees.paidAfterLapse(officer, id, paidOn, reason));
			case NEW_DATE -> OfficerActions.act(id, redirect, messages.getMessage("case.done.feeRedated"),
					() -> fees.excuseLapse(officer, id, reason, newDueOn));
		};
	}

	@PostMapping("/cases/{id}/fee-notice")
	String notifyFee(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@ModelAttribute("feeNoticeForm") FeeNoticeForm form, BindingResult errors, RedirectAttributes redirect) {
		return OfficerActions.act(id, errors, redirect, messages.getMessage("case.done.feeNotified"),
				() -> fees.notify(officer, id, form.getMode(), form.getQuantity()));
	}

	@PostMapping("/cases/{id}/fee-payment")
	String feePaid(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
			RedirectAttributes redirect) {
		return OfficerActions.act(id, redirect, messages.getMessage("case.done.feePaid"),
				() -> fees.paid(officer, id, paidOn));
	}

	@PostMapping("/cases/{id}/consultation")
	String consult(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@ModelAttribute("consultationForm") ConsultationForm form, BindingResult errors,
			RedirectAttributes redirect) {
		return OfficerActions.act(id, errors, redirect, messages.getMessage("case.done.consultationSent"),
				() -> consultations.send(officer, id, form.getParty(), form.getPartyName(), form.getMatter()));
	}

	@PostMapping("/cases/{id}/consultation-answer")
	String consultationAnswered(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@RequestParam(defaultValue = "false") boolean consented, @RequestParam(required = false) String reasons,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			RedirectAttributes redirect) {
		return OfficerActions.act(id, redirect, messages.getMessage("case.done.consultationAnswered"),
				() -> consultations.answered(officer, id, consented, reasons, receivedOn));
	}

	@PostMapping("/cases/{id}/public-interest")
	String publicInterest(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@RequestParam(required = false) String reasons, RedirectAttributes redirect) {
		return OfficerActions.act(id, redirect, messages.getMessage("case.done.publicInterest"),
				() -> consultations.overrideForPublicInterest(officer, id, reasons));
	}

	@PostMapping("/cases/{id}/explanation-request")
	String requestExplanation(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@RequestParam(required = false) String question, @RequestParam(required = false) Integer periodDays,
			RedirectAttributes redirect) {
		return OfficerActions.act(id, redirect, messages.getMessage("case.done.explanationRequested"),
				() -> explanations.request(officer, id, question, periodDays));
	}

	@PostMapping("/cases/{id}/explanation-received")
	String explanationReceived(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@RequestParam(required = false) String answer,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			RedirectAttributes redirect) {
		return OfficerActions.act(id, redirect, messages.getMessage("case.done.explanationReceived"),
				() -> explanations.answer(officer, id, answer, receivedOn));
	}

}
