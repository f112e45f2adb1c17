package org.gongkai.disclosure.casework.web;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.casework.ApplicantToDos;
import org.gongkai.disclosure.casework.DeliveryMethod;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.IdempotencyKeyReusedException;
import org.gongkai.disclosure.casework.RequestedForm;
import org.gongkai.disclosure.casework.attachments.Attachment;
import org.gongkai.disclosure.casework.attachments.CaseAttachments;
import org.gongkai.disclosure.casework.decision.CaseWithdrawals;
import org.gongkai.disclosure.casework.intake.NewRequest;
import org.gongkai.disclosure.casework.intake.RequestIntake;
import org.gongkai.disclosure.casework.stops.CaseCorrections;
import org.gongkai.disclosure.casework.stops.CaseExplanations;
import org.gongkai.disclosure.casework.views.CaseProgress;
import org.gongkai.disclosure.casework.views.CaseViews.CaseSummary;
import org.gongkai.disclosure.casework.views.CaseViews;
import org.gongkai.disclosure.shared.FormErrors;
import org.gongkai.disclosure.shared.RefusalWords;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.beans.factory.ObjectProvider;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicant's pages: my requests, a new request, one request with its deadline and
 * reply.
 */
@Controller
@RequestMapping("/my/requests")
class ApplicantPages {

	private final CaseViews views;

	private final RequestIntake intake;

	private final Agencies agencies;

	private final CaseAttachments attachments;

	private final CaseCorrections corrections;

	private final CaseWithdrawals withdrawals;

	private final CaseExplanations explanations;

	private final CasePageSections sections;

	private final ObjectProvider<ApplicantToDos> toDos;

	private final MessageSourceAccessor messages;

	ApplicantPages(CaseViews views, RequestIntake intake, Agencies agencies, CaseAttachments attachments,
			CaseCorrections corrections, CaseWithdrawals withdrawals, CaseExplanations explanations,
			CasePageSections sections, ObjectProvider<ApplicantToDos> toDos, MessageSourceAccessor messages) {
		this.toDos = toDos;
		this.views = views;
		this.intake = intake;
		this.agencies = agencies;
		this.attachments = attachments;
		this.corrections = corrections;
		this.withdrawals = withdrawals;
		this.explanations = explanations;
		this.sections = sections;
		this.messages = messages;
	}

	/**
	 * 我的申请: the cases that wait for the applicant (「需要您处理」: 补正, a fee, an explanation)
	 * first, the most urgent on top; then the others, newest first.
	 */
	@GetMapping
	String list(@AuthenticationPrincipal GongkaiUser user, Model model) {
		List<CaseSummary> mine = views.mine(user);
		Map<CaseId, ApplicantToDos.ToDo> toDo = toDos.getIfAvailable(() -> cases -> Map.of())
			.openFor(mine.stream().map(s -> s.theCase().id()).toList());
		Comparator<CaseSummary> awaitingYouFirst = Comparator
			.comparing((CaseSummary s) -> !toDo.containsKey(s.theCase().id()))
			.thenComparing(
					s -> Optional.ofNullable(toDo.get(s.theCase().id())).map(ApplicantToDos.ToDo::dueOn).orElse(null),
					Comparator.nullsLast(Comparator.naturalOrder()));
		model.addAttribute("cases", mine.stream().sorted(awaitingYouFirst).toList());
		model.addAttribute("toDos", toDo);
		return "my/requests";
	}

	@GetMapping("/new")
	String form(Model model) {
		model.addAttribute("request", new NewRequest(null, null, RequestedForm.ELECTRONIC, DeliveryMethod.ONLINE));
		model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
		return formView(model);
	}

	@PostMapping
	String submit(@AuthenticationPrincipal GongkaiUser user, @Valid @ModelAttribute("request") NewRequest request,
			BindingResult errors, @RequestParam(required = false) String idempotencyKey, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("idempotencyKey", idempotencyKey);
		if (errors.hasErrors()) {
			return formView(model);
		}
		try {
			RequestIntake.Filing filing = intake.submitOnline(user, request, idempotencyKey);
			DisclosureCase filed = filing.theCase();
			redirect.addFlashAttribute("message",
					messages.getMessage(filing.replayed() ? "my.requests.flash.replayed" : "my.requests.flash.filed",
							new Object[] { filed.reference() }));
			return "redirect:/my/requests/" + filed.id();
		}
		catch (IllegalArgumentException | IdempotencyKeyReusedException e) {
			FormErrors.reject(errors, e);
			return formView(model);
		}
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal GongkaiUser user, @PathVariable CaseId id, Model model) {
		CaseViews.CaseDetail detail = views.detail(user, id);
		model.addAttribute("detail", detail);
		model.addAttribute("progress", CaseProgress.of(detail));
		model.addAttribute("attachments", attachments.of(user, id));
		model.addAttribute("purposes", Attachment.Purpose.materials());
		model.addAttribute("caseSections", sections.of(user, id));
		return "my/request";
	}

	@PostMapping("/{id}/correction")
	String correct(@AuthenticationPrincipal GongkaiUser user, @PathVariable CaseId id,
			@RequestParam(required = false) String answer, RedirectAttributes redirect) {
		return act(id, redirect, "my.requests.flash.corrected", () -> corrections.answer(user, id, answer));
	}

	@PostMapping("/{id}/explanation")
	String explain(@AuthenticationPrincipal GongkaiUser user, @PathVariable CaseId id,
			@RequestParam(required = false) String answer, RedirectAttributes redirect) {
		return act(id, redirect, "my.requests.flash.explained", () -> explanations.answer(user, id, answer));
	}

	/** Withdrawing is final: the applicant confirms it on a page of its own first. */
	@GetMapping("/{id}/withdrawal")
	String confirmWithdrawal(@AuthenticationPrincipal GongkaiUser user, @PathVariable CaseId id, Model model,
			RedirectAttributes redirect) {
		CaseViews.CaseDetail detail = views.detail(user, id);
		if (!detail.theCase().status().isOpen()) {
			redirect.addFlashAttribute("error", messages.getMessage("my.requests.flash.closed"));
			return "redirect:/my/requests/" + id;
		}
		model.addAttribute("detail", detail);
		return "my/withdraw";
	}

	@PostMapping("/{id}/withdrawal")
	String withdraw(@AuthenticationPrincipal GongkaiUser user, @PathVariable CaseId id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(id, redirect, "my.requests.flash.withdrawn", () -> withdrawals.withdraw(user, id, reason));
	}

	@PostMapping("/{id}/attachments")
	String upload(@AuthenticationPrincipal GongkaiUser user, @PathVariable CaseId id,
			@RequestParam(required = false) Attachment.Purpose purpose,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
		AttachmentUploads.upload(attachments, messages, user, id, purpose, file, redirect);
		return "redirect:/my/requests/" + id;
	}

	private String formView(Model model) {
		model.addAttribute("agencies", agencies.all());
		model.addAttribute("forms", RequestedForm.values());
		model.addAttribute("deliveryMethods", DeliveryMethod.values());
		return "my/new-request";
	}

	/**
	 * Runs one applicant action; a refusal goes back to the case page as a message, never
	 * as an error page. {@code done} is the bundle key of the confirmation.
	 */
	private String act(CaseId id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", messages.getMessage(done));
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			redirect.addFlashAttribute("error", RefusalWords.of(e, messages));
		}
		return "redirect:/my/requests/" + id;
	}

}
