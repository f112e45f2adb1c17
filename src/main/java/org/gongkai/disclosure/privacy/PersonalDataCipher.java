package org.gongkai.disclosure.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.gongkai.disclosure.shared.StateRefusal;

import org.springframework.stereotype.Component;

/**
 * Encrypts personal data at rest (个人信息保护法: identity numbers are sensitive personal
 * information) with AES-256-GCM from the JDK, keys from the environment. Ciphertext names
 * its key ({@code ENC1:<key id>:<base64>}), so old keys keep decrypting while
 * {@link #needsReencryption} tells what to rewrite after a rotation. A separate HMAC key
 * gives a blind index for exact look-ups without decrypting.
 */
@Component
public class PersonalDataCipher {

	private static final String PREFIX = "ENC1:";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final Map<String, SecretKeySpec> keys = new TreeMap<>();

	private final String currentKeyId;

	private final SecretKeySpec indexKey;

	private final SecureRandom random = new SecureRandom();

	public PersonalDataCipher(PrivacySettings settings) {
		Map<String, byte[]> parsed = settings.parsedKeys();
		parsed.forEach((id, key) -> keys.put(id, new SecretKeySpec(key, "AES")));
		this.currentKeyId = settings.currentKeyId(parsed);
		this.indexKey = new SecretKeySpec(settings.parsedIndexKey(), "HmacSHA256");
	}

	public String encrypt(String plaintext) {
		if (plaintext == null) {
			return null;
		}
		try {
			byte[] iv = new byte[IV_BYTES];
			random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(currentKeyId.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
			return PREFIX + currentKeyId + ":" + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Encryption failed", e);
		}
	}

	public String decrypt(String stored) {
		if (stored == null || !isEncrypted(stored)) {
			return stored;
		}
		String[] parts = stored.split(":", 3);
		SecretKeySpec key = keys.get(parts[1]);
		if (key == null) {
			throw new StateRefusal("refusal.privacy.key.missing", parts[1]);
		}
		try {
			byte[] in = Base64.getDecoder().decode(parts[2]);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
			cipher.updateAAD(parts[1].getBytes(StandardCharsets.UTF_8));
			return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException e) {
			throw new IllegalStateException("Decryption failed: the data and the key do not match", e);
		}
	}

	/**
	 * A keyed hash for exact-match look-ups (the same number always gives the same
	 * index).
	 */
	public String index(String plaintext) {
		if (plaintext == null) {
			return null;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(indexKey);
			return HexFormat.of().formatHex(mac.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	public static boolean isEncrypted(String stored) {
		return stored != null && stored.startsWith(PREFIX);
	}

	/** What every value encrypted with the current key starts with. */
	public String currentPrefix() {
		return PREFIX + currentKeyId + ":";
	}

	/** Plaintext, or encrypted with a key that is no longer the current one. */
	public boolean needsReencryption(String stored) {
		return stored != null && !stored.startsWith(currentPrefix());
	}

}
