package org.gongkai.disclosure.casework.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.applicants.IdDocumentType;
import org.gongkai.disclosure.casework.Channel;
import org.gongkai.disclosure.casework.DeliveryMethod;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.RequestedForm;
import org.gongkai.disclosure.casework.intake.ApplicantInformation;
import org.gongkai.disclosure.casework.intake.CaseAssistance;
import org.gongkai.disclosure.casework.intake.CaseSplitting;
import org.gongkai.disclosure.casework.intake.IdentityCheckMethod;
import org.gongkai.disclosure.casework.intake.OnTheSpot;
import org.gongkai.disclosure.casework.intake.PersonalInformationRequests;
import org.gongkai.disclosure.casework.intake.RequestIntake;
import org.gongkai.disclosure.casework.intake.SimilarRequests;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.shared.FormErrors;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officers' pages for filing: registering a request that arrived offline (with its
 * agent, the applicant's own information, a back-dated receipt), verifying the
 * applicant's identity, referring a 个人信息查阅复制 request to its route, 一事一申请 splitting and
 * linking similar requests.
 */
@Controller
@RequestMapping("/officer")
class OfficerIntakePages {

	private final RequestIntake intake;

	private final CaseSplitting splitting;

	private final SimilarRequests similar;

	private final CaseAssistance assistance;

	private final ApplicantInformation applicantInformation;

	private final PersonalInformationRequests referrals;

	private final MessageSourceAccessor messages;

	OfficerIntakePages(RequestIntake intake, CaseSplitting splitting, SimilarRequests similar,
			CaseAssistance assistance, ApplicantInformation applicantInformation, PersonalInformationRequests referrals,
			MessageSourceAccessor messages) {
		this.messages = messages;
		this.applicantInformation = applicantInformation;
		this.referrals = referrals;
		this.assistance = assistance;
		this.intake = intake;
		this.splitting = splitting;
		this.similar = similar;
	}

	@GetMapping("/register")
	String registerForm(Model model) {
		model.addAttribute("form", new OfflineRequestForm());
		return registerView(model);
	}

	@PostMapping("/register")
	String register(@AuthenticationPrincipal GongkaiUser officer, @ModelAttribute("form") OfflineRequestForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) throws IOException {
		if (errors.hasErrors()) {
			// a value that could not even be read (a date typed by hand): shown beside
			// its field with what else was typed kept
			return registerView(form, model);
		}
		try {
			if (form.answeredOnTheSpot()) {
				DisclosureCase answered = intake.answerOnTheSpot(officer, form.toRequest(), form.getOnTheSpotOutcome(),
						form.getOnTheSpotReply());
				redirect.addFlashAttribute("message",
						messages.getMessage("intake.register.done.onTheSpot", new Object[] { answered.reference() }));
				return "redirect:/officer/cases/" + answered.id();
			}
			DisclosureCase filed = intake.register(officer, form.toRequest());
			redirect.addFlashAttribute("message", messages.getMessage("intake.register.done.registered",
					new Object[] { filed.reference(), filed.receivedOn().toString() }));
			return "redirect:/officer/cases/" + filed.id();
		}
		catch (IllegalArgumentException e) {
			FormErrors.reject(errors, e);
			return registerView(form, model);
		}
	}

	private String registerView(OfflineRequestForm form, Model model) {
		// a browser never fills a file field again: say so rather than lose the file
		// silently
		model.addAttribute("chooseFilesAgain", form.filesChosen());
		return registerView(model);
	}

	private String registerView(Model model) {
		model.addAttribute("channels", Arrays.stream(Channel.values()).filter(c -> c != Channel.ONLINE).toList());
		model.addAttribute("categories", ApplicantCategory.values());
		model.addAttribute("documentTypes", IdDocumentType.values());
		model.addAttribute("forms", RequestedForm.values());
		model.addAttribute("deliveryMethods", DeliveryMethod.values());
		model.addAttribute("onTheSpotOutcomes",
				Arrays.stream(Outcome.values()).filter(OnTheSpot.OUTCOMES::contains).toList());
		model.addAttribute("identityCheckMethods", IdentityCheckMethod.values());
		model.addAttribute("agentDocumentTypes",
				Arrays.stream(IdDocumentType.values()).filter(t -> !t.forOrganisations()).toList());
		return "officer/register";
	}

	@PostMapping("/cases/{id}/split")
	String split(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@RequestParam(required = false) String items, RedirectAttributes redirect) {
		List<String> list = items == null ? List.of() : Arrays.stream(items.split("\\R")).toList();
		return OfficerActions.act(id, redirect, messages.getMessage("case.done.split"),
				() -> splitting.split(officer, id, list));
	}

	@PostMapping("/cases/{id}/assistance")
	String assist(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@RequestParam(required = false) CaseAssistance.Need need, @RequestParam(required = false) String help,
			@RequestParam(required = false) LocalDate givenOn, RedirectAttributes redirect) {
		return OfficerActions.act(id, redirect, messages.getMessage("case.done.assisted"),
				() -> assistance.record(officer, id, need, help, givenOn));
	}

	@PostMapping("/cases/{id}/identity-verification")
	String verifyIdentity(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@RequestParam(required = false) IdentityCheckMethod method, @RequestParam(required = false) String note,
			@RequestParam(required = false) LocalDate verifiedOn, RedirectAttributes redirect) {
		return OfficerActions.act(id, redirect, messages.getMessage("case.done.identityVerified"),
				() -> applicantInformation.verify(officer, id, method, note, verifiedOn));
	}

	@PostMapping("/cases/{id}/pipl-referral")
	String referToPipl(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@RequestParam(required = false) String route, RedirectAttributes redirect) {
		return OfficerActions.act(id, redirect, messages.getMessage("case.done.piplReferred"),
				() -> referrals.refer(officer, id, route));
	}

	@PostMapping("/cases/{id}/links")
	String link(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id, @RequestParam CaseId related,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return OfficerActions.act(id, redirect, messages.getMessage("case.done.linked"),
				() -> similar.link(officer, id, related, note));
	}

}
