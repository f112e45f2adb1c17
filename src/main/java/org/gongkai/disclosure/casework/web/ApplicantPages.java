package org.gongkai.disclosure.casework.web;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.ApplicantToDos;
import org.gongkai.disclosure.casework.attachments.Attachment;
import org.gongkai.disclosure.casework.attachments.CaseAttachments;
import org.gongkai.disclosure.casework.decision.CaseWithdrawals;
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
 * The applicant's pages: my requests, one request with its progress, deadline and reply,
 * and the applicant's answers on it (补正, 说明, withdrawal, materials). A new request has
 * its own steps ({@link NewRequestPages}).
 */
@Controller
@RequestMapping("/my/requests")
class ApplicantPages {

	private final CaseViews views;

	private final CaseAttachments attachments;

	private final CaseCorrections corrections;

	private final CaseWithdrawals withdrawals;

	private final CaseExplanations explanations;

	private final CasePageSections sections;

	private final ObjectProvider<ApplicantToDos> toDos;

	private final MessageSourceAccessor messages;

	ApplicantPages(CaseViews views, CaseAttachments attachments, CaseCorrections corrections,
			CaseWithdrawals withdrawals, CaseExplanations explanations, CasePageSections sections,
			ObjectProvider<ApplicantToDos> toDos, MessageSourceAccessor messages) {
		this.toDos = toDos;
		this.views = views;
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

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal GongkaiUser user, @PathVariable CaseId id, Model model) {
		return casePage(user, id, model);
	}

	@PostMapping("/{id}/correction")
	String correct(@AuthenticationPrincipal GongkaiUser user, @PathVariable CaseId id,
			@ModelAttribute("correction") Answer correction, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return answer(user, id, errors, model, redirect, "my.requests.flash.corrected",
				() -> corrections.answer(user, id, correction.answer()));
	}

	@PostMapping("/{id}/explanation")
	String explain(@AuthenticationPrincipal GongkaiUser user, @PathVariable CaseId id,
			@ModelAttribute("explanation") Answer explanation, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return answer(user, id, errors, model, redirect, "my.requests.flash.explained",
				() -> explanations.answer(user, id, explanation.answer()));
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
		AttachmentUploads.upload(attachments, user, id, purpose, file, redirect);
		return "redirect:/my/requests/" + id;
	}

	/**
	 * The case page; the 补正 and 说明 forms empty unless a refused answer is being shown
	 * again.
	 */
	private String casePage(GongkaiUser user, CaseId id, Model model) {
		CaseViews.CaseDetail detail = views.detail(user, id);
		model.addAttribute("detail", detail);
		model.addAttribute("progress", CaseProgress.of(detail));
		model.addAttribute("attachments", attachments.of(user, id));
		model.addAttribute("purposes", Attachment.Purpose.materials());
		model.addAttribute("caseSections", sections.of(user, id));
		if (!model.containsAttribute("correction")) {
			model.addAttribute("correction", new Answer(null));
		}
		if (!model.containsAttribute("explanation")) {
			model.addAttribute("explanation", new Answer(null));
		}
		return "my/request";
	}

	/**
	 * Sends the applicant's 补正 or 说明; a refusal shows the case page again with what was
	 * typed, the problem beside the text (what is wrong with it) or at the top (why the
	 * case takes no answer now).
	 */
	private String answer(GongkaiUser user, CaseId id, BindingResult errors, Model model, RedirectAttributes redirect,
			String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", messages.getMessage(done));
			return "redirect:/my/requests/" + id;
		}
		catch (IllegalArgumentException e) {
			FormErrors.rejectField(errors, "answer", e);
		}
		catch (IllegalStateException e) {
			FormErrors.reject(errors, e);
		}
		return casePage(user, id, model);
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

	/** The applicant's 补正 or 说明 as typed. */
	record Answer(String answer) {
	}

}
