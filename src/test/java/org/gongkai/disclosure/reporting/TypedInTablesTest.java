package org.gongkai.disclosure.reporting;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The checks run over a table typed in from a published report (issue 12 item 8): blanks
 * and missing rows are findings, never errors.
 */
class TypedInTablesTest {

	private static List<Long> seven(Long... values) {
		return Arrays.asList(values);
	}

	@Test
	void sectionThreeTypedInWithABlankCellAndAMissingRowIsCheckedNotRefused() {
		Map<String, List<Long>> rows = new LinkedHashMap<>();
		rows.put("NEW", seven(3L, 1L, 0L, 0L, 0L, 0L, 4L));
		rows.put("CARRIED_OVER", seven(0L, 0L, 0L, 0L, 0L, 0L, 0L));
		rows.put("DISCLOSED", seven(2L, null, 0L, 0L, 0L, 0L, 3L));
		rows.put("TOTAL", seven(2L, 1L, 0L, 0L, 0L, 0L, 3L));
		rows.put("CARRIED_FORWARD", seven(1L, 0L, 0L, 0L, 0L, 0L, 1L));
		ReportTable three = TypedInTables.checked("三", rows);
		assertThat(three.rows()).hasSize(25);
		assertThat(three.consistent()).isFalse();
		CheckResult blanks = three.checks()
			.stream()
			.filter(c -> c.rule().equals(ReportChecks.NO_BLANKS))
			.findFirst()
			.orElseThrow();
		assertThat(blanks.passed()).isFalse();
		assertThat(blanks.detail()).contains("（一）予以公开 商业企业：未录入", "部分公开（区分处理的，只计这一情形，不计其他情形） 自然人：未录入");
		// the identity of the typed figures holds: 4 + 0 = 3 + 1
		assertThat(three.checks()).filteredOn(c -> c.rule().startsWith("总计列：第一项加第二项之和"))
			.singleElement()
			.satisfies(c -> assertThat(c.passed()).isTrue());
	}

	@Test
	void sectionFourTypedInWithABlankIsAFinding() {
		List<Long> values = Arrays.asList(1L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, null, 0L, 0L, 0L, 0L);
		ReportTable four = TypedInTables.checked("四", Map.of("APPEALS", values));
		assertThat(four.checks()).hasSize(3);
		assertThat(four.checks().get(2).passed()).isFalse();
		assertThat(four.checks().get(2).detail()).contains("结果维持未填写");
	}

	@Test
	void anUnknownRowOrAWrongNumberOfValuesIsRefusedWithTheReason() {
		assertThatThrownBy(() -> TypedInTables.checked("三", Map.of("NONSENSE", seven(0L))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("NONSENSE");
		assertThatThrownBy(() -> TypedInTables.checked("三", Map.of("NEW", seven(0L, 1L))))
			.hasMessageContaining("应有7个数值");
		assertThatThrownBy(() -> TypedInTables.checked("二", Map.of())).hasMessageContaining("section=三、四");
	}

}
