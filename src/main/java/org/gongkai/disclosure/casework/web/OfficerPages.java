package org.gongkai.disclosure.casework.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.applicants.ApplicantDetails;
import org.gongkai.disclosure.applicants.IdDocumentType;
import org.gongkai.disclosure.casework.Attachment;
import org.gongkai.disclosure.casework.CaseAttachments;
import org.gongkai.disclosure.casework.CaseConsultations;
import org.gongkai.disclosure.casework.CaseCorrections;
import org.gongkai.disclosure.casework.CaseDecisions;
import org.gongkai.disclosure.casework.CaseDeliveries;
import org.gongkai.disclosure.casework.CaseExplanations;
import org.gongkai.disclosure.casework.CaseExtensions;
import org.gongkai.disclosure.casework.CaseFees;
import org.gongkai.disclosure.casework.CaseId;
import org.gongkai.disclosure.casework.CaseRoutings;
import org.gongkai.disclosure.casework.CaseSplitting;
import org.gongkai.disclosure.casework.CaseViews;
import org.gongkai.disclosure.casework.CaseworkSettings;
import org.gongkai.disclosure.casework.Channel;
import org.gongkai.disclosure.casework.DeliveryMethod;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.DisclosureRequestProcess;
import org.gongkai.disclosure.casework.OfflineRequest;
import org.gongkai.disclosure.casework.RequestIntake;
import org.gongkai.disclosure.casework.RequestedForm;
import org.gongkai.disclosure.casework.SimilarRequests;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.decisions.OutcomeGroup;
import org.gongkai.disclosure.fees.FeeMode;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officers' pages: the task list (most urgent first) and the case page, whose forms
 * are the steps of the process that wait for the signed-in officer's role.
 */
@Controller
@RequestMapping("/officer")
class OfficerPages {

	private final CaseViews views;

	private final CaseDecisions decisions;

	private final CaseCorrections corrections;

	private final CaseExtensions extensions;

	private final CaseAttachments attachments;

	private final CaseworkSettings settings;

	private final RequestIntake intake;

	private final SimilarRequests similar;

	private final CaseDeliveries deliveries;

	private final CaseExplanations explanations;

	private final CaseSplitting splitting;

	private final CaseFees fees;

	private final CaseConsultations consultations;

	private final CaseRoutings routings;

	OfficerPages(CaseViews views, CaseDecisions decisions, CaseCorrections corrections, CaseExtensions extensions,
			CaseAttachments attachments, CaseworkSettings settings, CaseFees fees, CaseConsultations consultations,
			RequestIntake intake, SimilarRequests similar, CaseDeliveries deliveries, CaseExplanations explanations,
			CaseSplitting splitting, CaseRoutings routings) {
		this.routings = routings;
		this.views = views;
		this.decisions = decisions;
		this.corrections = corrections;
		this.extensions = extensions;
		this.attachments = attachments;
		this.settings = settings;
		this.fees = fees;
		this.consultations = consultations;
		this.intake = intake;
		this.similar = similar;
		this.deliveries = deliveries;
		this.explanations = explanations;
		this.splitting = splitting;
	}

	@GetMapping("/tasks")
	String tasks(@AuthenticationPrincipal GongkaiUser officer, @RequestParam(defaultValue = "0") int page,
			Model model) {
		List<CaseViews.TaskItem> tasks = views.taskList(officer, page);
		model.addAttribute("tasks", tasks);
		model.addAttribute("page", page);
		model.addAttribute("lastPage", tasks.size() < CaseViews.TASKS_PER_PAGE);
		model.addAttribute("routed", officer.role() == Role.CASE_OFFICER || officer.role() == Role.HEAD_OF_OFFICE
				? routings.openFor(officer) : List.of());
		return "officer/tasks";
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

	@GetMapping("/cases/{id}")
	String show(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id, Model model) {
		model.addAttribute("detail", views.detail(officer, new CaseId(id)));
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("withholdingGrounds", Outcome.in(OutcomeGroup.WITHHELD));
		model.addAttribute("attachments", attachments.of(officer, new CaseId(id)));
		model.addAttribute("purposes", Attachment.Purpose.values());
		model.addAttribute("role", officer.role().name());
		model.addAttribute("defaultCorrectionDays", settings.correctionPeriodDays());
		model.addAttribute("feeModes", FeeMode.values());
		List<SimilarRequests.Similar> alike = similar.similarTo(officer, new CaseId(id));
		model.addAttribute("similar", alike);
		model.addAttribute("askingApplicants", similar.distinctApplicants(alike, officer, new CaseId(id)));
		model.addAttribute("publishSuggestionFrom", SimilarRequests.PUBLISH_SUGGESTION_FROM);
		model.addAttribute("delivery", deliveries.of(new CaseId(id)).orElse(null));
		model.addAttribute("deliveryMethods", DeliveryMethod.values());
		model.addAttribute("parties", CaseConsultations.Party.values());
		model.addAttribute("officerView", true);
		CaseViews.CaseDetail detail = (CaseViews.CaseDetail) model.getAttribute("detail");
		model.addAttribute("routings", routings.of(new CaseId(id)));
		boolean deciding = detail.at(DisclosureRequestProcess.Elements.TASK_DECIDE);
		model.addAttribute("departments",
				deciding ? routings.departmentsBelow(detail.theCase().agencyId()) : List.of());
		model.addAttribute("routingDueOn", deciding ? routings.defaultDueOn(new CaseId(id)) : null);
		return "officer/case";
	}

	@PostMapping("/cases/{id}/accept")
	String accept(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "已受理，进入答复办理", () -> corrections.accept(officer, new CaseId(id)));
	}

	@PostMapping("/cases/{id}/correction")
	String requestCorrection(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@RequestParam(required = false) String items, @RequestParam(required = false) Integer periodDays,
			RedirectAttributes redirect) {
		List<String> list = items == null ? List.of() : Arrays.stream(items.split("\\R")).toList();
		return act(id, redirect, "已一次性告知申请人补正", () -> corrections.request(officer, new CaseId(id), list, periodDays));
	}

	@PostMapping("/cases/{id}/correction-received")
	String correctionReceived(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@RequestParam(required = false) String answer, RedirectAttributes redirect) {
		return act(id, redirect, "已登记补正，答复期限重新起算", () -> corrections.answer(officer, new CaseId(id), answer));
	}

	@PostMapping("/cases/{id}/decision")
	String draft(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@RequestParam(required = false) Outcome outcome, @RequestParam(required = false) String replyText,
			@RequestParam(required = false) String referredAgency,
			@RequestParam(required = false) String referredContact,
			@RequestParam(required = false) List<String> withheldPart,
			@RequestParam(required = false) List<String> withheldGround,
			@RequestParam(required = false) List<String> withheldReason, RedirectAttributes redirect) {
		redirect.addFlashAttribute("replyText", replyText);
		return act(id, redirect, "答复意见已提交法制审核", () -> decisions.draft(officer, new CaseId(id), outcome, replyText,
				referredAgency, referredContact, WithheldParts.fromForm(withheldPart, withheldGround, withheldReason)));
	}

	@PostMapping("/cases/{id}/routing")
	String route(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@RequestParam(required = false) String lead, @RequestParam(required = false) List<String> assist,
			@RequestParam(required = false) LocalDate dueOn, @RequestParam(required = false) String instructions,
			RedirectAttributes redirect) {
		return act(id, redirect, "已交办部门办理，答复期限照常计算",
				() -> routings.route(officer, new CaseId(id), lead, assist, dueOn, instructions));
	}

	@PostMapping("/cases/{id}/public-interest")
	String publicInterest(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@RequestParam(required = false) String reasons, RedirectAttributes redirect) {
		return act(id, redirect, "已作出公共利益决定；签发后向第三方出具告知书",
				() -> consultations.overrideForPublicInterest(officer, new CaseId(id), reasons));
	}

	/**
	 * A routed case as its department sees it: the request's content, not the applicant.
	 */
	@GetMapping("/routed/{id}")
	String routed(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id, Model model) {
		model.addAttribute("routed", routings.routedView(officer, new CaseId(id)));
		return "officer/routed";
	}

	@PostMapping("/routed/{id}/answer")
	String departmentAnswer(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@RequestParam(required = false) String answer, RedirectAttributes redirect) {
		try {
			routings.contribute(officer, new CaseId(id), answer);
			redirect.addFlashAttribute("message", "已反馈办理意见");
			return "redirect:/officer/tasks";
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			redirect.addFlashAttribute("error", e.getMessage());
			return "redirect:/officer/routed/" + id;
		}
	}

	@PostMapping("/cases/{id}/explanation-request")
	String requestExplanation(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@RequestParam(required = false) String question, @RequestParam(required = false) Integer periodDays,
			RedirectAttributes redirect) {
		return act(id, redirect, "已要求申请人说明理由，答复期限中止",
				() -> explanations.request(officer, new CaseId(id), question, periodDays));
	}

	@PostMapping("/cases/{id}/explanation-received")
	String explanationReceived(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@RequestParam(required = false) String answer, RedirectAttributes redirect) {
		return act(id, redirect, "已登记说明，恢复计时", () -> explanations.answer(officer, new CaseId(id), answer));
	}

	@PostMapping("/cases/{id}/split")
	String split(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@RequestParam(required = false) String items, RedirectAttributes redirect) {
		List<String> list = items == null ? List.of() : Arrays.stream(items.split("\\R")).toList();
		return act(id, redirect, "已按一事一申请拆分", () -> splitting.split(officer, new CaseId(id), list));
	}

	@PostMapping("/cases/{id}/links")
	String link(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id, @RequestParam UUID related,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return act(id, redirect, "已关联", () -> similar.link(officer, new CaseId(id), new CaseId(related), note));
	}

	@PostMapping("/cases/{id}/delivery")
	String deliver(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@RequestParam(required = false) DeliveryMethod method,
			@RequestParam(required = false) LocalDate deliveredOn, @RequestParam(required = false) String detail,
			RedirectAttributes redirect) {
		return act(id, redirect, "已登记送达",
				() -> deliveries.record(officer, new CaseId(id), method, deliveredOn, detail));
	}

	@PostMapping("/cases/{id}/review")
	String review(@AuthenticationPrincipal GongkaiUser reviewer, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean approved, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return act(id, redirect, approved ? "审核通过，已送负责人签发" : "已退回承办人修改",
				() -> decisions.review(reviewer, new CaseId(id), approved, note));
	}

	@PostMapping("/cases/{id}/sign-off")
	String signOff(@AuthenticationPrincipal GongkaiUser head, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean approved, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return act(id, redirect, approved ? "已签发，答复书将自动出具" : "已退回承办人修改",
				() -> decisions.signOff(head, new CaseId(id), approved, note));
	}

	@PostMapping("/cases/{id}/extension")
	String requestExtension(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@RequestParam(required = false) Integer workingDays, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, "延期申请已提交负责人审批",
				() -> extensions.request(officer, new CaseId(id), workingDays, reason));
	}

	@PostMapping("/cases/{id}/extension-decision")
	String decideExtension(@AuthenticationPrincipal GongkaiUser head, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean approved, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return act(id, redirect, approved ? "已批准延期，将告知申请人" : "已不批准延期",
				() -> extensions.decide(head, new CaseId(id), approved, note));
	}

	@PostMapping("/cases/{id}/fee-notice")
	String notifyFee(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@RequestParam(required = false) FeeMode mode, @RequestParam(required = false) Integer quantity,
			RedirectAttributes redirect) {
		return act(id, redirect, "已发出收费通知，答复期限中止", () -> fees.notify(officer, new CaseId(id), mode, quantity));
	}

	@PostMapping("/cases/{id}/fee-payment")
	String feePaid(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "已登记缴费，恢复计时", () -> fees.paid(officer, new CaseId(id)));
	}

	@PostMapping("/cases/{id}/consultation")
	String consult(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@RequestParam(required = false) CaseConsultations.Party party,
			@RequestParam(required = false) String partyName, @RequestParam(required = false) String matter,
			RedirectAttributes redirect) {
		return act(id, redirect, "已书面征求意见，答复期限中止",
				() -> consultations.send(officer, new CaseId(id), party, partyName, matter));
	}

	@PostMapping("/cases/{id}/consultation-answer")
	String consultationAnswered(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean consented, @RequestParam(required = false) String reasons,
			RedirectAttributes redirect) {
		return act(id, redirect, "已登记意见，恢复计时",
				() -> consultations.answered(officer, new CaseId(id), consented, reasons));
	}

	@PostMapping("/cases/{id}/attachments")
	String upload(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
			@RequestParam(required = false) Attachment.Purpose purpose,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
		AttachmentUploads.upload(attachments, officer, new CaseId(id), purpose, file, redirect);
		return "redirect:/officer/cases/" + id;
	}

	/**
	 * Runs one officer action; a refusal goes back to the case page as a message, never
	 * as an error page.
	 */
	private static String act(UUID id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", done);
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/officer/cases/" + id;
	}

}
