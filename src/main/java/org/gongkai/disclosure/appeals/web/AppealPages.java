package org.gongkai.disclosure.appeals.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.appeals.Appeal;
import org.gongkai.disclosure.appeals.AppealKind;
import org.gongkai.disclosure.appeals.AppealResult;
import org.gongkai.disclosure.appeals.DecisionType;
import org.gongkai.disclosure.appeals.Instance;
import org.gongkai.disclosure.appeals.LitigationRoute;
import org.gongkai.disclosure.appeals.NewAppeal;
import org.gongkai.disclosure.appeals.Procedure;
import org.gongkai.disclosure.appeals.handling.AppealHandling;
import org.gongkai.disclosure.appeals.handling.AppealLetters;
import org.gongkai.disclosure.appeals.handling.AppealResultMappings;
import org.gongkai.disclosure.appeals.views.AppealViews;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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

	@PostMapping("/officer/appeals")
	String register(@AuthenticationPrincipal GongkaiUser officer, @RequestParam UUID caseId,
			@RequestParam AppealKind kind, @RequestParam(required = false) LitigationRoute route,
			@RequestParam(required = false) Instance instance, @RequestParam(required = false) UUID predecessorId,
			@RequestParam String body, @RequestParam(required = false) String reviewBodyAgencyCode,
			@RequestParam(defaultValue = "false") boolean reviewBodyCoDefendant,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate filedOn,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate copyReceivedOn,
			@RequestParam Procedure procedure, RedirectAttributes redirect) {
		try {
			Appeal a = handling.register(officer, new NewAppeal(caseId, kind, route, instance, predecessorId, body,
					reviewBodyAgencyCode, reviewBodyCoDefendant, filedOn, copyReceivedOn, procedure));
			redirect.addFlashAttribute("message",
					"已登记 " + a.reference() + "，" + a.answerLabel() + "及证据须于 " + a.answerDueOn() + " 前提交");
			return "redirect:/officer/appeals/" + a.id();
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			redirect.addFlashAttribute("error", e.getMessage());
			return "redirect:/officer/appeals?case=" + caseId;
		}
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
		return "appeals/appeal";
	}

	@PostMapping("/officer/appeals/{id}/answer")
	String answer(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate answeredOn,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> handling.answer(officer, id, answeredOn), "已登记答复及举证");
	}

	@PostMapping("/officer/appeals/{id}/decision")
	String decide(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@RequestParam DecisionType decisionType,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> handling.decide(officer, id, decisionType, decidedOn, receivedOn),
				decisionType.effect() == DecisionType.Effect.NEW_ANSWER ? "已登记决定；原申请转入重新答复，答复期限自收到决定之日起重新计算"
						: "已登记决定（裁判）");
	}

	@PostMapping("/officer/appeals/{id}/withdrawal")
	String withdraw(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, RedirectAttributes redirect) {
		return act(id, redirect, () -> handling.withdraw(officer, id, on), "已登记撤回");
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

	private String act(UUID id, RedirectAttributes redirect, Runnable action, String message) {
		try {
			action.run();
			redirect.addFlashAttribute("message", message);
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/officer/appeals/" + id;
	}

}
