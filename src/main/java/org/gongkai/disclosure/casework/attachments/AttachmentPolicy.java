package org.gongkai.disclosure.casework.attachments;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;

import org.apache.tika.Tika;
import org.gongkai.disclosure.shared.Refusal;

/**
 * What may be uploaded: PDF, JPEG and PNG up to {@value #MAX_BYTES} bytes, recognised by
 * their content (Apache Tika's magic-byte detection), never by the name or type the
 * client claims. File names are reduced to safe characters.
 */
public final class AttachmentPolicy {

	public static final long MAX_BYTES = 10L * 1024 * 1024;
	static final Map<String, String> ALLOWED = Map.of("application/pdf", ".pdf", "image/jpeg", ".jpg", "image/png",
			".png");

	private static final Tika TIKA = new Tika();

	private AttachmentPolicy() {
	}

	/**
	 * Refuses a file that {@link CaseAttachments#upload} would refuse for its name or
	 * type, so that a form can say so beside the file's field before anything is saved.
	 */
	public static void check(String fileName, byte[] content) {
		checkName(fileName);
		acceptedType(content);
	}

	/** The sniffed media type, if it is one we accept. */
	static String acceptedType(byte[] content) {
		if (content == null || content.length == 0) {
			throw new Refusal("refusal.casework.file.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new Refusal("refusal.casework.attachment.tooLarge");
		}
		String detected = TIKA.detect(content);
		if (!ALLOWED.containsKey(detected)) {
			throw new Refusal("refusal.casework.attachment.fileType", detected);
		}
		return detected;
	}

	/**
	 * Refuses a file name that no real file has: control characters (a NUL), unpaired
	 * surrogates, or more than 255 characters. What is left is made safe by
	 * {@link #safeFileName}.
	 */
	static void checkName(String original) {
		if (original == null) {
			return;
		}
		if (original.length() > 255 || original.chars().anyMatch(Character::isISOControl)
				|| !StandardCharsets.UTF_8.newEncoder().canEncode(original)) {
			throw new Refusal("refusal.casework.attachment.fileName");
		}
	}

	/**
	 * Keeps letters (including Chinese), digits, dot, dash and underscore; ends with the
	 * extension of the real type.
	 */
	static String safeFileName(String original, String mediaType) {
		return safeName(original, ALLOWED.get(mediaType));
	}

	/** As {@link #safeFileName(String, String)}, ending with {@code extension}. */
	static String safeName(String original, String extension) {
		String base = original == null ? "" : original;
		base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
		base = Normalizer.normalize(base, Normalizer.Form.NFKC);
		int dot = base.lastIndexOf('.');
		if (dot > 0) {
			base = base.substring(0, dot);
		}
		base = base.replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceAll("^[._-]+", "");
		if (base.isBlank()) {
			base = "附件";
		}
		if (base.length() > 80) {
			base = base.substring(0, 80);
		}
		return base + extension;
	}

}
