package org.gongkai.disclosure.decisions;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomeTest {

	@Test
	void thereAreExactlyTheTwentyOneLeavesOfThe2021Format() {
		assertThat(Outcome.values()).hasSize(21);
		assertThat(Outcome.in(null)).containsExactly(Outcome.DISCLOSED, Outcome.PARTLY_DISCLOSED);
		assertThat(Outcome.in(OutcomeGroup.WITHHELD)).hasSize(8);
		assertThat(Outcome.in(OutcomeGroup.UNAVAILABLE)).hasSize(3);
		assertThat(Outcome.in(OutcomeGroup.NOT_PROCESSED)).hasSize(5);
		assertThat(Outcome.in(OutcomeGroup.OTHER)).hasSize(3);
	}

	@Test
	void labelsAreTheOfficialOnesWithFullWidthPunctuation() {
		assertThat(Outcome.PARTLY_DISCLOSED.rowLabel()).isEqualTo("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
		assertThat(Outcome.WITHHELD_SECURITY_AND_STABILITY.rowLabel()).isEqualTo("3.危及“三安全一稳定”");
		assertThat(Outcome.OTHER_CORRECTION_LAPSED.rowLabel()).isEqualTo("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
		assertThat(OutcomeGroup.NOT_PROCESSED.label()).isEqualTo("（五）不予处理");
	}

	@Test
	void importsReadThePlainLabel() {
		assertThat(Outcome.fromPlainLabel("保护第三方合法权益")).isEqualTo(Outcome.WITHHELD_THIRD_PARTY_RIGHTS);
		assertThat(Outcome.fromPlainLabel("重复申请")).isEqualTo(Outcome.NOT_PROCESSED_REPEATED);
		assertThat(Outcome.fromPlainLabel("其他")).isEqualTo(Outcome.OTHER_OTHER);
		assertThat(Outcome.fromPlainLabel("予以公开")).isEqualTo(Outcome.DISCLOSED);
	}

}
