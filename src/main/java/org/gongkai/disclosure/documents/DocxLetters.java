package org.gongkai.disclosure.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.exception.RenderException;

import org.springframework.stereotype.Component;

/**
 * Word letters: the kind's {@code documents/docx/<name>.docx} template filled by poi-tl.
 * The body is a poi-tl section ({@code {{?paragraphs}}…{{=#this}}…{{/paragraphs}}}) that
 * repeats its paragraph, keeping its style, per paragraph.
 */
@Component
class DocxLetters {

	static final String LOCATION = "documents/docx/";

	/**
	 * Strict: a tag naming no field of the model (a typo in an edited template) is an
	 * error, not a blank.
	 */
	private final Configure configure = Configure.builder().useDefaultEL(true).build();

	private final Map<LetterKind, byte[]> templates = new ConcurrentHashMap<>();

	byte[] render(Letter letter) {
		return render(letter.kind(), LetterFields.of(letter));
	}

	/**
	 * Fills the kind's template from {@code model}'s properties: a tag naming no property
	 * is an error.
	 */
	byte[] render(LetterKind kind, Object model) {
		byte[] template = templates.computeIfAbsent(kind, DocxLetters::load);
		try (XWPFTemplate document = XWPFTemplate.compile(new ByteArrayInputStream(template), configure)
			.render(model)) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("The " + kind.title() + " (Word) cannot be generated", e);
		}
		catch (RenderException e) {
			Throwable cause = e;
			while (cause.getCause() != null) {
				cause = cause.getCause();
			}
			throw new IllegalStateException(
					"The letter template classpath:" + path(kind) + " cannot be filled in: " + cause.getMessage(), e);
		}
	}

	private static String path(LetterKind kind) {
		return LOCATION + kind.templateName() + ".docx";
	}

	private static byte[] load(LetterKind kind) {
		String path = path(kind);
		try (InputStream in = DocxLetters.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Letter template missing: classpath:" + path);
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("The letter template cannot be read: classpath:" + path, e);
		}
	}

}
