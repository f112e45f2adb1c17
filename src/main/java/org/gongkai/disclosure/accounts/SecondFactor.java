package org.gongkai.disclosure.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.privacy.PersonalDataCipher;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The TOTP second factor (RFC 6238: 6 digits, 30 seconds, SHA-1, what every authenticator
 * app reads) and its single-use recovery codes. Required for the roles in
 * {@code gongkai.security.second-factor.required-roles} (administrators and heads of
 * office unless configured otherwise, 等级保护 2.0 "两种或两种以上组合的鉴别技术" for privileged users),
 * optional for everyone else. The secret is encrypted at rest like personal data;
 * recovery codes are kept as SHA-256 hashes (they are random, 80 bits, so a slow hash
 * adds nothing).
 */
@Service
public class SecondFactor {

	static final int RECOVERY_CODES = 10;

	private final JdbcClient jdbc;

	private final PersonalDataCipher cipher;

	private final AuditTrail audit;

	private final Set<Role> requiredRoles;

	private final CodeVerifier verifier;

	SecondFactor(JdbcClient jdbc, PersonalDataCipher cipher, AuditTrail audit, Clock clock,
			@Value("${gongkai.security.second-factor.required-roles:ADMINISTRATOR,HEAD_OF_OFFICE}") List<String> roles) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.audit = audit;
		this.requiredRoles = roles.stream()
			.filter(r -> !r.isBlank())
			.map(r -> Role.valueOf(r.trim()))
			.collect(() -> EnumSet.noneOf(Role.class), Set::add, Set::addAll);
		DefaultCodeVerifier codes = new DefaultCodeVerifier(codeGenerator(), () -> clock.instant().getEpochSecond());
		codes.setAllowedTimePeriodDiscrepancy(1);
		this.verifier = codes;
	}

	static CodeGenerator codeGenerator() {
		return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
	}

	/**
	 * Whether this login must pass a second factor (its role requires one, or it has
	 * one).
	 */
	public boolean requiredFor(GongkaiUser user) {
		return requiredRoles.contains(user.role()) || enrolled(user.id());
	}

	/**
	 * Whether the role must use a second factor (enrolment at the first login if
	 * missing).
	 */
	public boolean requiredForRole(Role role) {
		return requiredRoles.contains(role);
	}

	public boolean enrolled(UUID accountId) {
		return jdbc.sql("select totp_enabled_at is not null from account_user where id = ?")
			.param(accountId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/**
	 * Starts enrolment: a new secret, kept pending until {@link #confirm} sees a code
	 * made from it. Calling it again replaces a pending secret; an enrolled factor is
	 * kept.
	 */
	@Transactional
	public Enrolment begin(GongkaiUser user) {
		if (enrolled(user.id())) {
			throw new StateRefusal("refusal.accounts.secondFactor.enabled");
		}
		String secret = new DefaultSecretGenerator(32).generate();
		jdbc.sql("update account_user set totp_secret = ? where id = ?")
			.params(cipher.encrypt(secret), user.id())
			.update();
		QrData data = new QrData.Builder().label(user.getUsername())
			.secret(secret)
			.issuer("Gongkai")
			.algorithm(HashingAlgorithm.SHA1)
			.digits(6)
			.period(30)
			.build();
		try {
			ZxingPngQrGenerator png = new ZxingPngQrGenerator();
			return new Enrolment(secret, data.getUri(),
					Utils.getDataUriForImage(png.generate(data), png.getImageMimeType()));
		}
		catch (QrGenerationException e) {
			throw new IllegalStateException("The QR code cannot be generated", e);
		}
	}

	/**
	 * Confirms enrolment with a code from the app.
	 * @return the recovery codes, shown once
	 */
	@Transactional
	public List<String> confirm(GongkaiUser user, String code) {
		String secret = secret(user.id());
		if (secret == null || enrolled(user.id())) {
			throw new StateRefusal("refusal.accounts.secondFactor.notStarted");
		}
		if (!validCode(secret, code)) {
			audit.recordAloneAs(user.id(), user.displayName(), AuditAction.SECOND_FACTOR_ENROLMENT, "account",
					user.id(), AuditResult.FAILED, "两步验证设置失败：验证码不正确");
			throw new Refusal("refusal.accounts.secondFactor.wrongCode");
		}
		jdbc.sql("update account_user set totp_enabled_at = ? where id = ?")
			.params(OffsetDateTime.now(), user.id())
			.update();
		List<String> codes = newRecoveryCodes(user.id());
		audit.record(AuditAction.SECOND_FACTOR_ENROLLED, "account", user.id(), AuditResult.SUCCESS, "启用两步验证（TOTP）");
		return codes;
	}

	/**
	 * Checks a code at sign-in: a current TOTP code, or one unused recovery code (then
	 * spent).
	 */
	@Transactional
	public boolean verify(GongkaiUser user, String code) {
		String secret = enrolled(user.id()) ? secret(user.id()) : null;
		if (secret == null || code == null) {
			return false;
		}
		String trimmed = code.replaceAll("\\s", "");
		if (trimmed.matches("\\d{6}")) {
			return validCode(secret, trimmed);
		}
		return jdbc.sql("""
				update account_recovery_code set used_at = now()
				where account_id = ? and code_hash = ? and used_at is null""")
			.params(user.id(), sha256(trimmed.toLowerCase()))
			.update() == 1;
	}

	/** How many recovery codes are left. */
	public int recoveryCodesLeft(UUID accountId) {
		return jdbc.sql("select count(*) from account_recovery_code where account_id = ? and used_at is null")
			.param(accountId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Removes the second factor (the administrator's remedy for a lost phone and no
	 * recovery code): the account enrols again at its next login if its role requires it.
	 */
	@Transactional
	void remove(UUID accountId) {
		jdbc.sql("update account_user set totp_secret = null, totp_enabled_at = null where id = ?")
			.param(accountId)
			.update();
		jdbc.sql("delete from account_recovery_code where account_id = ?").param(accountId).update();
	}

	private boolean validCode(String secret, String code) {
		return code != null && code.matches("\\d{6}") && verifier.isValidCode(secret, code);
	}

	/** The current code of a secret (for the enrolment page's self-check and tests). */
	static String currentCode(String secret, long epochSecond) {
		try {
			return codeGenerator().generate(secret, Math.floorDiv(epochSecond, 30));
		}
		catch (CodeGenerationException e) {
			throw new IllegalStateException(e);
		}
	}

	private String secret(UUID accountId) {
		String stored = jdbc.sql("select totp_secret from account_user where id = ?")
			.param(accountId)
			.query(String.class)
			.optional()
			.orElse(null);
		return stored == null ? null : cipher.decrypt(stored);
	}

	private List<String> newRecoveryCodes(UUID accountId) {
		jdbc.sql("delete from account_recovery_code where account_id = ?").param(accountId).update();
		List<String> codes = Arrays.asList(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
		for (String code : codes) {
			jdbc.sql("insert into account_recovery_code (account_id, code_hash) values (?, ?)")
				.params(accountId, sha256(code.toLowerCase()))
				.update();
		}
		return codes;
	}

	private static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * A pending enrolment: the secret (for manual entry), its otpauth URI and the QR code
	 * as a data URI.
	 */
	public record Enrolment(String secret, String uri, String qrImage) {
	}

}
