package org.gongkai.disclosure.accounts;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.ids.AgencyId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does to officers' logins: create, give roles (one person may hold
 * several), move to another agency, deactivate, unlock, reset a password (changed at the
 * next login), remove a lost second factor. Every change is audited. An administrator
 * manages logins but is not thereby a case handler: the account's rights on cases come
 * from its roles alone.
 */
@Service
public class AccountAdministration {

	private static final String TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final SecondFactor secondFactor;

	AccountAdministration(JdbcClient jdbc, Accounts accounts, PasswordEncoder passwords, AuditTrail audit,
			SecondFactor secondFactor) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.secondFactor = secondFactor;
	}

	/** Whether any enabled administrator exists (the first-start step is then gone). */
	public boolean administratorExists() {
		return jdbc
			.sql("""
					select exists (select 1 from account_user u where u.enabled and (u.role = 'ADMINISTRATOR'
					    or exists (select 1 from account_role r where r.account_id = u.id and r.role = 'ADMINISTRATOR')))""")
			.query(Boolean.class)
			.single();
	}

	/**
	 * Creates the first administrator, with the password its holder chose at the setup
	 * page. Refused once an administrator exists; the caller holds the setup lock.
	 */
	@Transactional
	public Account createFirstAdministrator(String username, String rawPassword, String displayName,
			AgencyId agencyId) {
		if (administratorExists()) {
			throw new StateRefusal("refusal.accounts.admin.exists");
		}
		return accounts.create(username, rawPassword, displayName, Role.ADMINISTRATOR, agencyId, null);
	}

	/** The officers' logins, by agency and username. */
	public List<AccountSummary> officers(GongkaiUser admin) {
		requireAdministrator(admin);
		return jdbc.sql("select * from account_user where role <> 'APPLICANT' order by agency_id, username")
			.query((rs, n) -> rs.getObject("id", UUID.class))
			.list()
			.stream()
			.map(id -> summary(id).orElseThrow())
			.toList();
	}

	public Optional<AccountSummary> summary(UUID accountId) {
		return jdbc.sql("select * from account_user where id = ?").param(accountId).query((rs, n) -> {
			UUID id = rs.getObject("id", UUID.class);
			Role primary = Role.valueOf(rs.getString("role"));
			OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
			return new AccountSummary(id, rs.getString("username"), rs.getString("display_name"), primary,
					rolesOf(id, primary), agencyId(rs.getObject("agency_id", UUID.class)), rs.getBoolean("enabled"),
					lockedUntil != null && lockedUntil.toInstant().isAfter(Instant.now()),
					rs.getBoolean("must_change_password"), rs.getObject("totp_enabled_at") != null);
		}).optional();
	}

	public Optional<AccountSummary> summary(String username) {
		return accounts.byUsername(username).flatMap(a -> summary(a.id()));
	}

	/**
	 * Creates an officer's login with a temporary password, returned once, which the
	 * officer must change at the first login. The first role is the primary one.
	 */
	@Transactional
	public CreatedAccount createOfficer(GongkaiUser admin, String username, String displayName, List<Role> roles,
			AgencyId agencyId) {
		requireAdministrator(admin);
		List<Role> checked = officerRoles(roles);
		String temporary = temporaryPassword();
		Account account = accounts.create(username, temporary, displayName, checked.get(0), agencyId, null);
		jdbc.sql("update account_user set must_change_password = true where id = ?").param(account.id()).update();
		writeExtraRoles(account.id(), checked);
		if (checked.size() > 1) {
			audit.record(AuditAction.ACCOUNT_ROLES, "account", account.id(), AuditResult.SUCCESS,
					"角色：" + labels(checked));
		}
		return new CreatedAccount(account.id(), username, temporary);
	}

	/** Gives a login its roles: the first is the primary one, the others are added. */
	@Transactional
	public void setRoles(GongkaiUser admin, UUID accountId, List<Role> roles) {
		requireAdministrator(admin);
		AccountSummary before = existing(accountId);
		List<Role> checked = officerRoles(roles);
		jdbc.sql("update account_user set role = ? where id = ?").params(checked.get(0).name(), accountId).update();
		writeExtraRoles(accountId, checked);
		audit.record(AuditAction.ACCOUNT_ROLES, "account", accountId, AuditResult.SUCCESS,
				before.username() + " 角色：" + labels(before.roles()) + " → " + labels(checked));
	}

	@Transactional
	public void moveToAgency(GongkaiUser admin, UUID accountId, AgencyId agencyId) {
		requireAdministrator(admin);
		AccountSummary before = existing(accountId);
		jdbc.sql("update account_user set agency_id = ? where id = ?").params(agencyId.value(), accountId).update();
		audit.record(AuditAction.ACCOUNT_AGENCY, "account", accountId, AuditResult.SUCCESS,
				before.username() + " 所属机关 " + before.agencyId() + " → " + agencyId);
	}

	/**
	 * Deactivates a login: it can no longer sign in. Its cases and tasks stay where they
	 * are and are listed for the head of office until reassigned.
	 */
	@Transactional
	public void deactivate(GongkaiUser admin, UUID accountId) {
		requireAdministrator(admin);
		AccountSummary before = existing(accountId);
		if (before.id().equals(admin.id())) {
			throw new Refusal("refusal.accounts.admin.disableSelf");
		}
		jdbc.sql("update account_user set enabled = false, deactivated_at = now() where id = ?")
			.param(accountId)
			.update();
		audit.record(AuditAction.ACCOUNT_DEACTIVATED, "account", accountId, AuditResult.SUCCESS,
				"停用账号 " + before.username());
	}

	@Transactional
	public void reactivate(GongkaiUser admin, UUID accountId) {
		requireAdministrator(admin);
		AccountSummary before = existing(accountId);
		jdbc.sql("update account_user set enabled = true, deactivated_at = null where id = ?")
			.param(accountId)
			.update();
		audit.record(AuditAction.ACCOUNT_REACTIVATED, "account", accountId, AuditResult.SUCCESS,
				"启用账号 " + before.username());
	}

	/** Lifts a lock-out before its window ends. */
	@Transactional
	public void unlock(GongkaiUser admin, UUID accountId) {
		requireAdministrator(admin);
		AccountSummary before = existing(accountId);
		accounts.recordSuccessfulLogin(before.username());
		audit.record(AuditAction.ACCOUNT_UNLOCKED, "account", accountId, AuditResult.SUCCESS,
				"解除锁定 " + before.username());
	}

	/**
	 * Sets a new temporary password, returned once for the administrator to hand over;
	 * the holder must change it at the next login.
	 */
	@Transactional
	public String resetPassword(GongkaiUser admin, UUID accountId) {
		requireAdministrator(admin);
		AccountSummary before = existing(accountId);
		String temporary = temporaryPassword();
		jdbc.sql("update account_user set password_hash = ?, must_change_password = true where id = ?")
			.params(passwords.encode(temporary), accountId)
			.update();
		audit.record(AuditAction.PASSWORD_RESET, "account", accountId, AuditResult.SUCCESS,
				"管理员重置密码，下次登录须修改：" + before.username());
		return temporary;
	}

	/** Removes a lost second factor; a role that requires one enrols again at login. */
	@Transactional
	public void removeSecondFactor(GongkaiUser admin, UUID accountId) {
		requireAdministrator(admin);
		AccountSummary before = existing(accountId);
		secondFactor.remove(accountId);
		audit.record(AuditAction.SECOND_FACTOR_REMOVED, "account", accountId, AuditResult.SUCCESS,
				"移除两步验证：" + before.username());
	}

	/** Whether the login must change its password before doing anything else. */
	public boolean mustChangePassword(UUID accountId) {
		return jdbc.sql("select must_change_password from account_user where id = ?")
			.param(accountId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** The holder changes their own password (required after a reset). */
	@Transactional
	public void changeOwnPassword(GongkaiUser user, String current, String next) {
		String hash = jdbc.sql("select password_hash from account_user where id = ?")
			.param(user.id())
			.query(String.class)
			.single();
		if (current == null || !passwords.matches(current, hash)) {
			throw new Refusal("refusal.accounts.admin.wrongPassword");
		}
		setPassword(user.id(), user.getUsername(), next);
		audit.record(AuditAction.PASSWORD_CHANGED, "account", user.id(), AuditResult.SUCCESS, "修改密码");
	}

	/**
	 * Sets a password chosen by its holder (own change, or a reset by a one-time code)
	 * and clears the duty to change it.
	 */
	@Transactional
	public void setPassword(UUID accountId, String username, String rawPassword) {
		PasswordPolicy.check(username, rawPassword);
		String hash = jdbc.sql("select password_hash from account_user where id = ?")
			.param(accountId)
			.query(String.class)
			.single();
		if (passwords.matches(rawPassword, hash)) {
			throw new Refusal("refusal.accounts.admin.samePassword");
		}
		jdbc.sql("update account_user set password_hash = ?, must_change_password = false where id = ?")
			.params(passwords.encode(rawPassword), accountId)
			.update();
	}

	/** The roles of a login: its primary role and any added ones. */
	Set<Role> rolesOf(UUID accountId, Role primary) {
		Set<Role> roles = EnumSet.of(primary);
		jdbc.sql("select role from account_role where account_id = ?")
			.param(accountId)
			.query(String.class)
			.list()
			.forEach(r -> roles.add(Role.valueOf(r)));
		return roles;
	}

	static void requireAdministrator(GongkaiUser user) {
		if (user == null || !user.hasRole(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("Only system administrators may manage accounts");
		}
	}

	private AccountSummary existing(UUID accountId) {
		AccountSummary summary = summary(accountId)
			.orElseThrow(() -> new Refusal("refusal.accounts.admin.unknownAccount"));
		if (summary.role() == Role.APPLICANT) {
			throw new Refusal("refusal.accounts.admin.applicantAccount");
		}
		return summary;
	}

	private static List<Role> officerRoles(List<Role> roles) {
		if (roles == null || roles.isEmpty()) {
			throw new Refusal("refusal.accounts.admin.chooseRole");
		}
		if (roles.contains(Role.APPLICANT)) {
			throw new Refusal("refusal.accounts.admin.officerNotApplicant");
		}
		return roles.stream().distinct().toList();
	}

	private void writeExtraRoles(UUID accountId, List<Role> roles) {
		jdbc.sql("delete from account_role where account_id = ?").param(accountId).update();
		for (Role extra : roles.subList(1, roles.size())) {
			jdbc.sql("insert into account_role (account_id, role) values (?, ?)")
				.params(accountId, extra.name())
				.update();
		}
	}

	private static String labels(Collection<Role> roles) {
		return roles.stream().map(Role::label).collect(Collectors.joining("、"));
	}

	private static AgencyId agencyId(UUID id) {
		return id == null ? null : new AgencyId(id);
	}

	static String temporaryPassword() {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < 14; i++) {
			out.append(TEMPORARY_ALPHABET.charAt(RANDOM.nextInt(TEMPORARY_ALPHABET.length())));
		}
		return out.toString();
	}

	/** An officer's login as the administrator sees it. */
	public record AccountSummary(UUID id, String username, String displayName, Role role, Set<Role> roles,
			AgencyId agencyId, boolean enabled, boolean locked, boolean mustChangePassword, boolean secondFactor) {
	}

	/** A new login and its temporary password (shown once, never stored). */
	public record CreatedAccount(UUID id, String username, String temporaryPassword) {
	}

}
