package org.gongkai.disclosure.reporting.export;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.stereotype.Component;

/**
 * The HTML export — one standalone, printable XHTML page (Thymeleaf, its own engine in
 * XML mode so the output is well-formed; styles inline, charts as data URIs, nothing
 * fetched) — and the PDF printed from that same page by openhtmltopdf with the bundled
 * CJK font, as PDF/A-2b.
 */
@Component
class HtmlExport {

	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	private final SpringTemplateEngine templates = new SpringTemplateEngine();

	private final byte[] font;

	HtmlExport() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(HtmlExport.class.getClassLoader());
		resolver.setPrefix("reports/export/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.XML);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCacheable(true);
		templates.setTemplateResolver(resolver);
		try (InputStream in = HtmlExport.class.getClassLoader().getResourceAsStream(ReportExports.FONT)) {
			if (in == null) {
				throw new IllegalStateException("Font file missing: classpath:" + ReportExports.FONT);
			}
			font = in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	String html(ReportExports.View view) {
		return templates.process("annual-report",
				new Context(Locale.SIMPLIFIED_CHINESE, Map.of("v", view, "pdf", false)));
	}

	byte[] pdf(ReportExports.View view) {
		String xhtml = templates.process("annual-report",
				new Context(Locale.SIMPLIFIED_CHINESE, Map.of("v", view, "pdf", true)));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withProducer("Gongkai");
			builder.usePdfAConformance(PdfAConformance.PDFA_2_B);
			builder.useColorProfile(SRGB);
			builder.useFont(() -> new ByteArrayInputStream(font), ReportExports.FONT_FAMILY, 400, FontStyle.NORMAL,
					true);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException("The annual report (PDF) cannot be generated", e);
		}
		return out.toByteArray();
	}

}
