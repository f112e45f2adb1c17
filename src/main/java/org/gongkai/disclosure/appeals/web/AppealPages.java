package org.gongkai.disclosure.appeals.web;

import java.util.Arrays;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.appeals.Appeal;
import org.gongkai.disclosure.appeals.AppealKind;
import org.gongkai.disclosure.appeals.AppealResult;
import org.gongkai.disclosure.appeals.DecisionType;
import org.gongkai.disclosure.appeals.Instance;
import org.gongkai.disclosure.appeals.LitigationRoute;
import org.gongkai.disclosure.appeals.Procedure;
import org.gongkai.disclosure.appeals.handling.AppealHandling;
import org.gongkai.disclosure.appeals.handling.AppealLetters;
import org.gongkai.disclosure.appeals.handling.AppealResultMappings;
import org.gongkai.disclosure.appeals.views.AppealViews;
import org.gongkai.disclosure.shared.FormErrors;
import org.gongkai.disclosure.shared.Labels;
import org.gongkai.disclosure.shared.ids.AppealId;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officers' appeal pages (list with deadlines, one appeal, registration) and the
 * administrator's mapping page. Their words are in {@code i18n/appeals}; a service's
 * refusal is shown as the service words it.
 */
@Controller
class AppealPages {

	private final AppealViews views;

	private final AppealHandling handling;

	private final AppealResultMappings mappings;

	private final MessageSourceAccessor messages;

	private final Labels labels;

	AppealPages(AppealViews views, AppealHandling handling, AppealResultMappings mappings,
			MessageSourceAccessor messages, Labels labels) {
		this.views = views;
		this.handling = handling;
		this.mappings = mappings;
		this.messages = messages;
		this.labels = labels;
	}

	@GetMapping("/officer/appeals")
	String list(@AuthenticationPrincipal GongkaiUser officer,
			@RequestParam(name = "case", required = false) CaseId caseId,
			@RequestParam(required = false) Boolean pending, Model model) {
		AppealForm form = new AppealForm();
		form.setCaseId(caseId == null ? null : caseId.value());
		model.addAttribute("form", form);
		return listView(officer, caseId, pending, model);
	}

	/**
	 * Registers a 复议 notice or a complaint's copy; a refusal shows the page again with
	 * everything typed kept, the problems listed at the top and each beside its field.
	 */
	@PostMapping("/officer/appeals")
	String register(@AuthenticationPrincipal GongkaiUser officer, @ModelAttribute("form") AppealForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		required(errors, "kind", form.getKind(), "appeals.register.kind.required");
		required(errors, "body", form.getBody() == null || form.getBody().isBlank() ? null : form.getBody(),
				"appeals.register.body.required");
		required(errors, "filedOn", form.getFiledOn(), "appeals.register.filedOn.required");
		required(errors, "copyReceivedOn", form.getCopyReceivedOn(), "appeals.register.copyReceivedOn.required");
		required(errors, "procedure", form.getProcedure(), "appeals.register.procedure.required");
		if (form.getCaseId() == null) {
			errors.reject("invalid", messages.getMessage("appeals.register.fromCase"));
		}
		if (!errors.hasErrors()) {
			try {
				Appeal a = handling.register(officer, form.toAppeal());
				redirect.addFlashAttribute("message", messages.getMessage("appeals.register.done." + a.kind().name(),
						new Object[] { a.reference(), a.answerDueOn() }));
				return "redirect:/officer/appeals/" + a.id();
			}
			catch (IllegalArgumentException | IllegalStateException e) {
				FormErrors.reject(errors, e);
			}
		}
		return listView(officer, form.getCaseId() == null ? null : new CaseId(form.getCaseId()), null, model);
	}

	/** A required value missing: the message ({@code key}) beside its field. */
	private void required(BindingResult errors, String field, Object value, String key) {
		if (value == null && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "required", messages.getMessage(key));
		}
	}

	private String listView(GongkaiUser officer, CaseId caseId, Boolean pending, Model model) {
		model.addAttribute("appeals",
				caseId != null ? views.ofCase(officer, caseId) : views.ofAgency(officer, null, pending, null));
		model.addAttribute("caseId", caseId);
		model.addAttribute("pending", pending);
		model.addAttribute("kinds", AppealKind.values());
		model.addAttribute("routes", LitigationRoute.values());
		model.addAttribute("instances", Instance.values());
		model.addAttribute("procedures", Procedure.values());
		return "appeals/list";
	}

	@GetMapping("/officer/appeals/{id}")
	String appeal(@AuthenticationPrincipal GongkaiUser officer, @PathVariable AppealId id, Model model) {
		AppealViews.Detail detail = views.detail(officer, id);
		model.addAttribute("detail", detail);
		model.addAttribute("decisionTypes",
				Arrays.stream(DecisionType.values())
					.filter(t -> t.appliesTo(detail.summary().appeal().kind(), detail.summary().appeal().instance()))
					.toList());
		model.addAttribute("documents", AppealLetters.kindsFor(detail.summary().appeal()));
		if (!model.containsAttribute("step")) {
			model.addAttribute("step", new AppealStepForm());
		}
		return "appeals/appeal";
	}

	@PostMapping("/officer/appeals/{id}/answer")
	String answer(@AuthenticationPrincipal GongkaiUser officer, @PathVariable AppealId id,
			@ModelAttribute("step") AppealStepForm step, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		required(errors, "answeredOn", step.getAnsweredOn(), "appeals.appeal.answeredOn.required");
		return act(officer, id, "answer", errors, model, redirect,
				() -> handling.answer(officer, id, step.getAnsweredOn()), "appeals.appeal.answered");
	}

	@PostMapping("/officer/appeals/{id}/decision")
	String decide(@AuthenticationPrincipal GongkaiUser officer, @PathVariable AppealId id,
			@ModelAttribute("step") AppealStepForm step, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		DecisionType type = step.getDecisionType();
		required(errors, "decisionType", type, "appeals.appeal.decisionType.required");
		required(errors, "decidedOn", step.getDecidedOn(), "appeals.appeal.decidedOn.required");
		required(errors, "receivedOn", step.getReceivedOn(), "appeals.appeal.receivedOn.required");
		return act(officer, id, "decision", errors, model, redirect,
				() -> handling.decide(officer, id, type, step.getDecidedOn(), step.getReceivedOn()),
				decidedMessage(type));
	}

	/** What the office is told after a decision: its consequence for the request. */
	private static String decidedMessage(DecisionType type) {
		if (type == null) {
			return "appeals.appeal.decisionRecorded";
		}
		return switch (type.effect()) {
			case NEW_ANSWER, REMANDED -> "appeals.appeal.decisionRecorded." + type.effect().name();
			case ON_MERITS, WITHOUT_MERITS -> "appeals.appeal.decisionRecorded";
		};
	}

	@PostMapping("/officer/appeals/{id}/withdrawal")
	String withdraw(@AuthenticationPrincipal GongkaiUser officer, @PathVariable AppealId id,
			@ModelAttribute("step") AppealStepForm step, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		required(errors, "on", step.getOn(), "appeals.appeal.withdrawnOn.required");
		return act(officer, id, "withdrawal", errors, model, redirect,
				() -> handling.withdraw(officer, id, step.getOn()), "appeals.appeal.withdrawn");
	}

	@GetMapping("/admin/appeal-results")
	String mapping(Model model) {
		model.addAttribute("mappings", mappings.all());
		model.addAttribute("results", AppealResult.values());
		return "admin/appeal-results";
	}

	@PostMapping("/admin/appeal-results")
	String change(@AuthenticationPrincipal GongkaiUser admin, @RequestParam DecisionType type,
			@RequestParam AppealResult result, RedirectAttributes redirect) {
		mappings.change(admin, type, result);
		redirect.addFlashAttribute("message",
				messages.getMessage("appeals.mapping.changed", new Object[] { labels.of(type), labels.of(result) }));
		return "redirect:/admin/appeal-results";
	}

	/**
	 * Runs one of the appeal page's steps. A refusal, or a value that could not be read,
	 * shows the page again with the problems inside the form that was sent ({@code form})
	 * and what was typed kept, not a redirect that forgets it. {@code done} is the key of
	 * the message shown after it.
	 */
	private String act(GongkaiUser officer, AppealId id, String form, BindingResult errors, Model model,
			RedirectAttributes redirect, Runnable step, String done) {
		if (!errors.hasErrors()) {
			try {
				step.run();
				redirect.addFlashAttribute("message", messages.getMessage(done));
				return "redirect:/officer/appeals/" + id;
			}
			catch (IllegalArgumentException | IllegalStateException e) {
				FormErrors.reject(errors, e);
			}
		}
		model.addAttribute("refusedForm", form);
		return appeal(officer, id, model);
	}

}
