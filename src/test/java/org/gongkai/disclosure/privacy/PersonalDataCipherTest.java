package org.gongkai.disclosure.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataCipherTest {

	private static final String K1 = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

	private static final String K2 = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";

	private static final String INDEX = "aW5kZXgta2V5LWZvci10ZXN0cy1vbmx5LTMyYnl0ZXM=";

	@Test
	void encryptsWithFreshIvsAndDecryptsBack() {
		PersonalDataCipher cipher = new PersonalDataCipher(new PrivacySettings("a:" + K1, "a", INDEX));
		String first = cipher.encrypt("11010519491231002X");
		String second = cipher.encrypt("11010519491231002X");
		assertThat(first).startsWith("ENC1:a:").doesNotContain("11010519491231002X").isNotEqualTo(second);
		assertThat(cipher.decrypt(first)).isEqualTo("11010519491231002X");
		assertThat(cipher.index("11010519491231002X")).isEqualTo(cipher.index("11010519491231002X")).hasSize(64);
	}

	@Test
	void rotationKeepsOldDataReadableAndMarksItForRewriting() {
		PersonalDataCipher before = new PersonalDataCipher(new PrivacySettings("a:" + K1, null, INDEX));
		String stored = before.encrypt("13800138000");
		PersonalDataCipher after = new PersonalDataCipher(new PrivacySettings("a:" + K1 + ",b:" + K2, "b", INDEX));
		assertThat(after.decrypt(stored)).isEqualTo("13800138000");
		assertThat(after.needsReencryption(stored)).isTrue();
		assertThat(after.needsReencryption(after.encrypt("13800138000"))).isFalse();
		assertThat(after.needsReencryption("13800138000")).isTrue(); // plaintext from
																		// before
																		// encryption
	}

	@Test
	void tamperedOrForeignCiphertextIsRefused() {
		PersonalDataCipher cipher = new PersonalDataCipher(new PrivacySettings("a:" + K1, "a", INDEX));
		String stored = cipher.encrypt("secret");
		String tampered = stored.substring(0, stored.length() - 4) + (stored.endsWith("AAAA") ? "BBBB" : "AAAA");
		assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
		PersonalDataCipher other = new PersonalDataCipher(new PrivacySettings("c:" + K2, "c", INDEX));
		assertThatThrownBy(() -> other.decrypt(stored)).hasMessageContaining("缺少解密密钥 a");
	}

	@Test
	void missingOrMalformedKeysStopTheApplicationWithAClearMessage() {
		assertThatThrownBy(() -> new PrivacySettings("", null, INDEX)).hasMessageContaining("GONGKAI_DATA_KEYS");
		assertThatThrownBy(() -> new PersonalDataCipher(new PrivacySettings("a:c2hvcnQ=", "a", INDEX)))
			.hasMessageContaining("32字节");
		assertThatThrownBy(() -> new PersonalDataCipher(new PrivacySettings("a:" + K1, "z", INDEX)))
			.hasMessageContaining("GONGKAI_DATA_KEY_CURRENT");
	}

}
