package org.gongkai.disclosure.casework.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.AnswerItem;
import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.casework.CaseworkSettings;
import org.gongkai.disclosure.casework.DeliveryMethod;
import org.gongkai.disclosure.casework.NotHeldAnswer;
import org.gongkai.disclosure.casework.WithheldPart;
import org.gongkai.disclosure.casework.attachments.Attachment;
import org.gongkai.disclosure.casework.attachments.CaseAttachments;
import org.gongkai.disclosure.casework.attachments.Redactions;
import org.gongkai.disclosure.casework.decision.CaseDeliveries;
import org.gongkai.disclosure.casework.intake.CaseAssistance;
import org.gongkai.disclosure.casework.intake.SimilarRequests;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess;
import org.gongkai.disclosure.casework.routing.CaseRoutings;
import org.gongkai.disclosure.casework.stops.CaseConsultations;
import org.gongkai.disclosure.casework.views.CaseViews;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.fees.FeeMode;
import org.gongkai.disclosure.serving.ServiceMethod;
import org.gongkai.disclosure.shared.ids.CaseId;

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
 * The officers' case page, whose forms are the steps of the process that wait for the
 * signed-in officer's role (their handlers are in the stage controllers:
 * {@link OfficerIntakePages}, {@link OfficerClockStopPages}, {@link OfficerRoutingPages},
 * {@link OfficerDecisionPages}).
 */
@Controller
@RequestMapping("/officer")
class OfficerPages {

	private final CaseViews views;

	private final CaseAttachments attachments;

	private final CaseworkSettings settings;

	private final SimilarRequests similar;

	private final CaseDeliveries deliveries;

	private final CaseRoutings routings;

	private final CasePageSections sections;

	private final Redactions redactions;

	private final Cases cases;

	OfficerPages(CaseViews views, CaseAttachments attachments, CaseworkSettings settings, SimilarRequests similar,
			CaseDeliveries deliveries, CaseRoutings routings, CasePageSections sections, Redactions redactions,
			Cases cases) {
		this.redactions = redactions;
		this.cases = cases;
		this.views = views;
		this.attachments = attachments;
		this.settings = settings;
		this.similar = similar;
		this.deliveries = deliveries;
		this.routings = routings;
		this.sections = sections;
	}

	@GetMapping("/cases/{id}")
	String show(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id, Model model) {
		CaseViews.CaseDetail detail = views.detail(officer, id);
		model.addAttribute("detail", detail);
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("notHeldKinds", NotHeldAnswer.Kind.values());
		model.addAttribute("assistanceNeeds", CaseAssistance.Need.values());
		model.addAttribute("notHeld", cases.notHeld(id).orElse(null));
		model.addAttribute("withholdingGrounds", WithheldPart.GROUNDS);
		model.addAttribute("attachments", attachments.of(officer, id));
		model.addAttribute("purposes", Attachment.Purpose.materials());
		model.addAttribute("role", officer.role().name());
		model.addAttribute("feeModes", FeeMode.values());
		List<SimilarRequests.Similar> alike = similar.similarTo(officer, id);
		model.addAttribute("similar", alike);
		model.addAttribute("askingApplicants", similar.distinctApplicants(alike, officer, id));
		model.addAttribute("publishSuggestionFrom", SimilarRequests.PUBLISH_SUGGESTION_FROM);
		CaseDeliveries.Delivery delivery = deliveries.of(id).orElse(null);
		boolean delivered = delivery != null;
		model.addAttribute("delivery", delivery);
		model.addAttribute("deliveryMethods", DeliveryMethod.values());
		model.addAttribute("parties", CaseConsultations.Party.values());
		model.addAttribute("officerView", true);
		model.addAttribute("serviceMethods", ServiceMethod.values());
		model.addAttribute("routings", routings.of(id));
		boolean deciding = detail.at(DisclosureRequestProcess.Elements.TASK_DECIDE);
		List<?> departments = deciding ? routings.departmentsBelow(detail.theCase().agencyId()) : List.of();
		model.addAttribute("departments", departments);
		CaseSteps steps = CaseSteps.of(detail, officer.role(), delivered, !departments.isEmpty());
		model.addAttribute("steps", steps);
		// the secondary forms as a refusal brought them back (OfficerActions), else empty
		// with their usual values
		Map<String, Object> forms = model.asMap();
		forms.computeIfAbsent("correctionForm", f -> CorrectionNoticeForm.withPeriod(settings.correctionPeriodDays()));
		forms.computeIfAbsent("extensionForm", f -> new ExtensionForm());
		forms.computeIfAbsent("feeNoticeForm", f -> new FeeNoticeForm());
		forms.computeIfAbsent("consultationForm", f -> new ConsultationForm());
		forms.computeIfAbsent("routingForm", f -> RoutingForm.dueOn(deciding ? routings.defaultDueOn(id) : null));
		// a refused form's message goes beside that form when the page still shows it
		// (CaseFormRefusals), otherwise at the top
		model.addAttribute("refusedStep", model.getAttribute("errorAt") instanceof String path
				? CaseSteps.Step.posting(path).filter(steps::offers).orElse(null) : null);
		model.addAttribute("draftPreview", CaseSteps.draftToPreview(detail, officer.role()));
		model.addAttribute("caseSections", sections.of(officer, id));
		// the parts withheld by the boxes on released records come from there (shown, not
		// entered); the form keeps only the others
		List<WithheldPart> redacted = redactions.withheldParts(id);
		model.addAttribute("redactedParts", redacted);
		model.addAttribute("manualWithheld", detail.withheld().stream().filter(w -> !redacted.contains(w)).toList());
		// a request answered item by item: the draft's items, unless a refused draft's
		// rows came back as typed
		if (!model.containsAttribute("itemRows")) {
			model.addAttribute("itemRows",
					AnswerItemForm.shown(detail.items().stream().map(AnswerItemForm.Row::of).toList()));
		}
		model.addAttribute("itemResults", AnswerItem.results());
		return "officer/case";
	}

	@PostMapping("/cases/{id}/attachments")
	String upload(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@RequestParam(required = false) Attachment.Purpose purpose,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
		AttachmentUploads.upload(attachments, officer, id, purpose, file, redirect);
		return "redirect:/officer/cases/" + id;
	}

}
