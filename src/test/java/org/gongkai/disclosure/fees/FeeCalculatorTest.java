package org.gongkai.disclosure.fees;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeeCalculatorTest {

	private final FeeCalculator calculator = new FeeCalculator(FeeTiers.national());

	@ParameterizedTest(name = "{0} earlier + {1} now = {2} yuan")
	@CsvSource({ "0, 1, 0", "0, 10, 0", "9, 1, 0", // up to 10 a month are free
			"10, 1, 100", "0, 11, 100", "0, 30, 2000", // 11th to 30th: 100 each
			"30, 1, 200", "0, 40, 4000", // 31st to 40th: 200 each
			"40, 1, 300", "0, 50, 7000", "50, 1, 400", // then 300, 400, … per band of ten
			"25, 10, 1500" // 5 × 100 + 5 × 200
	})
	void perRequestIsProgressiveOverTheCalendarMonth(int prior, int now, long yuan) {
		assertThat(calculator.perRequest(prior, now).amountYuan()).isEqualTo(yuan);
	}

	@ParameterizedTest(name = "{0} pages = {1} yuan")
	@CsvSource({ "1, 0", "30, 0", "31, 10", "100, 700", "101, 720", "200, 2700", "201, 2740", "250, 4700" })
	void perVolumeIsProgressiveOverThePages(int pages, long yuan) {
		assertThat(calculator.perVolume(pages).amountYuan()).isEqualTo(yuan);
	}

	@Test
	void everyAmountIsExplainedSoItCanBeRedone() {
		FeeQuote quote = calculator.perRequest(25, 10);
		assertThat(quote.explanation()).containsExactly("同一申请人本自然月此前已申请25件，本次10件，为第26至第35件",
				"第26至第30件：5件 × 100元 = 500元", "第31至第35件：5件 × 200元 = 1000元", "合计1500元（国办函〔2020〕109号第四条，超额累进计算）");
		assertThat(calculator.perVolume(20).explanation()).contains("第1至第20页：免费");
		assertThat(calculator.perVolume(20).free()).isTrue();
	}

	@Test
	void refusesNonsense() {
		assertThatThrownBy(() -> calculator.perRequest(-1, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> calculator.perRequest(0, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> calculator.perVolume(Integer.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class);
	}

}
