package org.gongkai.disclosure.casework.attachments;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.gongkai.disclosure.shared.Refusal;

import org.springframework.core.io.ClassPathResource;

/**
 * Removes what lies under each box from a PDF (Apache PDFBox). Every page with a box is
 * rendered to an image at {@value #DPI} dpi, the boxes are painted black into the pixels,
 * and the page is replaced by a new page holding only that image, a frame round each box
 * and the box's ground printed in it. The original page — its text, fonts, vector art,
 * images, annotations and form fields — is not written to the result at all, so nothing
 * under a box survives in any form. Pages without a box are kept as they are, with their
 * text. The document's outline, metadata, structure tree, form, attachments, scripts and
 * encryption are dropped: each may repeat text from a redacted page.
 *
 * <p>
 * Rendering the whole page (rather than deleting the text operators under a box) is
 * chosen because it is complete by construction: text in nested forms, Type 3 glyphs,
 * clipped or invisible text, images straddling a box's edge and vector drawings are all
 * removed without having to understand them. The price: a redacted page is an image (its
 * remaining text can no longer be selected or searched) and is larger.
 */
final class PdfRedactor {

	static final float DPI = 150;

	private static final String FONT = "documents/fonts/wqy-microhei.ttf";

	private PdfRedactor() {
	}

	/**
	 * Writes to {@code target} the redacted copy of the PDF in {@code source}. Both are
	 * files: PDFBox reads the original from disk, and the copy is written there, not kept
	 * in memory.
	 */
	static void redact(Path source, Path target, List<RedactionBox> boxes) throws IOException {
		try (PDDocument doc = Loader.loadPDF(source.toFile())) {
			Map<Integer, List<RedactionBox>> byPage = boxes.stream()
				.collect(Collectors.groupingBy(RedactionBox::page, TreeMap::new, Collectors.toList()));
			int pages = doc.getNumberOfPages();
			byPage.keySet().stream().filter(p -> p > pages).findFirst().ifPresent(p -> {
				throw new Refusal("refusal.casework.redaction.noSuchPage", pages, p);
			});
			PDType0Font font;
			try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
				font = PDType0Font.load(doc, in, true);
			}
			PDFRenderer renderer = new PDFRenderer(doc);
			for (Map.Entry<Integer, List<RedactionBox>> page : byPage.entrySet()) {
				replace(doc, renderer, page.getKey() - 1, page.getValue(), font);
			}
			strip(doc);
			doc.save(target.toFile());
		}
	}

	private static void replace(PDDocument doc, PDFRenderer renderer, int index, List<RedactionBox> boxes,
			PDType0Font font) throws IOException {
		PDPage original = doc.getPage(index);
		BufferedImage image = renderer.renderImageWithDPI(index, DPI, ImageType.RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setColor(Color.BLACK);
			for (RedactionBox box : boxes) {
				// outward to whole pixels: a pixel partly under the box is removed too
				int left = (int) Math.floor(box.x() * image.getWidth());
				int top = (int) Math.floor(box.y() * image.getHeight());
				int right = (int) Math.ceil((box.x() + box.width()) * image.getWidth());
				int bottom = (int) Math.ceil((box.y() + box.height()) * image.getHeight());
				g.fillRect(left, top, right - left, bottom - top);
			}
		}
		finally {
			g.dispose();
		}
		// the page as displayed: the rendering has the rotation applied
		float width = image.getWidth() * 72 / DPI;
		float height = image.getHeight() * 72 / DPI;
		PDPage replacement = new PDPage(new PDRectangle(width, height));
		PDImageXObject pixels = LosslessFactory.createFromImage(doc, image);
		try (PDPageContentStream content = new PDPageContentStream(doc, replacement)) {
			content.drawImage(pixels, 0, 0, width, height);
			for (RedactionBox box : boxes) {
				mark(content, box, font, width, height);
			}
		}
		doc.getPages().insertBefore(replacement, original);
		doc.getPages().remove(original);
	}

	/** A frame inside the box and its ground, in white, shrunk to fit the box. */
	private static void mark(PDPageContentStream content, RedactionBox box, PDType0Font font, float pageWidth,
			float pageHeight) throws IOException {
		float x = (float) (box.x() * pageWidth);
		float w = (float) (box.width() * pageWidth);
		float h = (float) (box.height() * pageHeight);
		float y = pageHeight - (float) (box.y() * pageHeight) - h;
		content.setStrokingColor(Color.WHITE);
		content.setLineWidth(0.5f);
		content.addRect(x + 1, y + 1, Math.max(w - 2, 0), Math.max(h - 2, 0));
		content.stroke();
		// the whole mark if it fits at a legible size, else the short mark
		String label = box.label();
		float size = fit(font, label, w, h);
		if (size < 5) {
			label = "不予公开";
			size = fit(font, label, w, h);
		}
		if (size < 3) {
			return; // too small for legible text: the frame is the mark
		}
		float textWidth = font.getStringWidth(label) / 1000 * size;
		content.beginText();
		content.setNonStrokingColor(Color.WHITE);
		content.setFont(font, size);
		content.newLineAtOffset(x + (w - textWidth) / 2, y + (h - size) / 2 + size * 0.15f);
		content.showText(label);
		content.endText();
	}

	private static float fit(PDType0Font font, String label, float width, float height) throws IOException {
		return Math.min(Math.min(10, height * 0.6f), (width - 4) / (font.getStringWidth(label) / 1000));
	}

	private static void strip(PDDocument doc) {
		PDDocumentCatalog catalog = doc.getDocumentCatalog();
		catalog.setDocumentOutline(null);
		catalog.setMetadata(null);
		catalog.setStructureTreeRoot(null);
		catalog.setMarkInfo(null);
		catalog.setAcroForm(null);
		catalog.setNames(null);
		catalog.setOpenAction(null);
		catalog.setActions(null);
		doc.setDocumentInformation(new PDDocumentInformation());
		doc.setAllSecurityToBeRemoved(true);
	}

}
