package org.gongkai.disclosure.casework.web;

import java.util.Arrays;
import java.util.Optional;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.casework.stops.ExplanationSettings;
import org.gongkai.disclosure.casework.stops.ExplanationSettings.ClockWhileAwaiting;
import org.gongkai.disclosure.shared.FormErrors;
import org.gongkai.disclosure.shared.Labels;
import org.gongkai.disclosure.shared.ids.AgencyId;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page for each agency's 《条例》第三十五条 rule
 * ({@code /admin/explanation-settings}): the 延迟答复的合理期限 and whether the clock stops while
 * reasons are awaited, with its basis (docs/statute.md#art-35). A refusal keeps what was
 * typed and shows each problem beside its field.
 */
@Controller
@RequestMapping("/admin/explanation-settings")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class ExplanationSettingsPages {

	private final ExplanationSettings settings;

	private final Agencies agencies;

	private final MessageSourceAccessor messages;

	private final Labels labels;

	ExplanationSettingsPages(ExplanationSettings settings, Agencies agencies, MessageSourceAccessor messages,
			Labels labels) {
		this.settings = settings;
		this.agencies = agencies;
		this.messages = messages;
		this.labels = labels;
	}

	@GetMapping
	String page(@AuthenticationPrincipal GongkaiUser admin, @RequestParam(required = false) String agency,
			Model model) {
		// the administrator's own agency first, any other by its code
		Agency chosen = agency != null ? agencies.byCode(agency).orElseThrow(() -> noAgency(agency))
				: Optional.ofNullable(admin.agencyId())
					.flatMap(agencies::byId)
					.or(() -> agencies.all().stream().findFirst())
					.orElseThrow(() -> new IllegalStateException(messages.getMessage("explanation.error.noAgencies")));
		ExplanationSettings.Setting current = settings.of(chosen.id());
		model.addAttribute("form", new Form(chosen.code(), current.delayWorkingDays(), current.clockWhileAwaiting(),
				current.localBasis()));
		return view(model);
	}

	@PostMapping
	String save(@AuthenticationPrincipal GongkaiUser admin, @ModelAttribute("form") Form form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return view(model);
		}
		try {
			AgencyId agency = agencies.byCode(form.getAgencyCode())
				.orElseThrow(() -> noAgency(form.getAgencyCode()))
				.id();
			ExplanationSettings.Setting saved = settings.save(admin, agency, form.getDelayWorkingDays(),
					form.getClockWhileAwaiting(), form.getLocalBasis());
			redirect.addFlashAttribute("message", messages.getMessage("explanation.saved", new Object[] {
					form.getAgencyCode(), saved.delayWorkingDays(), labels.of(saved.clockWhileAwaiting()) }));
			return "redirect:/admin/explanation-settings?agency=" + form.getAgencyCode();
		}
		catch (IllegalArgumentException e) {
			FormErrors.reject(errors, e);
			return view(model);
		}
	}

	private IllegalArgumentException noAgency(String code) {
		return new IllegalArgumentException(messages.getMessage("explanation.error.noAgency", new Object[] { code }));
	}

	private String view(Model model) {
		model.addAttribute("agencies", agencies.all());
		model.addAttribute("clockChoices", Arrays.asList(ClockWhileAwaiting.values()));
		model.addAttribute("maxDays", ExplanationSettings.MAX_DELAY_DAYS);
		return "admin/explanation-settings";
	}

	/** The form as typed: a mutable bean so that every value survives a refusal. */
	public static class Form {

		private String agencyCode;

		private Integer delayWorkingDays;

		private ClockWhileAwaiting clockWhileAwaiting;

		private String localBasis;

		public Form() {
		}

		Form(String agencyCode, Integer delayWorkingDays, ClockWhileAwaiting clockWhileAwaiting, String localBasis) {
			this.agencyCode = agencyCode;
			this.delayWorkingDays = delayWorkingDays;
			this.clockWhileAwaiting = clockWhileAwaiting;
			this.localBasis = localBasis;
		}

		public String getAgencyCode() {
			return agencyCode;
		}

		public void setAgencyCode(String agencyCode) {
			this.agencyCode = agencyCode;
		}

		public Integer getDelayWorkingDays() {
			return delayWorkingDays;
		}

		public void setDelayWorkingDays(Integer delayWorkingDays) {
			this.delayWorkingDays = delayWorkingDays;
		}

		public ClockWhileAwaiting getClockWhileAwaiting() {
			return clockWhileAwaiting;
		}

		public void setClockWhileAwaiting(ClockWhileAwaiting clockWhileAwaiting) {
			this.clockWhileAwaiting = clockWhileAwaiting;
		}

		public String getLocalBasis() {
			return localBasis;
		}

		public void setLocalBasis(String localBasis) {
			this.localBasis = localBasis;
		}

	}

}
