package org.gongkai.disclosure.accounts;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class Accounts {

	private static final RowMapper<Account> ROW = (rs, n) -> new Account(rs.getObject("id", UUID.class),
			rs.getString("username"), rs.getString("password_hash"), rs.getString("display_name"),
			Role.valueOf(rs.getString("role")), rs.getObject("agency_id", UUID.class),
			rs.getObject("applicant_id", UUID.class), rs.getBoolean("enabled"),
			rs.getObject("locked_until", OffsetDateTime.class) == null ? null
					: rs.getObject("locked_until", OffsetDateTime.class).toInstant());

	/**
	 * Lock-out rule (等级保护 2.0 登录失败处理): this many failures within the window lock the
	 * login for the window.
	 */
	static final int MAX_FAILURES = 5;
	static final Duration LOCK_WINDOW = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	Accounts(JdbcClient jdbc, PasswordEncoder passwords, AuditTrail audit) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.audit = audit;
	}

	public Optional<Account> byUsername(String username) {
		if (!PasswordPolicy.isWellFormedUsername(username)) {
			return Optional.empty();
		}
		return jdbc.sql("select * from account_user where username = ?").param(username).query(ROW).optional();
	}

	/** Whether an applicant can log in (and so be served in the system). */
	public boolean hasLogin(UUID applicantId) {
		return jdbc.sql("select exists (select 1 from account_user where applicant_id = ?)")
			.param(applicantId)
			.query(Boolean.class)
			.single();
	}

	public boolean exists(String username) {
		return byUsername(username).isPresent();
	}

	/**
	 * Counts a failed password; the fifth within {@link #LOCK_WINDOW} locks the login for
	 * that long.
	 * @return true if this failure locked the account
	 */
	@Transactional
	public boolean recordFailedLogin(String username) {
		if (!PasswordPolicy.isWellFormedUsername(username)) {
			return false;
		}
		Boolean locked = jdbc
			.sql("""
					update account_user set
					    failed_logins = case when first_failed_at is null or first_failed_at < now() - cast(:window as interval)
					                         then 1 else failed_logins + 1 end,
					    first_failed_at = case when first_failed_at is null or first_failed_at < now() - cast(:window as interval)
					                           then now() else first_failed_at end
					where username = :username
					returning failed_logins >= :max""")
			.param("window", LOCK_WINDOW.toMinutes() + " minutes")
			.param("username", username)
			.param("max", MAX_FAILURES)
			.query(Boolean.class)
			.optional()
			.orElse(false);
		if (locked) {
			jdbc.sql("""
					update account_user set locked_until = now() + cast(:window as interval), failed_logins = 0,
					    first_failed_at = null where username = :username""")
				.param("window", LOCK_WINDOW.toMinutes() + " minutes")
				.param("username", username)
				.update();
		}
		return locked;
	}

	@Transactional
	public void recordSuccessfulLogin(String username) {
		jdbc.sql(
				"update account_user set failed_logins = 0, first_failed_at = null, locked_until = null where username = ?")
			.param(username)
			.update();
	}

	/** Creates a login; the raw password is hashed here and never stored or logged. */
	@Transactional
	public Account create(String username, String rawPassword, String displayName, Role role, UUID agencyId,
			UUID applicantId) {
		PasswordPolicy.check(username, rawPassword);
		if (exists(username)) {
			throw new IllegalArgumentException("用户名已被使用");
		}
		Account account = new Account(UUID.randomUUID(), username, passwords.encode(rawPassword), displayName, role,
				agencyId, applicantId, true, null);
		jdbc.sql("""
				insert into account_user (id, username, password_hash, display_name, role, agency_id,
				                          applicant_id, enabled, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(account.id(), account.username(), account.passwordHash(), account.displayName(),
					account.role().name(), account.agencyId(), account.applicantId(), account.enabled(),
					OffsetDateTime.now())
			.update();
		audit.record("ACCOUNT_CREATED", "account", account.id(), AuditResult.SUCCESS,
				"创建账号 " + username + "（" + role.label() + "）");
		return account;
	}

}
