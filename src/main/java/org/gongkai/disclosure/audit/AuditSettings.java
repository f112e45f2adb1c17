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
			throw new IllegalStateException("未配置审计日志密钥：请设置环境变量 GONGKAI_AUDIT_KEY（32字节的 base64，见 docs/operations.md）");
		}
		if (checkpointFile == null) {
			throw new IllegalStateException("未配置审计检查点文件：请设置环境变量 GONGKAI_AUDIT_CHECKPOINTS");
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
			throw new IllegalStateException("GONGKAI_AUDIT_KEY 不是有效的 base64");
		}
		if (key.length != 32) {
			throw new IllegalStateException("GONGKAI_AUDIT_KEY 须为32字节（256位）");
		}
		return key;
	}

}
