package org.gongkai.disclosure.imports;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.disclosure.appeals.AppealResult;
import org.gongkai.disclosure.appeals.history.HistoricAppeals.LedgerKind;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.Channel;
import org.gongkai.disclosure.casework.history.HistoricCases.RowProblem;
import org.gongkai.disclosure.decisions.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The words offices write (docs/ledger-synonyms.md), read as the format's labels and
 * shown back; the 2019 format's 其他处理; one message per cell.
 */
class LedgerSynonymsTest {

	@ParameterizedTest
	@CsvSource({ "法人或其他组织, OTHER_ORGANISATION", "企业, COMMERCIAL_ENTERPRISE", "公司, COMMERCIAL_ENTERPRISE",
			"社会组织, PUBLIC_INTEREST_ORGANISATION", "律师事务所, LEGAL_SERVICE_INSTITUTION", "公民, NATURAL_PERSON",
			"自然人, NATURAL_PERSON", "企 业, COMMERCIAL_ENTERPRISE", "其他, OTHER_ORGANISATION" })
	void applicantWords(String written, ApplicantCategory expected) {
		assertThat(LedgerSynonyms.applicant(written)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "信件, REGISTERED_MAIL", "微信, ONLINE", "传真, FAX", "网站, ONLINE", "当面提交, IN_PERSON",
			"EMS, REGISTERED_MAIL", "电话, ORAL", "平信, ORDINARY_LETTER", "互联网（在线申请）, ONLINE", "互联网(在线申请), ONLINE" })
	void channelWords(String written, Channel expected) {
		assertThat(LedgerSynonyms.channel(written)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "同意公开, DISCLOSED", "予以公开, DISCLOSED", "（一）予以公开, DISCLOSED", "(一)予以公开, DISCLOSED",
			"部分同意公开, PARTLY_DISCLOSED", "信息不存在, UNAVAILABLE_NOT_HELD", "4.保护第三方合法权益, WITHHELD_THIRD_PARTY_RIGHTS",
			"信访, NOT_PROCESSED_PETITION", "逾期不补正, OTHER_CORRECTION_LAPSED" })
	void outcomeWords(String written, Outcome expected) {
		assertThat(RequestLedger.outcome(written, LocalDate.of(2023, 5, 1))).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "行政诉讼, DIRECT_SUIT", "诉讼, DIRECT_SUIT", "复议, REVIEW", "行政复议, REVIEW", "经复议后起诉, SUIT_AFTER_REVIEW",
			"复议后起诉, SUIT_AFTER_REVIEW" })
	void appealKindWords(String written, LedgerKind expected) {
		assertThat(LedgerSynonyms.appealKind(written)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "驳回, UPHELD", "维持, UPHELD", "判决驳回诉讼请求, UPHELD", "撤销, CORRECTED", "确认违法, CORRECTED",
			"撤销并责令重新作出, CORRECTED", "驳回起诉, OTHER", "撤诉, OTHER", "不予受理, OTHER", "结果纠正, CORRECTED" })
	void appealResultWords(String written, AppealResult expected) {
		assertThat(LedgerSynonyms.appealResult(written)).isEqualTo(expected);
	}

	@Test
	void unknownWordsAreNotGuessed() {
		assertThat(LedgerSynonyms.applicant("个体户")).isNull();
		assertThat(LedgerSynonyms.channel("飞鸽传书")).isNull();
		assertThat(LedgerSynonyms.appealKind("行政申诉")).isNull();
		assertThat(LedgerSynonyms.appealResult("不了了之")).isNull();
	}

	/**
	 * The 2019 format (国办公开办函〔2019〕60号, the 2019 and 2020 reports) has one row （六）其他处理;
	 * from 2021 it is three rows, and a ledger of then must say which.
	 */
	@Test
	void otherHandlingAloneIsTheRowOfTheFormatsBefore2021() {
		assertThat(RequestLedger.outcome("其他处理", LocalDate.of(2020, 12, 31))).isEqualTo(Outcome.OTHER_OTHER);
		assertThat(RequestLedger.outcome("（六）其他处理", LocalDate.of(2019, 4, 1))).isEqualTo(Outcome.OTHER_OTHER);
		assertThatIllegalArgumentException().isThrownBy(() -> RequestLedger.outcome("其他处理", LocalDate.of(2021, 1, 4)))
			.withMessageContaining("是类别")
			.withMessageContaining("申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请、其他")
			.withMessageContaining("2021年以前办结的可只写“其他处理”");
		assertThatIllegalArgumentException().isThrownBy(() -> RequestLedger.outcome("不予公开", LocalDate.of(2020, 1, 4)))
			.withMessageContaining("是类别")
			.withMessageContaining("属于国家秘密、");
	}

	@Test
	void aLedgerRowIsReadWithOneProblemPerCellAndItsWordsShownBack() {
		RequestLedger.Parsed parsed = RequestLedger
			.parse(List.of(row(2, "X-1", "企业", "2020/3/2", "信件", "2020年3月20日", "同意公开"),
					row(3, "X-2", "企业", "2020/2/30", "微信", "2020-13-01", "其他处理"),
					row(4, "X-3", "个体户", "2020.3.2", "飞鸽传书", "", "")));
		assertThat(parsed.cases().get(0).category()).isEqualTo(ApplicantCategory.COMMERCIAL_ENTERPRISE);
		assertThat(parsed.cases().get(0).receivedOn()).isEqualTo(LocalDate.of(2020, 3, 2));
		assertThat(parsed.cases().get(0).closedOn()).isEqualTo(LocalDate.of(2020, 3, 20));
		assertThat(parsed.cases().get(0).outcome()).isEqualTo(Outcome.DISCLOSED);
		assertThat(parsed.problems()).extracting(p -> p.line() + ":" + p.column())
			.containsExactly("3:received_on", "3:closed_on", "4:applicant_type", "4:channel");
		assertThat(parsed.mappings()).contains(new ImportJob.Mapping("申请人类型", "企业", "商业企业", 2),
				new ImportJob.Mapping("申请渠道", "信件", "邮寄（需签收）", 1), new ImportJob.Mapping("办理结果", "同意公开", "予以公开", 1));
	}

	@Test
	void aCellUnreadableIsNotAlsoMissing() {
		List<RowProblem> problems = List.of(new RowProblem(3, "received_on", "收到申请日期“2020/2/30”不是有效日期"),
				new RowProblem(2, "reference", "编号 X 与第1行重复"),
				new RowProblem(3, "received_on", "缺少收到申请日期（received_on）"),
				new RowProblem(3, "closed_on", "未办结（无办结日期）的申请不得填写办理结果"), new RowProblem(0, "文件只有标题行"),
				new RowProblem(0, "另一处整份文件的问题"));
		assertThat(LedgerImports.onePerCell(problems)).extracting(RowProblem::reason)
			.containsExactly("文件只有标题行", "另一处整份文件的问题", "编号 X 与第1行重复", "收到申请日期“2020/2/30”不是有效日期",
					"未办结（无办结日期）的申请不得填写办理结果");
	}

	private static LedgerFile.Row row(int line, String reference, String type, String received, String channel,
			String closed, String outcome) {
		Map<String, String> cells = new LinkedHashMap<>();
		cells.put("reference", reference);
		cells.put("applicant_type", type);
		cells.put("received_on", received);
		cells.put("channel", channel);
		cells.put("closed_on", closed);
		cells.put("outcome", outcome);
		return new LedgerFile.Row(line, cells);
	}

}
