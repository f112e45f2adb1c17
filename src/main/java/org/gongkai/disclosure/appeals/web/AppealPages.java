package org.gongkai.disclosure.appeals.web;

import java.util.Arrays;
import java.util.UUID;

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
 * administrator's mapping page.
 */
@Controller
class AppealPages {

	private final AppealViews views;

	private final AppealHandling handling;

	private final AppealResultMappings mappings;

	AppealPages(AppealViews views, AppealHandling handling, AppealResultMappings mappings) {
		this.views = views;
		this.handling = handling;
		this.mappings = mappings;
	}

	@GetMapping("/officer/appeals")
	String list(@AuthenticationPrincipal GongkaiUser officer,
			@RequestParam(name = "case", required = false) UUID caseId, @RequestParam(required = false) Boolean pending,
			Model model) {
		AppealForm form = new AppealForm();
		form.setCaseId(caseId);
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
		required(errors, "kind", form.getKind(), "请选择类型");
		required(errors, "body", form.getBody() == null || form.getBody().isBlank() ? null : form.getBody(),
				"请填写复议机关或人民法院");
		required(errors, "filedOn", form.getFiledOn(), "请填写申请（起诉）日期");
		required(errors, "copyReceivedOn", form.getCopyReceivedOn(), "请填写收到副本日期");
		required(errors, "procedure", form.getProcedure(), "请选择程序");
		if (form.getCaseId() == null) {
			errors.reject("invalid", "请从申请的页面登记行政复议或行政诉讼");
		}
		if (!errors.hasErrors()) {
			try {
				Appeal a = handling.register(officer, form.toAppeal());
				redirect.addFlashAttribute("message",
						"已登记 " + a.reference() + "，" + a.answerLabel() + "及证据须于 " + a.answerDueOn() + " 前提交");
				return "redirect:/officer/appeals/" + a.id();
			}
			catch (IllegalArgumentException e) {
				FormErrors.reject(errors, e);
			}
			catch (IllegalStateException e) {
				errors.reject("invalid", e.getMessage());
			}
		}
		return listView(officer, form.getCaseId(), null, model);
	}

	private static void required(BindingResult errors, String field, Object value, String message) {
		if (value == null && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "required", message);
		}
	}

	private String listView(GongkaiUser officer, UUID caseId, Boolean pending, Model model) {
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
	String appeal(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id, Model model) {
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
	String answer(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@ModelAttribute("step") AppealStepForm step, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		required(errors, "answeredOn", step.getAnsweredOn(), "请填写提交日期");
		return act(officer, id, "answer", errors, model, redirect,
				() -> handling.answer(officer, id, step.getAnsweredOn()), "已登记答复及举证");
	}

	@PostMapping("/officer/appeals/{id}/decision")
	String decide(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@ModelAttribute("step") AppealStepForm step, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		DecisionType type = step.getDecisionType();
		required(errors, "decisionType", type, "请选择决定（裁判）类型");
		required(errors, "decidedOn", step.getDecidedOn(), "请填写作出日期");
		required(errors, "receivedOn", step.getReceivedOn(), "请填写收到日期");
		return act(officer, id, "decision", errors, model, redirect,
				() -> handling.decide(officer, id, type, step.getDecidedOn(), step.getReceivedOn()),
				decidedMessage(type));
	}

	private static String decidedMessage(DecisionType type) {
		if (type == null) {
			return "已登记决定（裁判）";
		}
		return switch (type.effect()) {
			case NEW_ANSWER -> "已登记决定；原申请转入重新答复，答复期限自收到决定之日起重新计算";
			case REMANDED -> "已登记发回重审；原审法院重审时，请在本申请下登记重审一审，前序案件选择本二审";
			default -> "已登记决定（裁判）";
		};
	}

	@PostMapping("/officer/appeals/{id}/withdrawal")
	String withdraw(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@ModelAttribute("step") AppealStepForm step, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		required(errors, "on", step.getOn(), "请填写终止（准予撤诉）日期");
		return act(officer, id, "withdrawal", errors, model, redirect,
				() -> handling.withdraw(officer, id, step.getOn()), "已登记撤回");
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
		redirect.addFlashAttribute("message", "已修改“" + type.label() + "”的统计口径为" + result.label());
		return "redirect:/admin/appeal-results";
	}

	/**
	 * Runs one of the appeal page's steps. A refusal, or a value that could not be read,
	 * shows the page again with the problems inside the form that was sent ({@code form})
	 * and what was typed kept, not a redirect that forgets it.
	 */
	private String act(GongkaiUser officer, UUID id, String form, BindingResult errors, Model model,
			RedirectAttributes redirect, Runnable step, String message) {
		if (!errors.hasErrors()) {
			try {
				step.run();
				redirect.addFlashAttribute("message", message);
				return "redirect:/officer/appeals/" + id;
			}
			catch (IllegalArgumentException e) {
				FormErrors.reject(errors, e);
			}
			catch (IllegalStateException e) {
				errors.reject("invalid", e.getMessage());
			}
		}
		model.addAttribute("refusedForm", form);
		return appeal(officer, id, model);
	}

}
