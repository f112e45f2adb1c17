package org.gongkai.disclosure.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.disclosure.casework.history.HistoricCases;
import org.gongkai.disclosure.casework.history.HistoricCases.RowProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dates of a ledger as Excel shows them and offices type them (issue 16: a ledger of
 * {@code 2024/1/2} was refused whole), and one message for a date that is none.
 */
class LedgerDateFormsTest {

	@ParameterizedTest
	@ValueSource(strings = { "2024-01-02", "2024-1-2", "2024/1/2", "2024/01/02", "2024.1.2", "2024年1月2日", "2024年01月02日",
			"2024年1月2", "20240102", "2024/1/2 0:00", "2024-01-02 00:00:00", " 2024 / 1 / 2 ", "２０２４年１月２日" })
	void theFormsOfficesWriteAreOneDay(String written) {
		assertThat(HistoricCases.parseLedgerDate(written)).isEqualTo(LocalDate.of(2024, 1, 2));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024/2/30", "2023-02-29", "2024-13-01", "2024-1/2", "24/1/2", "1/2/2024", "2024年1月",
			"45293", "明年", "2024-01-02T00:00", "2024/1/2 下午" })
	void whatIsNoDayIsOneProblemOfItsCell(String written) {
		List<RowProblem> problems = new ArrayList<>();
		assertThat(HistoricCases.ledgerDate(written, "received_on", "收到申请日期", 7, problems)).isNull();
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.line()).isEqualTo(7);
			assertThat(p.column()).isEqualTo("received_on");
			assertThat(p.reason()).contains("收到申请日期“" + written + "”不是有效日期").contains("2021/3/5");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024/2/29", "2024年2月29日" })
	void aLeapDayIsADay(String written) {
		assertThat(HistoricCases.parseLedgerDate(written)).isEqualTo(LocalDate.of(2024, 2, 29));
	}

	@Test
	void anEmptyCellIsNoDateAndNoProblem() {
		List<RowProblem> problems = new ArrayList<>();
		assertThat(HistoricCases.ledgerDate("", "closed_on", "办结日期", 3, problems)).isNull();
		assertThat(problems).isEmpty();
	}

}
