package org.gongkai.disclosure.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the audit trail is chained and anchored, from the environment:
 * <ul>
 * <li>{@code GONGKAI_AUDIT_KEY}: base64 of 32 bytes, the HMAC-SHA-256 key of the chain.
 * It never enters the database, so whoever can write the tables cannot recompute the
 * chain;</li>
 * <li>{@code GONGKAI_AUDIT_CHECKPOINTS}: the file the checkpoints go to, outside the
 * database (default {@code ./.gongkai-data/audit-checkpoints.log});</li>
 * <li>{@code chain-interval}: how often committed lines are linked (default 2 s);</li>
 * <li>{@code checkpoint-interval}: how often a checkpoint is written (default 5 min), the
 * most that truncating the tail could remove undetected.</li>
 * </ul>
 */
@ConfigurationProperties("gongkai.audit")
record AuditSettings(String chainKey, Path checkpointFile, Duration chainInterval, Duration checkpointInterval) {

	AuditSettings {
		if (chainKey == null || chainKey.isBlank()) {
			throw new IllegalStateException(
					"No audit log key configured: set the environment variable GONGKAI_AUDIT_KEY (32 bytes in base64, see docs/operations.md)");
		}
		if (checkpointFile == null) {
			throw new IllegalStateException(
					"No audit checkpoint file configured: set the environment variable GONGKAI_AUDIT_CHECKPOINTS");
		}
		chainInterval = chainInterval == null ? Duration.ofSeconds(2) : chainInterval;
		checkpointInterval = checkpointInterval == null ? Duration.ofMinutes(5) : checkpointInterval;
	}

	byte[] parsedChainKey() {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(chainKey.strip());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException("GONGKAI_AUDIT_KEY is not valid base64");
		}
		if (key.length != 32) {
			throw new IllegalStateException("GONGKAI_AUDIT_KEY must be 32 bytes (256 bits)");
		}
		return key;
	}

}
