package org.gongkai.disclosure.casework.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.casework.DeliveryMethod;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.IdempotencyKeyReusedException;
import org.gongkai.disclosure.casework.RequestedForm;
import org.gongkai.disclosure.casework.intake.NewRequest;
import org.gongkai.disclosure.casework.intake.RequestIntake;
import org.gongkai.disclosure.shared.FormErrors;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A new request, one question per step (GOV.UK's pattern): (1) before you start and which
 * agency, (2) the information wanted, (3) its form and how to receive it, (4) check your
 * answers and submit. Each step checks its own answers, lists its problems at the top and
 * beside each field and keeps what was typed; each answer on the check page has a link
 * back to its step, which then returns to the check page.
 * <p>
 * The answers wait in the HTTP session ({@link RequestDraft}), not in hidden fields
 * carried from page to page: the back and 'change' links are then plain links that work
 * without JavaScript and show what was answered, a refresh never asks to resend a form,
 * and up to 4,000 characters of description never travel in a URL. The pages already rest
 * on the session (sign-in, CSRF; docs/operations.md: sticky sessions or a shared store),
 * and a draft dies with it, as the sign-in does. The check page then posts the whole
 * request, exactly as shown, with its idempotency key to the one filing endpoint
 * ({@code POST /my/requests}), which also takes a complete form posted at once: what is
 * filed is what the applicant saw, even if another tab has changed the draft since.
 */
@Controller
@RequestMapping("/my/requests")
class NewRequestPages {

	/** The constraints that say an answer is missing. */
	private static final Set<String> MISSING = Set.of("NotBlank", "NotNull");

	/** What a form whose values could not even be converted answered. */
	private static final NewRequest NOTHING = new NewRequest(null, null, null, null, null);

	/** The session attribute holding the draft. */
	static final String DRAFT = NewRequestPages.class.getName() + ".draft";

	/**
	 * The steps in order, each with its path under {@code /my/requests/new} and its
	 * fields.
	 */
	enum Step {

		AGENCY("", "agencyCode"), INFORMATION("/information", "informationSought", "ownInformation"),
		FORM("/form", "requestedForm", "deliveryMethod"), CHECK("/check");

		private final String path;

		private final List<String> fields;

		Step(String path, String... fields) {
			this.path = path;
			this.fields = List.of(fields);
		}

		String url() {
			return "/my/requests/new" + path;
		}

		String view() {
			return "my/new-request/" + name().toLowerCase();
		}

		boolean asks(String field) {
			return fields.contains(field);
		}

		/** The step at {@code /my/requests/new/<slug>} ({@code null} for the first). */
		static Step at(String slug) {
			String path = slug == null ? "" : "/" + slug;
			return Arrays.stream(values())
				.filter(s -> s.path.equals(path))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no such step: " + slug));
		}

	}

	private final RequestIntake intake;

	private final Agencies agencies;

	private final SpringValidatorAdapter validator;

	private final MessageSourceAccessor messages;

	NewRequestPages(RequestIntake intake, Agencies agencies, Validator validator, MessageSourceAccessor messages) {
		this.intake = intake;
		this.agencies = agencies;
		this.validator = new SpringValidatorAdapter(validator);
		this.messages = messages;
	}

	/**
	 * A step's page: {@code /my/requests/new} asks for the agency, then
	 * {@code /information}, {@code /form} and {@code /check} (where 'change' has no
	 * meaning).
	 */
	@GetMapping({ "/new", "/new/{slug:information|form|check}" })
	String step(@PathVariable(required = false) String slug, @RequestParam(defaultValue = "false") boolean change,
			HttpSession session, Model model) {
		Step step = Step.at(slug);
		return show(step, change && step != Step.CHECK, session, model);
	}

	/**
	 * A question step's answer (the check page posts the whole request to {@link #file}).
	 */
	@PostMapping({ "/new", "/new/{slug:information|form}" })
	String answer(@PathVariable(required = false) String slug, @ModelAttribute("request") NewRequest posted,
			BindingResult binding, @RequestParam(defaultValue = "false") boolean change, HttpSession session,
			Model model) {
		return answer(Step.at(slug), posted, binding, change, session, model);
	}

	/**
	 * Files the request: the check page's form, or any complete form posted at once. A
	 * refusal shows the check page with every problem at the top and beside its answer,
	 * and keeps the answers (in the draft) for the steps' 'change' links.
	 */
	@PostMapping
	String file(@AuthenticationPrincipal GongkaiUser user, @Valid @ModelAttribute("request") NewRequest request,
			BindingResult errors, @RequestParam(required = false) String idempotencyKey, HttpSession session,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				RequestIntake.Filing filing = intake.submitOnline(user, request, idempotencyKey);
				DisclosureCase filed = filing.theCase();
				session.removeAttribute(DRAFT);
				redirect.addFlashAttribute("message",
						messages.getMessage(
								filing.replayed() ? "my.requests.flash.replayed" : "my.requests.flash.filed",
								new Object[] { filed.reference() }));
				return "redirect:/my/requests/" + filed.id();
			}
			catch (IllegalArgumentException | IdempotencyKeyReusedException e) {
				FormErrors.reject(errors, e);
			}
		}
		RequestDraft draft = RequestDraft.of(request != null ? request : NOTHING, idempotencyKey);
		session.setAttribute(DRAFT, draft);
		return refused(Step.CHECK, false, draft, errors, model);
	}

	private String show(Step step, boolean change, HttpSession session, Model model) {
		RequestDraft draft = draft(session);
		Optional<Step> unanswered = firstUnanswered(draft).filter(s -> s.compareTo(step) < 0);
		if (unanswered.isPresent()) {
			return "redirect:" + unanswered.get().url();
		}
		model.addAttribute("request", draft.request());
		return page(step, change, draft, false, model);
	}

	/**
	 * Keeps the step's answers in the draft, refused or not (nothing typed is lost, also
	 * when the applicant goes back first), and moves on when they are valid.
	 */
	private String answer(Step step, NewRequest posted, BindingResult binding, boolean change, HttpSession session,
			Model model) {
		RequestDraft draft = draft(session).answer(step, posted != null ? posted : NOTHING);
		session.setAttribute(DRAFT, draft);
		BindingResult problems = problems(step, draft.request(), binding);
		if (problems.hasErrors()) {
			return refused(step, change, draft, problems, model);
		}
		Step next = change ? Step.CHECK : Step.values()[step.ordinal() + 1];
		return "redirect:" + next.url();
	}

	/**
	 * Shows {@code step} again with {@code problems} on the draft's answers, which
	 * replace the posted object (null when a value could not be converted at all, an
	 * unknown form of the information, say).
	 */
	private String refused(Step step, boolean change, RequestDraft draft, BindingResult problems, Model model) {
		BeanPropertyBindingResult shown = new BeanPropertyBindingResult(draft.request(), "request");
		shown.addAllErrors(problems);
		model.addAttribute("request", draft.request());
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "request", shown);
		return page(step, change, draft, true, model);
	}

	/**
	 * The problems of {@code step}'s own fields, one a field (GOV.UK's rule): a value
	 * that could not be read (the binding's), else what {@link NewRequest}'s constraints
	 * say of the answer, a missing answer before a malformed one (no agency chosen is not
	 * also "a code of the wrong form").
	 */
	private BindingResult problems(Step step, NewRequest request, BindingResult binding) {
		BeanPropertyBindingResult all = new BeanPropertyBindingResult(request, "request");
		validator.validate(request, all);
		BeanPropertyBindingResult own = new BeanPropertyBindingResult(request, "request");
		binding.getFieldErrors().stream().filter(e -> step.asks(e.getField())).forEach(own::addError);
		all.getFieldErrors()
			.stream()
			.filter(e -> step.asks(e.getField()))
			.sorted(Comparator.comparing((FieldError e) -> !MISSING.contains(e.getCode())))
			.filter(e -> !own.hasFieldErrors(e.getField()))
			.forEach(own::addError);
		return own;
	}

	/** The first step whose answers are missing or invalid, if any. */
	private Optional<Step> firstUnanswered(RequestDraft draft) {
		BeanPropertyBindingResult all = new BeanPropertyBindingResult(draft.request(), "request");
		validator.validate(draft.request(), all);
		return Arrays.stream(Step.values())
			.filter(step -> all.getFieldErrors().stream().map(FieldError::getField).anyMatch(step::asks))
			.findFirst();
	}

	private String page(Step step, boolean change, RequestDraft draft, boolean refused, Model model) {
		model.addAttribute("stepNumber", step.ordinal() + 1);
		model.addAttribute("stepCount", Step.values().length);
		model.addAttribute("change", change);
		model.addAttribute("refused", refused);
		model.addAttribute("back", change ? Step.CHECK.url()
				: step == Step.AGENCY ? "/my/requests" : Step.values()[step.ordinal() - 1].url());
		model.addAttribute("idempotencyKey", draft.idempotencyKey());
		switch (step) {
			case AGENCY -> model.addAttribute("agencies", agencies.all());
			case FORM -> {
				model.addAttribute("forms", RequestedForm.values());
				model.addAttribute("deliveryMethods", DeliveryMethod.values());
			}
			// found among the agencies offered, whatever was posted as the code (a posted
			// code can hold what the database refuses to read, a NUL byte:
			// HostileInputIT)
			case CHECK -> model.addAttribute("agency",
					agencies.all()
						.stream()
						.filter(a -> a.code().equals(draft.agencyCode()))
						.map(Agency::name)
						.findFirst()
						.orElse(null));
			default -> {
			}
		}
		return step.view();
	}

	private static RequestDraft draft(HttpSession session) {
		if (session.getAttribute(DRAFT) instanceof RequestDraft draft) {
			return draft;
		}
		RequestDraft started = RequestDraft.start();
		session.setAttribute(DRAFT, started);
		return started;
	}

}
