package org.gongkai.disclosure.casework.attachments;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.tika.Tika;
import org.gongkai.disclosure.shared.Refusal;

import org.springframework.core.io.InputStreamSource;

/**
 * What may be released: PDF, JPEG, PNG and TIFF images, Word and Excel (old and new
 * formats) and OFD (GB/T 33190, the national layout format), up to {@value #MAX_BYTES}
 * bytes each and {@value #MAX_FILES} files per case. The type is recognised from the
 * content (Apache Tika's magic bytes, with the name only to tell the Office formats
 * apart); an OFD is a ZIP package whose root holds {@code OFD.xml}. Every check reads the
 * file as a stream, never whole.
 */
public final class ReleasedRecordPolicy {

	/** 200 MiB: a scanned case file of some hundred pages. */
	public static final long MAX_BYTES = 200L * 1024 * 1024;

	public static final int MAX_FILES = 100;

	static final String PDF = "application/pdf";

	static final String OFD = "application/ofd";

	static final Map<String, String> ALLOWED = Map.ofEntries(Map.entry(PDF, ".pdf"), Map.entry("image/jpeg", ".jpg"),
			Map.entry("image/png", ".png"), Map.entry("image/tiff", ".tif"), Map.entry("application/msword", ".doc"),
			Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
			Map.entry("application/vnd.ms-excel", ".xls"),
			Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
			Map.entry(OFD, ".ofd"));

	private static final Tika TIKA = new Tika();

	private ReleasedRecordPolicy() {
	}

	/**
	 * The sniffed media type of a file of {@code size} bytes, if we release that type.
	 */
	static String acceptedType(InputStreamSource file, String name, long size) throws IOException {
		if (size <= 0) {
			throw new Refusal("refusal.casework.file.empty");
		}
		if (size > MAX_BYTES) {
			throw new Refusal("refusal.casework.released.fileTooLarge", MAX_BYTES / 1024 / 1024);
		}
		String detected;
		try (InputStream in = new BufferedInputStream(file.getInputStream())) {
			detected = TIKA.detect(in, name);
		}
		if ("application/zip".equals(detected) && name != null && name.toLowerCase(Locale.ROOT).endsWith(".ofd")
				&& isOfdPackage(file)) {
			return OFD;
		}
		if (!ALLOWED.containsKey(detected)) {
			throw new Refusal("refusal.casework.released.fileType", detected);
		}
		return detected;
	}

	static String safeFileName(String original, String mediaType) {
		return AttachmentPolicy.safeName(original, ALLOWED.get(mediaType));
	}

	private static boolean isOfdPackage(InputStreamSource file) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(file.getInputStream())) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if ("OFD.xml".equals(entry.getName())) {
					return true;
				}
			}
			return false;
		}
	}

}
