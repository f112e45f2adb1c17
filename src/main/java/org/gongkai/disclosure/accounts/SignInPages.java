package org.gongkai.disclosure.accounts;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.shared.RefusalWords;
import org.gongkai.disclosure.shared.StateRefusal;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second step of a sign-in (the code, or enrolment of the second factor at the first
 * login of a role that requires one) and the password change a reset requires.
 */
@Controller
class SignInPages {

	private final SecondFactor secondFactor;

	private final SignInSteps steps;

	private final AccountAdministration administration;

	private final AuditTrail audit;

	private final LoginThrottle throttle;

	private final MessageSourceAccessor messages;

	SignInPages(SecondFactor secondFactor, SignInSteps steps, AccountAdministration administration, AuditTrail audit,
			LoginThrottle throttle, MessageSourceAccessor messages) {
		this.messages = messages;
		this.throttle = throttle;
		this.secondFactor = secondFactor;
		this.steps = steps;
		this.administration = administration;
		this.audit = audit;
	}

	@GetMapping(SignInSteps.CODE_PAGE)
	String codePage() {
		return "login-code";
	}

	/**
	 * Checks the code. A wrong code counts towards the lock-out like a wrong password;
	 * the lock-out ends the pending sign-in.
	 */
	@PostMapping(SignInSteps.CODE_PAGE)
	String code(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		PendingSignIn pending = pending();
		GongkaiUser user = pending.user();
		if (secondFactor.verify(user, code)) {
			steps.establish(pending.passwordChecked(), request, response);
			audit.recordAloneAs(user.id(), user.displayName(), AuditAction.LOGIN_SECOND_FACTOR, "account", user.id(),
					AuditResult.SUCCESS, "两步验证通过");
			return "redirect:/";
		}
		// a wrong code counts against the account from this address like a wrong password
		boolean locked = throttle.failed(pending.passwordChecked());
		audit.recordAloneAs(user.id(), user.displayName(), AuditAction.LOGIN_SECOND_FACTOR, "account", user.id(),
				AuditResult.FAILED, locked ? "两步验证码多次错误，账号锁定" : "两步验证码错误");
		if (locked) {
			SecurityContextHolder.clearContext();
			request.getSession().invalidate();
			return "redirect:/login?error";
		}
		model.addAttribute("error", messages.getMessage("login.code.wrong"));
		return "login-code";
	}

	@GetMapping(SignInSteps.ENROL_PAGE)
	String enrolPage(Model model) {
		GongkaiUser user = pending().user();
		if (secondFactor.enrolled(user.id())) {
			return "redirect:" + SignInSteps.CODE_PAGE;
		}
		model.addAttribute("enrolment", secondFactor.begin(user));
		return "login-enrol";
	}

	@PostMapping(SignInSteps.ENROL_PAGE)
	String enrol(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		PendingSignIn pending = pending();
		try {
			List<String> recoveryCodes = secondFactor.confirm(pending.user(), code);
			steps.establish(pending.passwordChecked(), request, response);
			model.addAttribute("recoveryCodes", recoveryCodes);
			return "login-recovery-codes";
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			redirect.addFlashAttribute("error", RefusalWords.of(e, messages));
			return "redirect:" + SignInSteps.ENROL_PAGE;
		}
	}

	@GetMapping(SignInSteps.PASSWORD_PAGE)
	String passwordPage(@AuthenticationPrincipal GongkaiUser user, Model model) {
		model.addAttribute("required", administration.mustChangePassword(user.id()));
		return "account-password";
	}

	@PostMapping(SignInSteps.PASSWORD_PAGE)
	String changePassword(@AuthenticationPrincipal GongkaiUser user, @RequestParam String current,
			@RequestParam String password, @RequestParam String passwordAgain, Model model,
			RedirectAttributes redirect) {
		try {
			if (!password.equals(passwordAgain)) {
				throw new IllegalArgumentException(messages.getMessage("account.newPasswordsDiffer"));
			}
			administration.changeOwnPassword(user, current, password);
		}
		catch (IllegalArgumentException e) {
			model.addAttribute("required", administration.mustChangePassword(user.id()));
			model.addAttribute("error", RefusalWords.of(e, messages));
			return "account-password";
		}
		redirect.addFlashAttribute("message", messages.getMessage("account.flash.passwordChanged"));
		return "redirect:/";
	}

	private static PendingSignIn pending() {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof PendingSignIn pending) {
			return pending;
		}
		throw new StateRefusal("refusal.accounts.signIn.nothingPending");
	}

}
