package org.gongkai.disclosure.privacy;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys for personal data, from the environment:
 * <ul>
 * <li>{@code GONGKAI_DATA_KEYS}: {@code <id>:<base64 of 32 bytes>} pairs separated by
 * commas, old keys included;</li>
 * <li>{@code GONGKAI_DATA_KEY_CURRENT}: the id new data is encrypted with (default: the
 * last pair);</li>
 * <li>{@code GONGKAI_INDEX_KEY}: base64 of 32 bytes for the blind index.</li>
 * </ul>
 */
@ConfigurationProperties("gongkai.privacy")
public record PrivacySettings(String dataKeys, String currentKey, String indexKey) {

	public PrivacySettings {
		if (dataKeys == null || dataKeys.isBlank() || indexKey == null || indexKey.isBlank()) {
			throw new IllegalStateException("未配置个人信息加密密钥：请设置环境变量 GONGKAI_DATA_KEYS、"
					+ "GONGKAI_DATA_KEY_CURRENT 和 GONGKAI_INDEX_KEY（见 README 运维一节）");
		}
	}

	/** The data keys by id, in the order given. */
	Map<String, byte[]> parsedKeys() {
		Map<String, byte[]> keys = new LinkedHashMap<>();
		for (String pair : dataKeys.split(",")) {
			String[] idAndKey = pair.strip().split(":", 2);
			if (idAndKey.length != 2 || !idAndKey[0].matches("[A-Za-z0-9]{1,16}")) {
				throw new IllegalStateException("GONGKAI_DATA_KEYS 格式应为 <id>:<base64>[,<id>:<base64>…]");
			}
			keys.put(idAndKey[0], key(idAndKey[1], "GONGKAI_DATA_KEYS"));
		}
		return keys;
	}

	String currentKeyId(Map<String, byte[]> keys) {
		String id = currentKey != null && !currentKey.isBlank() ? currentKey.strip()
				: keys.keySet().stream().reduce((a, b) -> b).orElseThrow();
		if (!keys.containsKey(id)) {
			throw new IllegalStateException("GONGKAI_DATA_KEY_CURRENT 指向的密钥不在 GONGKAI_DATA_KEYS 中");
		}
		return id;
	}

	byte[] parsedIndexKey() {
		return key(indexKey, "GONGKAI_INDEX_KEY");
	}

	private static byte[] key(String base64, String name) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException(name + " 不是有效的 base64");
		}
		if (key.length != 32) {
			throw new IllegalStateException(name + " 的密钥须为32字节（256位）");
		}
		return key;
	}
}
