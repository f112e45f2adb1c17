package org.gongkai.disclosure.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LetterRendererTest {

	private static final LetterRenderer renderer = new LetterRenderer(new DocxLetters(), new PdfLetters(),
			new DraftMark());

	@ParameterizedTest
	@EnumSource(LetterKind.class)
	void everyKindRendersAsWordWithAllFieldsFilledIn(LetterKind kind) throws IOException {
		Letter letter = SampleLetters.of(kind);
		byte[] docx = renderer.docx(letter);

		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			String text = new XWPFWordExtractor(document).getText();
			assertThat(text)
				.contains(kind.title(), SampleLetters.AGENCY, letter.documentNumber(),
						"申请编号：" + SampleLetters.REFERENCE, letter.addressee() + "：", SampleLetters.DATE)
				.contains(letter.paragraphs())
				.doesNotContain("{{", "}}");
			assertBasisAndRemedy(letter, text);
			// one Word paragraph per body paragraph, each keeping the template's 公文正文
			// style (first line indented)
			for (String paragraph : letter.paragraphs()) {
				assertThat(document.getParagraphs()).filteredOn(p -> p.getText().equals(paragraph))
					.singleElement()
					.extracting(XWPFParagraph::getStyle)
					.isEqualTo("BodyText");
			}
			assertThat(document.getParagraphs()).filteredOn(p -> p.getText().equals(kind.title()))
				.singleElement()
				.extracting(XWPFParagraph::getStyle)
				.isEqualTo("GongwenTitle");
		}
	}

	@ParameterizedTest
	@EnumSource(LetterKind.class)
	void everyKindRendersAsPdfWithTheChineseFontEmbedded(LetterKind kind) throws Exception {
		Letter letter = SampleLetters.of(kind);
		byte[] pdf = renderer.pdf(letter);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = squeeze(new PDFTextStripper().getText(document));
			assertThat(text)
				.contains(kind.title(), SampleLetters.AGENCY, squeeze(letter.documentNumber()),
						"申请编号：" + SampleLetters.REFERENCE, squeeze(letter.addressee()) + "：", SampleLetters.DATE)
				.contains(letter.paragraphs().stream().map(LetterRendererTest::squeeze).toList())
				.doesNotContain("#");
			assertBasisAndRemedy(letter, text);
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo(SampleLetters.AGENCY + kind.title());
			PDFAIdentificationSchema pdfa = new DomXmpParser()
				.parse(document.getDocumentCatalog().getMetadata().toByteArray())
				.getPDFAIdentificationSchema();
			assertThat(pdfa.getPart()).isEqualTo(2);
			assertThat(pdfa.getConformance()).isEqualTo("A");
			assertThat(fonts(document)).isNotEmpty().allSatisfy(font -> {
				assertThat(font.getName()).contains("WenQuanYiMicroHei");
				assertThat(font.isEmbedded()).isTrue();
			});
		}
	}

	/**
	 * A notice prints its legal basis and remedy notice if it has them, and otherwise
	 * leaves no trace of them: no label, no empty paragraph. (The receipt never prints
	 * them.)
	 */
	@ParameterizedTest
	@EnumSource(value = LetterKind.class, names = { "CORRECTION_NOTICE", "EXTENSION_NOTICE", "CONSULTATION_LETTER",
			"FEE_NOTICE", "EXPLANATION_REQUEST", "APPEAL_ANSWER", "LITIGATION_DEFENCE", "EVIDENCE_LIST" })
	void aNoticePrintsItsLegalBasisAndRemedyNoticeOnlyIfItHasThem(LetterKind kind) throws IOException {
		Letter without = SampleLetters.withoutBasisOrRemedy(SampleLetters.of(kind));
		Letter with = new Letter(kind, without.agencyName(), without.documentNumber(), without.addressee(),
				without.reference(), without.date(), without.paragraphs(), "《中华人民共和国政府信息公开条例》第三十条",
				"如对本通知不服，可以依法申请行政复议或者提起行政诉讼。");

		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(renderer.docx(without)))) {
			assertThat(new XWPFWordExtractor(document).getText()).doesNotContain("法律依据", "收费依据", "{{", "}}");
			assertThat(document.getParagraphs()).filteredOn(p -> "BodyText".equals(p.getStyle()))
				.extracting(XWPFParagraph::getText)
				.containsExactlyElementsOf(without.paragraphs());
		}
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(renderer.docx(with)))) {
			List<String> body = new ArrayList<>(with.paragraphs());
			body.add(SampleLetters.basisLabel(kind) + with.legalBasis());
			body.add(with.remedyNotice());
			assertThat(document.getParagraphs()).filteredOn(p -> "BodyText".equals(p.getStyle()))
				.extracting(XWPFParagraph::getText)
				.containsExactlyElementsOf(body);
		}
		try (PDDocument document = Loader.loadPDF(renderer.pdf(without))) {
			assertThat(new PDFTextStripper().getText(document)).doesNotContain("法律依据", "收费依据");
		}
		try (PDDocument document = Loader.loadPDF(renderer.pdf(with))) {
			assertBasisAndRemedy(with, squeeze(new PDFTextStripper().getText(document)));
		}
	}

	@Test
	void aReplyTellsTheApplicantTheLegalBasisAndTheRemedies() throws IOException {
		Letter reply = SampleLetters.of(LetterKind.REPLY);
		String remedy = "如对本答复不服，可以自收到本答复之日起60日内向示范县人民政府申请行政复议，" + "或者自收到本答复之日起6个月内向示范县人民法院提起行政诉讼。";
		assertThat(reply.remedyNotice()).isEqualTo(remedy);

		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(renderer.docx(reply)))) {
			assertThat(new XWPFWordExtractor(document).getText()).contains(remedy, "法律依据：《中华人民共和国政府信息公开条例》第三十六条第（二）项");
		}
		try (PDDocument document = Loader.loadPDF(renderer.pdf(reply))) {
			assertThat(squeeze(new PDFTextStripper().getText(document))).contains(remedy,
					"法律依据：《中华人民共和国政府信息公开条例》第三十六条第（二）项");
		}
	}

	@Test
	void aTemplateTagNamingNoFieldIsAnErrorNotABlank() {
		record TooFewFields(String agencyName) {
		}
		assertThatThrownBy(() -> new DocxLetters().render(LetterKind.REPLY, new TooFewFields("示范县人民政府办公室")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("reply.docx")
			.hasMessageContaining("documentNumber");
	}

	@Test
	void aLongLetterRunsOntoNumberedPages() throws IOException {
		Letter reply = SampleLetters.of(LetterKind.REPLY);
		List<String> paragraphs = new ArrayList<>();
		for (int i = 1; i <= 30; i++) {
			paragraphs.add("第" + i + "段：您申请获取的政府信息中，涉及第三方合法权益的部分已作区分处理，其余部分予以公开。");
		}
		Letter longReply = new Letter(reply.kind(), reply.agencyName(), reply.documentNumber(), reply.addressee(),
				reply.reference(), reply.date(), paragraphs, reply.legalBasis(), reply.remedyNotice());

		try (PDDocument document = Loader.loadPDF(renderer.pdf(longReply))) {
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
			String text = squeeze(new PDFTextStripper().getText(document));
			assertThat(text).contains("—1—", "—2—", "第30段", SampleLetters.DATE);
		}
	}

	@Test
	void textIsEscapedNotInterpreted() throws IOException {
		Letter reply = SampleLetters.of(LetterKind.REPLY);
		Letter hostile = new Letter(reply.kind(), "<b>示范县</b> & {{agencyName}}", reply.documentNumber(), "张三 <script>",
				reply.reference(), reply.date(), List.of("${7*7} [[${date}]] {{date}} &amp;"), reply.legalBasis(),
				reply.remedyNotice());

		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(renderer.docx(hostile)))) {
			assertThat(new XWPFWordExtractor(document).getText()).contains("<b>示范县</b> & {{agencyName}}",
					"张三 <script>：", "${7*7} [[${date}]] {{date}} &amp;");
		}
		try (PDDocument document = Loader.loadPDF(renderer.pdf(hostile))) {
			assertThat(squeeze(new PDFTextStripper().getText(document)))
				.contains(squeeze("<b>示范县</b> & {{agencyName}}"), squeeze("${7*7} [[${date}]] {{date}} &amp;"));
		}
	}

	/**
	 * Not a check: leaves every kind in both formats in target/letters for a person to
	 * look at.
	 */
	@Test
	void writesSamplesToLookAt() throws IOException {
		Path directory = Files.createDirectories(Path.of("target", "letters"));
		for (LetterKind kind : LetterKind.values()) {
			Letter letter = SampleLetters.of(kind);
			Files.write(directory.resolve(kind.templateName() + ".docx"), renderer.docx(letter));
			Files.write(directory.resolve(kind.templateName() + ".pdf"), renderer.pdf(letter));
		}
		assertThat(directory.resolve("reply.pdf")).isNotEmptyFile();
	}

	/**
	 * The legal basis, after its label, and the remedy notice are printed if the letter
	 * has them.
	 */
	private static void assertBasisAndRemedy(Letter letter, String text) {
		String squeezed = squeeze(text);
		if (letter.legalBasis() != null) {
			assertThat(squeezed).contains(squeeze(SampleLetters.basisLabel(letter.kind()) + letter.legalBasis()));
		}
		if (letter.remedyNotice() != null) {
			assertThat(squeezed).contains(squeeze(letter.remedyNotice()));
		}
	}

	/**
	 * Text extraction breaks lines and may space out characters; compare without
	 * whitespace.
	 */
	private static String squeeze(String text) {
		return text.replaceAll("\\s+", "");
	}

	private static List<PDFont> fonts(PDDocument document) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : document.getPages()) {
			for (var name : page.getResources().getFontNames()) {
				fonts.add(page.getResources().getFont(name));
			}
		}
		return fonts;
	}

}
