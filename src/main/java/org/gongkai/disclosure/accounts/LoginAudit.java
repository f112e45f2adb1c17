package org.gongkai.disclosure.accounts;

import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Logins, failures, lock-outs and logouts go to the audit trail; bad passwords count
 * towards the lock-out.
 */
@Component
class LoginAudit {

	private final Accounts accounts;

	private final LoginThrottle throttle;

	private final AuditTrail audit;

	LoginAudit(Accounts accounts, LoginThrottle throttle, AuditTrail audit) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.audit = audit;
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof GongkaiUser user) {
			accounts.recordSuccessfulLogin(user.getUsername());
			throttle.succeeded(event.getAuthentication());
		}
	}

	/**
	 * A login that starts a session (the form, single sign-on) is audited; an API call
	 * authenticated with HTTP Basic is not a login and costs no audit line (issue 14).
	 * Its failures still do, through {@link #failed}.
	 */
	@EventListener
	void loggedIn(InteractiveAuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof GongkaiUser user) {
			audit.recordAloneAs(user.id(), user.displayName(), AuditAction.LOGIN, "account", user.id(),
					AuditResult.SUCCESS, "登录成功");
		}
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String username = event.getAuthentication().getName();
		String safeName = username == null ? "" : username.replaceAll("[^A-Za-z0-9._@-]", "?");
		if (safeName.length() > 64) {
			safeName = safeName.substring(0, 64);
		}
		String detail = "登录失败：" + event.getException().getClass().getSimpleName();
		if (event instanceof AuthenticationFailureBadCredentialsEvent && throttle.failed(event.getAuthentication())) {
			LoginLimits limits = throttle.limits();
			detail = "连续登录失败" + limits.failures() + "次，该来源地址暂停登录此账号（每" + limits.window().toMinutes() / limits.failures()
					+ "分钟恢复一次尝试机会）";
		}
		audit.recordAloneAs(null, safeName, AuditAction.LOGIN, "account", safeName, AuditResult.FAILED, detail);
	}

	@EventListener
	void loggedOut(LogoutSuccessEvent event) {
		if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof GongkaiUser user) {
			audit.recordAloneAs(user.id(), user.displayName(), AuditAction.LOGOUT, "account", user.id(),
					AuditResult.SUCCESS, "退出登录");
		}
	}

}
