package org.gongkai.disclosure.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

import org.springframework.stereotype.Component;

/**
 * Marks a rendered letter as a draft: 「草稿」 large and faint across every page, and a line
 * at the top of each page saying it is not the issued letter. Drawn over the letter as it
 * would be issued, so that the reviewer reads exactly that layout, and nobody can mistake
 * the print-out for a 答复书.
 */
@Component
class DraftMark {

	/** Printed at the top of every page of a draft. */
	static final String NOTICE = "草稿：尚未签发，不是正式文书，不得送达";

	static final String MARK = "草稿";

	/**
	 * The letters' font, read once (as {@link PdfLetters} does), embedded in each draft.
	 */
	private final byte[] font = PdfLetters.load(PdfLetters.FONT);

	DraftMark() {
	}

	byte[] mark(byte[] pdf) {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDType0Font embedded = PDType0Font.load(doc, new ByteArrayInputStream(font), true);
			for (PDPage page : doc.getPages()) {
				mark(doc, page, embedded);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("The draft letter (PDF) cannot be generated", e);
		}
	}

	private static void mark(PDDocument doc, PDPage page, PDType0Font font) throws IOException {
		PDRectangle box = page.getMediaBox();
		try (PDPageContentStream over = new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
			PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
			faint.setNonStrokingAlphaConstant(0.18f);
			over.saveGraphicsState();
			over.setGraphicsStateParameters(faint);
			over.setNonStrokingColor(0.55f, 0.1f, 0.1f);
			float size = box.getWidth() / 3;
			float width = font.getStringWidth(MARK) / 1000 * size;
			// diagonally through the middle of the page
			Matrix diagonal = Matrix.getRotateInstance(Math.toRadians(45), box.getWidth() / 2, box.getHeight() / 2);
			diagonal.translate(-width / 2, -size / 3);
			over.beginText();
			over.setFont(font, size);
			over.setTextMatrix(diagonal);
			over.showText(MARK);
			over.endText();
			over.restoreGraphicsState();

			over.setNonStrokingColor(0.55f, 0.1f, 0.1f);
			over.beginText();
			over.setFont(font, 11);
			over.newLineAtOffset(box.getLowerLeftX() + 40, box.getUpperRightY() - 28);
			over.showText(NOTICE);
			over.endText();
		}
	}

}
