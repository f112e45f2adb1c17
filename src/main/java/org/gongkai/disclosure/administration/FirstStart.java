package org.gongkai.disclosure.administration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;

import org.gongkai.disclosure.accounts.Account;
import org.gongkai.disclosure.accounts.AccountAdministration;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.agencies.AgencyKind;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first start of an empty production database. Nobody can sign in yet, and Gongkai
 * never ships a password; so while no administrator exists, each start prints a one-time
 * setup token (valid for {@link #VALIDITY}) to the log, and whoever can read the server's
 * log uses it once at {@code /setup} to create the 本级人民政府 and the first administrator
 * with a password of their own. Issuing and using the token are audited; once an
 * administrator exists the step is gone (the page answers 404 and no token is printed).
 */
@Service
public class FirstStart {

	static final Duration VALIDITY = Duration.ofHours(24);

	private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

	private static final long SETUP_LOCK = 0x7365_7475_70L;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final AccountAdministration accounts;

	private final Organisation organisation;

	private final AuditTrail audit;

	private final Clock clock;

	FirstStart(JdbcClient jdbc, AccountAdministration accounts, Organisation organisation, AuditTrail audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.organisation = organisation;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Runs after the demo data of the run command, which brings its own administrator.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void printSetupTokenIfNeeded() {
		if (!isOpen()) {
			return;
		}
		String token = issueToken();
		log.warn("""


				  ┌─ First start ─────────────────────────────────────────────────────────────
				  │ No administrator exists. Open /setup and enter this one-time setup token
				  │ (valid until {}):
				  │
				  │     {}
				  │
				  │ It creates the 本级人民政府 and the first administrator; it is printed only
				  │ now and stops working once used. Restarting prints a new one.
				  └───────────────────────────────────────────────────────────────────────────
				""", OffsetDateTime.ofInstant(clock.instant().plus(VALIDITY), ZoneOffset.UTC), token);
	}

	/** Whether the setup step exists: no administrator yet. */
	public boolean isOpen() {
		return !accounts.administratorExists();
	}

	/**
	 * Issues a new setup token, ending any earlier unused one; only its hash is kept.
	 * @return the token, to be shown once
	 */
	@Transactional
	public String issueToken() {
		if (!isOpen()) {
			throw new StateRefusal("refusal.administration.firstStart.done");
		}
		byte[] bytes = new byte[20];
		RANDOM.nextBytes(bytes);
		String token = HexFormat.of().formatHex(bytes).replaceAll("(.{8})(?!$)", "$1-");
		Instant now = clock.instant();
		jdbc.sql(
				"update setup_token set expires_at = greatest(issued_at + interval '1 second', ?) where used_at is null")
			.param(OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
		jdbc.sql("insert into setup_token (id, token_hash, issued_at, expires_at) values (?, ?, ?, ?)")
			.params(UUID.randomUUID(), sha256(token), OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
					OffsetDateTime.ofInstant(now.plus(VALIDITY), ZoneOffset.UTC))
			.update();
		audit.recordAloneAs(null, "系统", AuditAction.SETUP_TOKEN_ISSUED, "setup", "first-start", AuditResult.SUCCESS,
				"签发首次设置令牌，有效期至 " + now.plus(VALIDITY));
		return token;
	}

	/**
	 * Uses the token: creates the 本级人民政府 and the first administrator in it, and spends
	 * the token. Refused (and audited) for a wrong, used or expired token; once an
	 * administrator exists the step is closed.
	 */
	@Transactional
	public Account complete(Setup setup) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(SETUP_LOCK).query(Object.class).single();
		if (!isOpen()) {
			throw new SetupClosedException();
		}
		OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		int spent = jdbc.sql("""
				update setup_token set used_at = :now
				where token_hash = :hash and used_at is null and expires_at > :now""")
			.param("now", now)
			.param("hash", sha256(setup.token() == null ? "" : setup.token().trim().toLowerCase()))
			.update();
		if (spent != 1) {
			audit.recordAloneAs(null, "首次设置", AuditAction.SETUP, "setup", "first-start", AuditResult.DENIED,
					"首次设置令牌无效、已使用或已过期");
			throw new Refusal("refusal.administration.firstStart.badToken");
		}
		Agency government = organisation.createGovernment(new AgencyForm(setup.governmentCode(), setup.governmentName(),
				AgencyKind.GOVERNMENT, null, setup.officeName(), null, null, null, null, null, null, null, null));
		Account admin = accounts.createFirstAdministrator(setup.username(), setup.password(), setup.displayName(),
				government.id());
		// joins this transaction (which already holds the audit chain's lock)
		audit.record(AuditAction.SETUP, "account", admin.id(), AuditResult.SUCCESS, "首次设置令牌已使用：创建" + government.name()
				+ "（" + government.code() + "）和系统管理员 " + admin.username() + "（" + admin.displayName() + "）");
		return admin;
	}

	static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** What the setup page asks for. */
	public record Setup(String token, String governmentCode, String governmentName, String officeName, String username,
			String displayName, String password) {
	}

	/** The step is gone: an administrator exists. */
	public static class SetupClosedException extends RuntimeException {

		SetupClosedException() {
			super("系统管理员已存在");
		}

	}

}
