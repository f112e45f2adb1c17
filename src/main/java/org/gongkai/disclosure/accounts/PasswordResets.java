package org.gongkai.disclosure.accounts;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An applicant who forgot the password sets a new one with a six-digit code sent to the
 * e-mail address or phone of their own applicant record (through the notification
 * channel). Staff do not reset themselves: an administrator does
 * ({@link AccountAdministration#resetPassword}).
 * <ul>
 * <li>The answer to a request is the same whether or not the username exists, so the page
 * tells nobody which accounts there are.</li>
 * <li>Only a hash of the code is kept; a code lasts {@link #VALID_FOR}, is used once, and
 * a newer one replaces it; at most {@link #CODES_PER_HOUR} codes an hour per
 * account.</li>
 * <li>{@link #ATTEMPTS} wrong entries spend the code.</li>
 * </ul>
 */
@Service
public class PasswordResets {

	static final Duration VALID_FOR = Duration.ofMinutes(15);

	static final int CODES_PER_HOUR = 3;

	static final int ATTEMPTS = 5;

	/** The one answer to every request for a code. */
	public static final String NEUTRAL_ANSWER = "如该用户名存在且登记了电子邮箱或手机号码，验证码已发送，15分钟内有效。";

	/** The one answer to every code that does not work. */
	public static final String REFUSED = "验证码不正确或已失效，请重新获取。";

	private final SecureRandom random = new SecureRandom();

	private final Accounts accounts;

	private final AccountAdministration administration;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	PasswordResets(Accounts accounts, AccountAdministration administration, PasswordEncoder passwords,
			ApplicationEventPublisher events, AuditTrail audit, JdbcClient jdbc, Clock clock) {
		this.accounts = accounts;
		this.administration = administration;
		this.passwords = passwords;
		this.events = events;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Issues a code for {@code username} if it is an enabled applicant's login. */
	@Transactional
	public void requestCode(String username) {
		Optional<Account> account = accounts.byUsername(username).filter(a -> a.enabled() && a.applicantId() != null);
		if (account.isEmpty()) {
			return;
		}
		Account holder = account.get();
		Instant now = clock.instant();
		long lastHour = jdbc.sql("select count(*) from account_reset_code where account_id = ? and issued_at > ?")
			.params(holder.id(), Timestamp.from(now.minus(Duration.ofHours(1))))
			.query(Long.class)
			.single();
		if (lastHour >= CODES_PER_HOUR) {
			audit.recordAloneAs(holder.id(), holder.displayName(), AuditAction.PASSWORD_RESET_REQUESTED, "account",
					holder.id(), AuditResult.DENIED, "一小时内已发送" + CODES_PER_HOUR + "个验证码");
			return;
		}
		String code = "%06d".formatted(random.nextInt(1_000_000));
		UUID id = UUID.randomUUID();
		Instant expires = now.plus(VALID_FOR);
		// a newer code replaces any earlier one
		jdbc.sql("update account_reset_code set used_at = ? where account_id = ? and used_at is null")
			.params(Timestamp.from(now), holder.id())
			.update();
		jdbc.sql("""
				insert into account_reset_code (id, account_id, code_hash, issued_at, expires_at)
				values (?, ?, ?, ?, ?)""")
			.params(id, holder.id(), passwords.encode(code), Timestamp.from(now), Timestamp.from(expires))
			.update();
		events.publishEvent(new PasswordResetCodeIssued(id, holder.applicantId(), code, expires));
		audit.record(AuditAction.PASSWORD_RESET_REQUESTED, "account", holder.id(), AuditResult.SUCCESS, "发送重设密码验证码");
	}

	/**
	 * Sets {@code newPassword} for {@code username} if {@code code} is its current code.
	 * @throws IllegalArgumentException with {@link #REFUSED} for any code that does not
	 * work, or the password rule's message for a password that breaks it
	 */
	@Transactional(noRollbackFor = IllegalArgumentException.class)
	public void reset(String username, String code, String newPassword) {
		Account holder = accounts.byUsername(username)
			.filter(a -> a.enabled() && a.applicantId() != null)
			.orElseThrow(() -> new IllegalArgumentException(REFUSED));
		Instant now = clock.instant();
		Optional<Code> current = jdbc.sql("""
				select id, code_hash, attempts from account_reset_code
				where account_id = ? and used_at is null and expires_at > ?
				order by issued_at desc limit 1 for update""")
			.params(holder.id(), Timestamp.from(now))
			.query((rs, n) -> new Code(rs.getObject("id", UUID.class), rs.getString("code_hash"),
					rs.getInt("attempts")))
			.optional();
		if (current.isEmpty() || code == null || !code.matches("\\d{6}")
				|| !passwords.matches(code, current.get().hash())) {
			current.ifPresent(c -> jdbc.sql("""
					update account_reset_code set attempts = attempts + 1,
					    used_at = case when attempts + 1 >= ? then ? else used_at end
					where id = ?""").params(ATTEMPTS, Timestamp.from(now), c.id()).update());
			audit.recordAloneAs(holder.id(), holder.displayName(), AuditAction.PASSWORD_RESET, "account", holder.id(),
					AuditResult.DENIED, "验证码不正确或已失效");
			throw new IllegalArgumentException(REFUSED);
		}
		administration.setPassword(holder.id(), holder.username(), newPassword);
		jdbc.sql("update account_reset_code set used_at = ? where id = ?")
			.params(Timestamp.from(now), current.get().id())
			.update();
		audit.recordAloneAs(holder.id(), holder.displayName(), AuditAction.PASSWORD_RESET, "account", holder.id(),
				AuditResult.SUCCESS, "以验证码重设密码");
	}

	private record Code(UUID id, String hash, int attempts) {
	}

}
