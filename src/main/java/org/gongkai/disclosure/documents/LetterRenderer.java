package org.gongkai.disclosure.documents;

import org.gongkai.disclosure.shared.Refusal;

import org.springframework.stereotype.Service;

/**
 * Renders a {@link Letter} as a Word document (.docx, from the kind's Word template,
 * editable in Word) or as a PDF (from the kind's XHTML template, with the CJK font
 * embedded). Both are laid out as a 公文 letter (GB/T 9704): title, 发文字号, 主送, body,
 * signature and date.
 */
@Service
public class LetterRenderer {

	/** The media type of {@link #docx(Letter)}. */
	public static final String DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	/** The media type of {@link #pdf(Letter)}. */
	public static final String PDF_MEDIA_TYPE = "application/pdf";

	private final DocxLetters docx;

	private final PdfLetters pdf;

	private final DraftMark draftMark;

	LetterRenderer(DocxLetters docx, PdfLetters pdf, DraftMark draftMark) {
		this.docx = docx;
		this.pdf = pdf;
		this.draftMark = draftMark;
	}

	/** The letter as a Word document, for the office to adjust, print, seal and sign. */
	public byte[] docx(Letter letter) {
		return docx.render(letter);
	}

	/**
	 * The letter as {@code pdf} or {@code docx}, named after its kind and document
	 * number.
	 */
	public RenderedLetter render(Letter letter, String format) {
		return switch (format == null ? "" : format) {
			case "pdf" -> new RenderedLetter(letter.fileName("pdf"), PDF_MEDIA_TYPE, pdf(letter));
			case "docx" -> new RenderedLetter(letter.fileName("docx"), DOCX_MEDIA_TYPE, docx(letter));
			default -> throw new Refusal("refusal.documents.format");
		};
	}

	/**
	 * The letter as the PDF it would be issued as, marked 草稿 on every page: for the legal
	 * reviewer and the head to read before they approve. Never stored or issued.
	 */
	public RenderedLetter draft(Letter letter) {
		return new RenderedLetter("草稿-" + letter.fileName("pdf"), PDF_MEDIA_TYPE, draftMark.mark(pdf(letter)));
	}

	/**
	 * The letter as a PDF/A-2a (archival, tagged for screen readers) with its Chinese
	 * font embedded.
	 */
	public byte[] pdf(Letter letter) {
		return pdf.render(letter);
	}

}
