package org.gongkai.disclosure.documents;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.disclosure.documents.LetterWording.Remedy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The passages {@link LetterWording} words outside a letter's body; the bodies themselves
 * are compared word for word by {@code LetterWordingGoldenIT}.
 */
class LetterWordingTest {

	private final LetterWording wording = new LetterWording();

	/** The letters of a request (the appeals word their own). */
	private static final Set<LetterKind> CASE_LETTERS = EnumSet.of(LetterKind.RECEIPT, LetterKind.REPLY,
			LetterKind.CORRECTION_NOTICE, LetterKind.EXTENSION_NOTICE, LetterKind.CONSULTATION_LETTER,
			LetterKind.FEE_NOTICE, LetterKind.EXPLANATION_REQUEST, LetterKind.THIRD_PARTY_NOTICE);

	@Test
	void everyLetterHasItsWordingAndALetterOfARequestItsOwnWordInTheDocumentNumber() {
		assertThat(CASE_LETTERS).extracting(k -> wording.documentNumber(k, "示范县政府办", "2026", "00001"))
			.doesNotHaveDuplicates()
			.allMatch(n -> n.matches("示范县政府办依申请公开\\p{IsHan}〔2026〕00001号"));
		assertThat(wording.documentNumber(LetterKind.REPLY, "示范县政府办", "2026", "00001"))
			.isEqualTo("示范县政府办依申请公开答〔2026〕00001号");
		assertThat(wording.documentNumber(LetterKind.EVIDENCE_LIST, "示范县政府办", "2026", "A-2026-00001-FY1"))
			.isEqualTo("示范县政府办应诉〔2026〕A-2026-00001-FY1号");
		assertThat(CASE_LETTERS).allSatisfy(
				k -> assertThat(getClass().getResource("/documents/wording/" + k.templateName() + ".txt")).as(k.name())
					.isNotNull());
	}

	@Test
	void theRemedyNoticeNamesTheOrgansAndPutsReviewFirstForWithheldInformation() {
		String standard = wording.remedyNotice(Remedy.STANDARD, "示范县人民政府", "示范县人民法院");
		assertThat(standard).isEqualTo("如对本答复不服，可以自收到本答复之日起60日内向示范县人民政府申请行政复议，或者自收到本答复之日起6个月内向示范县人民法院提起行政诉讼。");
		assertThat(wording.remedyNotice(Remedy.REVIEW_FIRST, "示范县人民政府", "示范县人民法院")).startsWith("本答复为不予公开政府信息的决定")
			.contains("应当先自收到本答复之日起60日内向示范县人民政府申请行政复议", "《中华人民共和国行政复议法》第二十三条");
		assertThat(wording.remedyNotice(Remedy.PARTLY_WITHHELD, "甲", "乙")).startsWith("对本答复中不予公开的部分不服的，应当先")
			.contains("对本答复其他内容不服的");
		assertThat(wording.remedyNotice(Remedy.THIRD_PARTY, "甲", "乙")).startsWith("如对本决定不服，可以自收到本告知书之日起60日内向甲");
		assertThat(List.of(Remedy.values()))
			.allSatisfy(r -> assertThat(wording.remedyNotice(r, "甲", "乙")).isNotBlank());
		assertThatThrownBy(() -> wording.remedyNotice(Remedy.STANDARD, " ", "乙")).hasMessage("行政复议机关不能为空");
		assertThatThrownBy(() -> wording.remedyNotice(Remedy.STANDARD, "甲", null)).hasMessage("人民法院不能为空");
	}

	@Test
	void aProvisionalDateIsNotedOnce() {
		assertThat(wording.provisionalNote(List.of("2027年尚无节假日安排", "期限按周末计算")))
			.isEqualTo("注：2027年尚无节假日安排；期限按周末计算。国务院公布该年节假日安排后，上述期限按其重新计算。");
	}

	@Test
	void aBodyIsOneParagraphALineWithoutBlankLines() {
		List<String> body = wording.body(LetterKind.EXTENSION_NOTICE, Map.of("reference", "A-1", "receivedOn",
				LocalDate.of(2026, 3, 2), "extension", new Extension("需调取档案", 10)));
		assertThat(body).containsExactly("你（单位）于2026年3月2日提出的政府信息公开申请（申请编号A-1），因需调取档案，不能在规定期限内答复。",
				"经本机关政府信息公开工作机构负责人同意，答复期限延长10个工作日，至另行计算。");
	}

	/** The extension as the template reads it. */
	public record Extension(String reason, int workingDays) {
	}

}
