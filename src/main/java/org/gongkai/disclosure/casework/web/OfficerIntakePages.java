package org.gongkai.disclosure.casework.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.applicants.ApplicantDetails;
import org.gongkai.disclosure.applicants.IdDocumentType;
import org.gongkai.disclosure.casework.Channel;
import org.gongkai.disclosure.casework.DeliveryMethod;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.RequestedForm;
import org.gongkai.disclosure.casework.intake.CaseAssistance;
import org.gongkai.disclosure.casework.intake.CaseSplitting;
import org.gongkai.disclosure.casework.intake.OfflineRequest;
import org.gongkai.disclosure.casework.intake.RequestIntake;
import org.gongkai.disclosure.casework.intake.SimilarRequests;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officers' pages for filing: registering a request that arrived offline, 一事一申请
 * splitting and linking similar requests.
 */
@Controller
@RequestMapping("/officer")
class OfficerIntakePages {

	private final RequestIntake intake;

	private final CaseSplitting splitting;

	private final SimilarRequests similar;

	private final CaseAssistance assistance;

	OfficerIntakePages(RequestIntake intake, CaseSplitting splitting, SimilarRequests similar,
			CaseAssistance assistance) {
		this.assistance = assistance;
		this.intake = intake;
		this.splitting = splitting;
		this.similar = similar;
	}

	@GetMapping("/register")
	String registerForm(Model model) {
		model.addAttribute("channels", Arrays.stream(Channel.values()).filter(c -> c != Channel.ONLINE).toList());
		model.addAttribute("categories", ApplicantCategory.values());
		model.addAttribute("documentTypes", IdDocumentType.values());
		model.addAttribute("forms", RequestedForm.values());
		model.addAttribute("deliveryMethods", DeliveryMethod.values());
		return "officer/register";
	}

	@PostMapping("/register")
	String register(@AuthenticationPrincipal GongkaiUser officer, @RequestParam(required = false) Channel channel,
			@RequestParam(required = false) LocalDate submittedOn, @RequestParam(required = false) LocalDate receivedOn,
			@RequestParam(required = false) ApplicantCategory category, @RequestParam(required = false) String name,
			@RequestParam(required = false) IdDocumentType idDocumentType,
			@RequestParam(required = false) String idDocumentNumber, @RequestParam(required = false) String phone,
			@RequestParam(required = false) String address, @RequestParam(required = false) String informationSought,
			@RequestParam(required = false) RequestedForm requestedForm,
			@RequestParam(required = false) DeliveryMethod deliveryMethod, Model model, RedirectAttributes redirect) {
		try {
			DisclosureCase filed = intake.register(officer,
					new OfflineRequest(
							channel, submittedOn, receivedOn, new ApplicantDetails(category, name, idDocumentType,
									idDocumentNumber, phone, null, address),
							informationSought, requestedForm, deliveryMethod));
			redirect.addFlashAttribute("message", "已登记，申请编号 " + filed.reference() + "，收到申请之日 " + filed.receivedOn());
			return "redirect:/officer/cases/" + filed.id();
		}
		catch (IllegalArgumentException e) {
			model.addAttribute("error", e.getMessage());
			return registerForm(model);
		}
	}

	@PostMapping("/cases/{id}/split")
	String split(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@RequestParam(required = false) String items, RedirectAttributes redirect) {
		List<String> list = items == null ? List.of() : Arrays.stream(items.split("\\R")).toList();
		return OfficerActions.act(id, redirect, "已按一事一申请拆分", () -> splitting.split(officer, id, list));
	}

	@PostMapping("/cases/{id}/assistance")
	String assist(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@RequestParam(required = false) CaseAssistance.Need need, @RequestParam(required = false) String help,
			@RequestParam(required = false) LocalDate givenOn, RedirectAttributes redirect) {
		return OfficerActions.act(id, redirect, "已记录提供的帮助", () -> assistance.record(officer, id, need, help, givenOn));
	}

	@PostMapping("/cases/{id}/links")
	String link(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id, @RequestParam CaseId related,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return OfficerActions.act(id, redirect, "已关联", () -> similar.link(officer, id, related, note));
	}

}
