package org.gongkai.disclosure.accounts;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.ids.AgencyId;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class Accounts {

	private static final RowMapper<Account> ROW = (rs, n) -> new Account(rs.getObject("id", UUID.class),
			rs.getString("username"), rs.getString("password_hash"), rs.getString("display_name"),
			Role.valueOf(rs.getString("role")),
			rs.getObject("agency_id", UUID.class) == null ? null : new AgencyId(rs.getObject("agency_id", UUID.class)),
			rs.getObject("applicant_id", UUID.class), rs.getBoolean("enabled"),
			rs.getObject("locked_until", OffsetDateTime.class) == null ? null
					: rs.getObject("locked_until", OffsetDateTime.class).toInstant());

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

	/** The login with this id, if any. */
	public Optional<Account> byId(UUID id) {
		return jdbc.sql("select * from account_user where id = ?").param(id).query(ROW).optional();
	}

	/**
	 * Refuses a username or password that breaks the credential rules, before anything is
	 * looked up.
	 */
	public void checkNewLogin(String username, String rawPassword) {
		PasswordPolicy.check(username, rawPassword);
	}

	/** Whether an applicant can log in (and so be served in the system). */
	public boolean hasLogin(UUID applicantId) {
		return jdbc.sql("select exists (select 1 from account_user where applicant_id = ?)")
			.param(applicantId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Every enabled login that handles cases (registrar, case officer, legal reviewer,
	 * head of office), by agency and name.
	 */
	public List<Account> caseHandlers() {
		return jdbc.sql("select * from account_user where enabled and role in (:roles) order by agency_id, username")
			.param("roles", Role.CASE_HANDLERS.stream().map(Role::name).toList())
			.query(ROW)
			.list();
	}

	public boolean exists(String username) {
		return byUsername(username).isPresent();
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
	public Account create(String username, String rawPassword, String displayName, Role role, AgencyId agencyId,
			UUID applicantId) {
		PasswordPolicy.check(username, rawPassword);
		if (exists(username)) {
			throw new Refusal("refusal.accounts.account.usernameTaken");
		}
		Account account = new Account(UUID.randomUUID(), username, passwords.encode(rawPassword), displayName, role,
				agencyId, applicantId, true, null);
		jdbc.sql("""
				insert into account_user (id, username, password_hash, display_name, role, agency_id,
				                          applicant_id, enabled, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(account.id(), account.username(), account.passwordHash(), account.displayName(),
					account.role().name(), account.agencyId() == null ? null : account.agencyId().value(),
					account.applicantId(), account.enabled(), OffsetDateTime.now())
			.update();
		audit.record(AuditAction.ACCOUNT_CREATED, "account", account.id(), AuditResult.SUCCESS,
				"创建账号 " + username + "（" + role.label() + "）");
		return account;
	}

}
