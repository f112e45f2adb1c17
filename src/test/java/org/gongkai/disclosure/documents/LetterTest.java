package org.gongkai.disclosure.documents;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LetterTest {

	@Test
	void aDecisionMustStateItsLegalBasisAndTheRemedies() {
		assertThatThrownBy(() -> reply("《条例》第三十六条", null)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("救济途径告知不能为空");
		assertThatThrownBy(
				() -> reply(" ", new LetterWording().remedyNotice(LetterWording.Remedy.STANDARD, "示范县人民政府", "示范县人民法院")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("法律依据不能为空");
	}

	@Test
	void aReceiptNeedsNeither() {
		Letter receipt = new Letter(LetterKind.RECEIPT, "示范县人民政府办公室", "示范县政府办〔2026〕公开回执第00001号", "张三", "GK-2026-00001",
				LocalDate.of(2026, 3, 2), List.of("已收到。"), null, " ");
		assertThat(receipt.legalBasis()).isNull();
		assertThat(receipt.remedyNotice()).isNull();
	}

	@Test
	void onlyTheDecisionsNeedLegalBasisAndRemediesTheNoticesNeither() {
		assertThat(LetterKind.values()).filteredOn(LetterKind::decision)
			.containsExactly(LetterKind.REPLY, LetterKind.THIRD_PARTY_NOTICE);
		for (LetterKind kind : LetterKind.values()) {
			if (!kind.decision()) {
				Letter notice = new Letter(kind, "示范县人民政府办公室", "示范县政府办〔2026〕公开第00001号", "张三", "GK-2026-00001",
						LocalDate.of(2026, 3, 20), List.of("特此告知。"), " ", null);
				assertThat(notice.legalBasis()).as(kind.name()).isNull();
				assertThat(notice.remedyNotice()).as(kind.name()).isNull();
			}
		}
	}

	@Test
	void theKindsHaveTheirTitlesAndTemplateNames() {
		assertThat(LetterKind.values()).extracting(LetterKind::templateName)
			.containsExactly("receipt", "reply", "correction-notice", "extension-notice", "consultation-letter",
					"fee-notice", "explanation-request", "third-party-notice", "appeal-answer", "litigation-defence",
					"evidence-list");
		assertThat(LetterKind.values()).extracting(LetterKind::title)
			.containsExactly("政府信息公开申请接收回执", "政府信息公开申请答复书", "政府信息公开申请补正告知书", "政府信息公开申请延期答复告知书", "政府信息公开申请征求意见书",
					"政府信息公开信息处理费收费通知书", "政府信息公开申请说明理由告知书", "政府信息公开决定告知书", "行政复议答复书", "行政诉讼答辩状", "举证材料清单");
	}

	@Test
	void aConsultationLetterIsAddressedToWhoeverIsConsulted() {
		assertThatThrownBy(() -> new Letter(LetterKind.CONSULTATION_LETTER, "示范县人民政府办公室", "1号", " ", "GK-1",
				LocalDate.of(2026, 3, 20), List.of("正文"), null, null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("主送（征求意见对象）不能为空");
	}

	@Test
	void textIsStrippedAndLineBreaksStartNewParagraphs() {
		Letter letter = new Letter(LetterKind.RECEIPT, " 示范县人民政府办公室 ", "示范县政府办〔2026〕公开回执第00001号", "张三", "GK-2026-00001",
				LocalDate.of(2026, 3, 2), Arrays.asList("第一段。\n\n 第二段。\r\n", null, "第三段。"), null, null);
		assertThat(letter.agencyName()).isEqualTo("示范县人民政府办公室");
		assertThat(letter.paragraphs()).containsExactly("第一段。", "第二段。", "第三段。");
	}

	@Test
	void controlCharactersAndEmptyBodiesAreRefused() {
		assertThatThrownBy(() -> new Letter(LetterKind.RECEIPT, "示范县\u0000人民政府", "1号", "张三", "GK-1",
				LocalDate.of(2026, 3, 2), List.of("正文"), null, null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("发文机关含有无法识别的控制字符");
		assertThatThrownBy(() -> new Letter(LetterKind.RECEIPT, "示范县人民政府", "1号", "张三", "GK-1", LocalDate.of(2026, 3, 2),
				List.of(" ", "\n"), null, null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("正文不能为空");
		assertThatThrownBy(
				() -> new Letter(LetterKind.RECEIPT, "示范县人民政府", "1号", "张三", "GK-1", null, List.of("正文"), null, null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("成文日期不能为空");
	}

	@Test
	void theDateIsPrintedWithoutLeadingZeros() {
		Letter letter = new Letter(LetterKind.RECEIPT, "示范县人民政府", "1号", "张三", "GK-1", LocalDate.of(2026, 3, 2),
				List.of("正文"), null, null);
		assertThat(LetterFields.date(letter)).isEqualTo("2026年3月2日");
	}

	@Test
	void theFileNameIsTheTitleAndTheDocumentNumber() {
		Letter letter = reply("《条例》第三十六条",
				new LetterWording().remedyNotice(LetterWording.Remedy.STANDARD, "示范县人民政府", "示范县人民法院"));
		assertThat(letter.fileName("pdf")).isEqualTo("政府信息公开申请答复书-示范县政府办〔2026〕公开答复第00001号.pdf");
	}

	@Test
	void everyKindHasItsTwoTemplates() {
		for (LetterKind kind : LetterKind.values()) {
			ClassLoader loader = getClass().getClassLoader();
			assertThat(loader.getResource(DocxLetters.LOCATION + kind.templateName() + ".docx")).as(kind + " docx")
				.isNotNull();
			assertThat(loader.getResource(PdfLetters.LOCATION + kind.templateName() + ".html")).as(kind + " html")
				.isNotNull();
		}
	}

	private static Letter reply(String legalBasis, String remedyNotice) {
		return new Letter(LetterKind.REPLY, "示范县人民政府办公室", "示范县政府办〔2026〕公开答复第00001号", "张三", "GK-2026-00001",
				LocalDate.of(2026, 3, 20), List.of("现答复如下。"), legalBasis, remedyNotice);
	}

}
