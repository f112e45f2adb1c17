package org.gongkai.disclosure.documents;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.stereotype.Component;

/**
 * PDF letters: the kind's {@code documents/html/<name>.html} XHTML template filled by
 * Thymeleaf (an engine of its own, apart from the web pages' one), then laid out and
 * printed by openhtmltopdf with the embedded CJK font as PDF/A-2a.
 */
@Component
class PdfLetters {

	static final String LOCATION = "documents/html/";
	static final String FONT = "documents/fonts/wqy-microhei.ttf";

	/** The family name the templates' CSS uses for the embedded font. */
	static final String FONT_FAMILY = "WenQuanYi Micro Hei";

	/** The JDK's sRGB profile, the PDF/A output intent. */
	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	static {
		// openhtmltopdf logs to its own console handler unless told otherwise
		XRLog.setLoggerImpl(new Slf4jLogger());
	}

	private final SpringTemplateEngine templates = new SpringTemplateEngine();

	private final byte[] font;

	PdfLetters() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PdfLetters.class.getClassLoader());
		resolver.setPrefix(LOCATION);
		resolver.setSuffix(".html");
		// XML mode: the output must be well-formed XHTML for openhtmltopdf, so a
		// malformed template fails here
		resolver.setTemplateMode(TemplateMode.XML);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCacheable(true);
		templates.setTemplateResolver(resolver);
		font = load(FONT);
	}

	byte[] render(Letter letter) {
		String xhtml = xhtml(letter);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withProducer("Gongkai");
			// PDF/A-2a (archival) and PDF/UA (tagged, for screen readers): every font
			// embedded, none of the 14 standard
			// fonts, an sRGB output intent
			builder.usePdfAConformance(PdfAConformance.PDFA_2_A);
			builder.usePdfUaAccessibility(true);
			builder.useColorProfile(SRGB);
			builder.useFont(() -> new ByteArrayInputStream(font), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.withHtmlContent(xhtml, classpathBase());
			builder.toStream(out);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException("The " + letter.kind().title() + " (PDF) cannot be generated", e);
		}
		return out.toByteArray();
	}

	/** The filled template, before layout: what openhtmltopdf prints. */
	String xhtml(Letter letter) {
		Context context = new Context(Locale.SIMPLIFIED_CHINESE, LetterFields.of(letter).asMap());
		return templates.process(letter.kind().templateName(), context);
	}

	private static String classpathBase() {
		var base = PdfLetters.class.getClassLoader().getResource(LOCATION);
		return base == null ? null : base.toExternalForm();
	}

	static byte[] load(String path) {
		try (InputStream in = PdfLetters.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Font file missing: classpath:" + path);
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("The font file cannot be read: classpath:" + path, e);
		}
	}

}
