package org.gongkai.disclosure.appeals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision types, their effect on the office, and the section 四 mapping seeded from
 * docs/statute.md#s2.3.
 */
class DecisionTypeTest {

	@Test
	void theSeededMappingIsStatuteTwoPointThreeForEveryType() throws IOException {
		String sql = Files.readString(Path.of("db/migration/V20__appeals.sql"))
				+ Files.readString(Path.of("db/migration/V122__appeal_terminated_after_correction.sql"));
		Matcher m = Pattern.compile("\\('([A-Z_]+)', '(UPHELD|CORRECTED|OTHER)'\\)").matcher(sql);
		Map<String, String> seeded = new HashMap<>();
		while (m.find()) {
			seeded.put(m.group(1), m.group(2));
		}
		// every type but 发回重审, which ends no suit: the retrial's decision is counted
		assertThat(seeded).hasSize(DecisionType.values().length - 1).doesNotContainKey("APPEAL_REMANDED");
		for (DecisionType t : DecisionType.values()) {
			assertThat(seeded.get(t.name())).as(t.name()).isEqualTo(t.hasOwnResult() ? t.defaultResult().name() : null);
		}
		assertThat(DecisionType.APPEAL_REMANDED.hasOwnResult()).isFalse();
		// docs/statute.md#s2.3: 维持 and 驳回复议请求 / 驳回诉讼请求 are 结果维持; 撤销 变更 确认违法 确认无效 责令履行 are
		// 结果纠正;
		// 不予受理 驳回申请 终止 调解 驳回起诉 准予撤诉 are 其他结果
		assertThat(DecisionType.REVIEW_CLAIM_REJECTED.defaultResult()).isEqualTo(AppealResult.UPHELD);
		assertThat(DecisionType.JUDGMENT_CLAIM_REJECTED.defaultResult()).isEqualTo(AppealResult.UPHELD);
		assertThat(DecisionType.REVIEW_PERFORMANCE_ORDERED.defaultResult()).isEqualTo(AppealResult.CORRECTED);
		assertThat(DecisionType.REVIEW_DECLARED_VOID.defaultResult()).isEqualTo(AppealResult.CORRECTED);
		assertThat(DecisionType.REVIEW_MEDIATED.defaultResult()).isEqualTo(AppealResult.OTHER);
		assertThat(DecisionType.RULING_WITHDRAWAL_ALLOWED.defaultResult()).isEqualTo(AppealResult.OTHER);
		// issue 12 item 7: 终止 after the office corrected itself is 结果纠正, the other 终止
		// 其他结果
		assertThat(DecisionType.REVIEW_TERMINATED_CORRECTED.defaultResult()).isEqualTo(AppealResult.CORRECTED);
		assertThat(DecisionType.REVIEW_TERMINATED.defaultResult()).isEqualTo(AppealResult.OTHER);
		assertThat(DecisionType.REVIEW_TERMINATED_CORRECTED.appliesTo(AppealKind.REVIEW, null)).isTrue();
	}

	@Test
	void onlyDecisionsThatOrderANewAnswerReopenTheRequest() {
		assertThat(DecisionType.values()).filteredOn(t -> t.effect() == DecisionType.Effect.NEW_ANSWER)
			.containsExactlyInAnyOrder(DecisionType.REVIEW_REVOKED, DecisionType.REVIEW_PARTLY_REVOKED,
					DecisionType.REVIEW_PERFORMANCE_ORDERED, DecisionType.JUDGMENT_REVOKED,
					DecisionType.JUDGMENT_PARTLY_REVOKED, DecisionType.JUDGMENT_PERFORMANCE);
	}

	@Test
	void aDecisionAppliesOnlyToItsKindAndTheAppealDismissalOnlyToASecondInstance() {
		assertThat(DecisionType.REVIEW_UPHELD.appliesTo(AppealKind.REVIEW, null)).isTrue();
		assertThat(DecisionType.REVIEW_UPHELD.appliesTo(AppealKind.LITIGATION, Instance.FIRST)).isFalse();
		assertThat(DecisionType.JUDGMENT_REVOKED.appliesTo(AppealKind.REVIEW, null)).isFalse();
		assertThat(DecisionType.APPEAL_DISMISSED.appliesTo(AppealKind.LITIGATION, Instance.FIRST)).isFalse();
		assertThat(DecisionType.APPEAL_DISMISSED.appliesTo(AppealKind.LITIGATION, Instance.SECOND)).isTrue();
		// 发回重审 (行政诉讼法 art 89 ¶1 (三)(四)) too is a second instance's alone
		assertThat(DecisionType.APPEAL_REMANDED.appliesTo(AppealKind.LITIGATION, Instance.FIRST)).isFalse();
		assertThat(DecisionType.APPEAL_REMANDED.appliesTo(AppealKind.LITIGATION, Instance.SECOND)).isTrue();
		assertThat(DecisionType.APPEAL_REMANDED.effect()).isEqualTo(DecisionType.Effect.REMANDED);
		assertThat(DecisionType.JUDGMENT_DECLARED_UNLAWFUL.isJudgment()).isTrue();
		assertThat(DecisionType.RULING_SUIT_DISMISSED.isJudgment()).isFalse();
		assertThat(DecisionType.withdrawal(AppealKind.REVIEW)).isEqualTo(DecisionType.REVIEW_TERMINATED);
		assertThat(DecisionType.withdrawal(AppealKind.LITIGATION)).isEqualTo(DecisionType.RULING_WITHDRAWAL_ALLOWED);
	}

}
