package org.gongkai.disclosure.casework;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.disclosure.decisions.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The counting rule of a request answered item by item (docs/statute.md#mixed-answers):
 * one row, （二）部分公开 as soon as something is disclosed and something is not.
 */
class AnswerItemTest {

	private static final AnswerItem DISCLOSED = new AnswerItem("甲", Outcome.DISCLOSED, "见附件", null);

	private static final AnswerItem NOT_EXISTING = new AnswerItem("乙", Outcome.UNAVAILABLE_NOT_HELD, "经检索不存在",
			new NotHeldAnswer(NotHeldAnswer.Kind.DOES_NOT_EXIST, "档案室", "关键词检索", "李四", LocalDate.of(2025, 3, 3)));

	private static final AnswerItem ELSEWHERE = new AnswerItem("丙", Outcome.UNAVAILABLE_NOT_HELD, "由水利局公开",
			NotHeldAnswer.elsewhere());

	private static final AnswerItem SECRET = new AnswerItem("丁", Outcome.WITHHELD_STATE_SECRET, "属于国家秘密", null);

	private static final AnswerItem NOT_GOVERNMENT = new AnswerItem("戊", AnswerItem.NOT_GOVERNMENT_INFORMATION, "咨询意见",
			null);

	@Test
	void everythingDisclosedIsDisclosedAndAnythingElseBesideADisclosureIsPartlyDisclosed() {
		assertThat(AnswerItem.countedAs(List.of(DISCLOSED, DISCLOSED))).isEqualTo(Outcome.DISCLOSED);
		assertThat(AnswerItem.countedAs(List.of(DISCLOSED, NOT_EXISTING))).isEqualTo(Outcome.PARTLY_DISCLOSED);
		assertThat(AnswerItem.countedAs(List.of(NOT_GOVERNMENT, DISCLOSED))).isEqualTo(Outcome.PARTLY_DISCLOSED);
		assertThat(AnswerItem.countedAs(List.of(SECRET, DISCLOSED, ELSEWHERE))).isEqualTo(Outcome.PARTLY_DISCLOSED);
	}

	@Test
	void withNothingDisclosedTheFirstRowOfTheTableAmongTheItemsCounts() {
		assertThat(AnswerItem.countedAs(List.of(NOT_EXISTING, ELSEWHERE))).isEqualTo(Outcome.UNAVAILABLE_NOT_HELD);
		assertThat(AnswerItem.countedAs(List.of(NOT_EXISTING, SECRET))).isEqualTo(Outcome.WITHHELD_STATE_SECRET);
		assertThat(AnswerItem.countedAs(List.of(NOT_GOVERNMENT, NOT_EXISTING))).isEqualTo(Outcome.UNAVAILABLE_NOT_HELD);
		assertThat(AnswerItem.countedAs(List.of(NOT_GOVERNMENT, NOT_GOVERNMENT))).isEqualTo(Outcome.OTHER_OTHER);
	}

	@Test
	void aWholeRequestsEndingIsNoItemsResultAndNotHeldSaysWhich() {
		for (Outcome whole : List.of(Outcome.PARTLY_DISCLOSED, Outcome.NOT_PROCESSED_EXCESSIVE,
				Outcome.OTHER_CORRECTION_LAPSED, Outcome.OTHER_FEE_UNPAID)) {
			assertThatThrownBy(() -> new AnswerItem("甲", whole, "理由", null)).hasMessageContaining("针对整个申请");
		}
		assertThat(AnswerItem.results()).hasSize(17).doesNotContain(Outcome.PARTLY_DISCLOSED);
		assertThatThrownBy(() -> new AnswerItem("甲", Outcome.UNAVAILABLE_NOT_HELD, "不掌握", null))
			.hasMessageContaining("信息不存在（《条例》第三十六条第（四）项");
		assertThatThrownBy(() -> new AnswerItem("甲", Outcome.DISCLOSED, "见附件", NotHeldAnswer.elsewhere()))
			.hasMessageContaining("只有答复本机关不掌握的事项");
		assertThatThrownBy(() -> new AnswerItem("甲", Outcome.WITHHELD_STATE_SECRET, " ", null))
			.hasMessageContaining("答复内容及理由");
	}

	@Test
	void eachItemCitesItsOwnArticle() {
		assertThat(DISCLOSED.legalBasis()).isEqualTo("《条例》第三十六条第（二）项");
		assertThat(NOT_EXISTING.legalBasis()).isEqualTo("《条例》第三十六条第（四）项");
		assertThat(ELSEWHERE.legalBasis()).isEqualTo("《条例》第三十六条第（五）项");
		assertThat(SECRET.legalBasis()).isEqualTo("《条例》第三十六条第（三）项、第十四条");
		assertThat(NOT_GOVERNMENT.legalBasis()).isEqualTo("《条例》第二条、第三十七条");
		assertThat(NOT_GOVERNMENT.withholds()).isTrue();
		assertThat(ELSEWHERE.withholds()).isFalse();
	}

}
