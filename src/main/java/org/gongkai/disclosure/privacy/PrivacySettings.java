package org.gongkai.disclosure.privacy;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.gongkai.disclosure.shared.StateRefusal;

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
			throw new StateRefusal("refusal.privacy.keys.missing");
		}
	}

	/** The data keys by id, in the order given. */
	Map<String, byte[]> parsedKeys() {
		Map<String, byte[]> keys = new LinkedHashMap<>();
		for (String pair : dataKeys.split(",")) {
			String[] idAndKey = pair.strip().split(":", 2);
			if (idAndKey.length != 2 || !idAndKey[0].matches("[A-Za-z0-9]{1,16}")) {
				throw new StateRefusal("refusal.privacy.keys.format");
			}
			keys.put(idAndKey[0], key(idAndKey[1], "GONGKAI_DATA_KEYS"));
		}
		return keys;
	}

	String currentKeyId(Map<String, byte[]> keys) {
		String id = currentKey != null && !currentKey.isBlank() ? currentKey.strip()
				: keys.keySet().stream().reduce((a, b) -> b).orElseThrow();
		if (!keys.containsKey(id)) {
			throw new StateRefusal("refusal.privacy.keys.currentUnknown");
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
			throw new StateRefusal("refusal.privacy.key.notBase64", name);
		}
		if (key.length != 32) {
			throw new StateRefusal("refusal.privacy.key.length", name);
		}
		return key;
	}
}
