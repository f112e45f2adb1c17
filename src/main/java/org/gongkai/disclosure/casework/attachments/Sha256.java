package org.gongkai.disclosure.casework.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as the lower-case hex the case records print, of bytes or of a stream. */
public final class Sha256 {

	private Sha256() {
	}

	public static String of(byte[] content) {
		return HexFormat.of().formatHex(digest().digest(content));
	}

	/** Reads {@code in} to its end in 64 KiB steps (never whole) and returns its hash. */
	public static String of(InputStream in) throws IOException {
		MessageDigest digest = digest();
		byte[] buffer = new byte[64 * 1024];
		for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
			digest.update(buffer, 0, n);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
