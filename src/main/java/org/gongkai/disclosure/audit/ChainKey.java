package org.gongkai.disclosure.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * HMAC-SHA-256 with the chain key ({@link AuditSettings#chainKey()}), which lives outside
 * the database: a link's MAC covers its position, the previous link's MAC and every field
 * of its line, so a changed, removed or reordered line breaks the chain, and without the
 * key nobody can compute a replacement.
 */
@Component
class ChainKey {

	/** The "previous MAC" of the first link. */
	static final String GENESIS = "0".repeat(64);

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	ChainKey(AuditSettings settings) {
		this.key = new SecretKeySpec(settings.parsedChainKey(), ALGORITHM);
	}

	String link(long position, String previousMac, AuditEvent e) {
		return mac("link", Long.toString(position), previousMac, Long.toString(e.seq()), e.occurredAt().toString(),
				Objects.toString(e.actorId(), ""), e.actorName(), e.action(), Objects.toString(e.objectType(), ""),
				Objects.toString(e.objectId(), ""), e.result().name(), e.detail());
	}

	String checkpoint(long position, String linkMac, Instant writtenAt) {
		return mac("checkpoint", Long.toString(position), linkMac, writtenAt.toString());
	}

	/** Compares in constant time. */
	static boolean same(String expectedMac, String actualMac) {
		return actualMac != null && MessageDigest.isEqual(expectedMac.getBytes(StandardCharsets.US_ASCII),
				actualMac.strip().getBytes(StandardCharsets.US_ASCII));
	}

	private String mac(String... fields) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			// unit separators keep field boundaries unambiguous
			return HexFormat.of()
				.formatHex(mac.doFinal(String.join("\u001f", fields).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

}
