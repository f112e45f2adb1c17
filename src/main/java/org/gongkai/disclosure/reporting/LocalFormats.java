package org.gongkai.disclosure.reporting;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.casework.Channel;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.decisions.OutcomeGroup;
import org.gongkai.disclosure.proactive.ProactiveItem;

import static org.gongkai.disclosure.decisions.Outcome.*;

/**
 * The two pre-2019 local 统计表 formats of the seeds, rendered from today's records
 * (docs/statute.md#s3.11). Labels are copied from the seeds verbatim (their only source).
 * Channel rows come from the intake channel; today's 21 outcomes are mapped onto the
 * older reply categories as #s3.11 maps them the other way. Tables of these forms that
 * Gongkai keeps no records for (staff, training, reading rooms, 举报, 访问咨询) are not
 * rendered; 行政复议/诉讼 belong to section 四.
 */
final class LocalFormats {

	static final Set<Channel> ONLINE_CHANNELS = EnumSet.of(Channel.ONLINE, Channel.EMAIL);
	static final Set<Channel> IN_PERSON_CHANNELS = EnumSet.of(Channel.IN_PERSON, Channel.ORAL);
	static final Set<Channel> LETTER_CHANNELS = EnumSet.of(Channel.REGISTERED_MAIL, Channel.ORDINARY_LETTER);
	static final Set<Channel> FAX_CHANNELS = EnumSet.of(Channel.FAX);

	/** Every outcome other than 予以公开 and 部分公开: the older forms' 否决公开 / 不同意公开 family. */
	static final Set<Outcome> NOT_DISCLOSED = EnumSet.complementOf(EnumSet.of(DISCLOSED, PARTLY_DISCLOSED));
	static final Set<Outcome> UNCLEAR = EnumSet.of(UNAVAILABLE_STILL_UNCLEAR, OTHER_CORRECTION_LAPSED);

	private LocalFormats() {
	}

	private static Set<Outcome> except(Set<Outcome> all, Set<Outcome> taken) {
		Set<Outcome> rest = EnumSet.copyOf(all);
		rest.removeAll(taken);
		return rest;
	}

	/**
	 * Seed 000: 「2011年吉林市政府信息公开年度报告相关数据统计表」, columns 累计数 and {yy}年发生数. Rendered:
	 * 三、依申请公开情况 and 五、收费和减免情况.
	 */
	static final class Jilin2011 implements ReportFormat {

		static final String NAME = "jilin-2011";
		static final Set<Outcome> OTHER_REASONS = except(NOT_DISCLOSED,
				union(EnumSet.of(UNAVAILABLE_NOT_HELD, WITHHELD_STATE_SECRET), UNCLEAR));

		private record Pair(CaseMeasure toDate, CaseMeasure year) {
		}

		private static Pair channels(String key, Set<Channel> channels) {
			return new Pair(CaseMeasure.receivedThrough(key + "_TO_DATE", channels, true),
					CaseMeasure.receivedThrough(key, channels, false));
		}

		private static Pair closed(String key, Set<Outcome> outcomes) {
			return new Pair(CaseMeasure.closedToDateAs(key + "_TO_DATE", outcomes),
					CaseMeasure.closedAs(key, outcomes));
		}

		private static final List<Object[]> REQUEST_ROWS = List.of(
				new Object[] { "J20", "20.政府信息公开申请数", "申请情况",
						new Pair(CaseMeasure.RECEIVED_TO_DATE, CaseMeasure.RECEIVED) },
				new Object[] { "J20_1", "其中:⑴网上申请数", "申请情况", channels("J_ONLINE", ONLINE_CHANNELS) },
				new Object[] { "J20_2", "⑵当面申请数", "申请情况", channels("J_IN_PERSON", IN_PERSON_CHANNELS) },
				new Object[] { "J20_3", "⑶信函申请数", "申请情况", channels("J_LETTER", LETTER_CHANNELS) },
				new Object[] { "J20_4", "⑷其他形式申请数", "申请情况", channels("J_FAX", FAX_CHANNELS) },
				new Object[] { "J21", "21.对申请的答复数", "申请处理情况",
						new Pair(CaseMeasure.CLOSED_TO_DATE, CaseMeasure.CLOSED) },
				new Object[] { "J21_1", "其中:⑴同意公开答复数", "申请处理情况", closed("J_DISCLOSED", EnumSet.of(DISCLOSED)) },
				new Object[] { "J21_2", "⑵同意部分公开答复数", "申请处理情况", closed("J_PARTLY", EnumSet.of(PARTLY_DISCLOSED)) },
				new Object[] { "J21_3", "⑶否决公开答复数", "申请处理情况", closed("J_REFUSED", NOT_DISCLOSED) },
				new Object[] { "J21_3_1", "其中:①信息不存在数", "申请处理情况",
						closed("J_NOT_HELD", EnumSet.of(UNAVAILABLE_NOT_HELD)) },
				new Object[] { "J21_3_2", "②申请内容不明数", "申请处理情况", closed("J_UNCLEAR", UNCLEAR) },
				new Object[] { "J21_3_3", "③涉密免于公开数", "申请处理情况", closed("J_SECRET", EnumSet.of(WITHHELD_STATE_SECRET)) },
				new Object[] { "J21_3_4", "④其他原因数", "申请处理情况", closed("J_OTHER_REASONS", OTHER_REASONS) });

		@Override
		public String name() {
			return NAME;
		}

		@Override
		public String label() {
			return "2019年前地方统计表（吉林市，如样本000）";
		}

		@Override
		public List<CaseMeasure> caseMeasures() {
			List<CaseMeasure> all = new ArrayList<>();
			for (Object[] r : REQUEST_ROWS) {
				Pair p = (Pair) r[3];
				all.add(p.toDate());
				all.add(p.year());
			}
			return all;
		}

		static List<String> columns(int year) {
			return List.of("累计数", "%02d年发生数".formatted(year % 100));
		}

		@Override
		public List<ReportTable> render(Cells cells) {
			List<String> columns = columns(cells.data().year());
			List<ReportRow> rows = new ArrayList<>();
			for (Object[] r : REQUEST_ROWS) {
				Pair p = (Pair) r[3];
				rows.add(cells.row("三", (String) r[0], (String) r[1], (String) r[2],
						List.of(new CellSource.Cases(p.toDate(), null), new CellSource.Cases(p.year(), null))));
			}
			String title = "三、依申请公开情况";
			ReportTable requests = new ReportTable("三", title, null, columns, rows, List.of());
			requests = new ReportTable("三", title, null, columns, rows,
					List.of(ReportChecks.sumOf(requests, "J20", List.of("J20_1", "J20_2", "J20_3", "J20_4")),
							ReportChecks.sumOf(requests, "J21", List.of("J21_1", "J21_2", "J21_3")),
							ReportChecks.sumOf(requests, "J21_3", List.of("J21_3_1", "J21_3_2", "J21_3_3", "J21_3_4")),
							ReportChecks.noBlanks(requests, cells)));

			CellSource toDate = new CellSource.Fees(FeeStatistics.FeeMeasure.COLLECTED_TO_DATE_YUAN, 0);
			CellSource inYear = new CellSource.Fees(FeeStatistics.FeeMeasure.COLLECTED_YUAN, 0);
			CellSource none = new CellSource.Fixed(0L,
					"《条例》（2019年修订）第四十二条起，依申请提供政府信息除信息处理费外不收费；" + "Gongkai记录的收费只有信息处理费，计入⑴");
			List<ReportRow> feeRows = List.of(cells.row("五", "J24", "24.与信息公开相关的收费金额", "收费", List.of(toDate, inYear)),
					cells.row("五", "J24_1", "其中:⑴依申请提供政府信息收取复印、递送等成本费用数", "收费", List.of(toDate, inYear)),
					cells.row("五", "J24_2", "⑵其他费用金额", "收费", List.of(none, none)));
			String feeTitle = "五、收费和减免情况";
			ReportTable fees = new ReportTable("五", feeTitle, "单位：元", columns, feeRows, List.of());
			fees = new ReportTable("五", feeTitle, "单位：元", columns, feeRows, List
				.of(ReportChecks.sumOf(fees, "J24", List.of("J24_1", "J24_2")), ReportChecks.noBlanks(fees, cells)));
			return List.of(requests, fees);
		}

	}

	/**
	 * Seed 003: 「2012年政府信息公开情况统计表」 (苍南县), one value column 数据统计. Rendered: 一、主动公开数量
	 * (registry), 二、依申请公开数量 (cases) and 七、依申请公开收费情况 (fee records).
	 */
	static final class Cangnan2012 implements ReportFormat {

		static final String NAME = "cangnan-2012";
		static final Set<Outcome> WITHHELD = EnumSet.copyOf(Outcome.in(OutcomeGroup.WITHHELD));
		static final Set<Outcome> UNCLEAR_OR_ELSEWHERE = EnumSet.of(UNAVAILABLE_STILL_UNCLEAR, OTHER_CORRECTION_LAPSED,
				NOT_PROCESSED_PETITION);
		static final Set<Outcome> OTHER_REASONS = except(NOT_DISCLOSED,
				union(WITHHELD, union(EnumSet.of(UNAVAILABLE_NOT_HELD), UNCLEAR_OR_ELSEWHERE)));
		static final String THIRD_PARTY = "现行办理结果「保护第三方合法权益」不区分商业秘密与个人隐私，无法拆分填报";

		static final CaseMeasure IN_PERSON = CaseMeasure.receivedThrough("C_IN_PERSON", IN_PERSON_CHANNELS, false);
		static final CaseMeasure FAX = CaseMeasure.receivedThrough("C_FAX", FAX_CHANNELS, false);
		static final CaseMeasure ONLINE = CaseMeasure.receivedThrough("C_ONLINE", ONLINE_CHANNELS, false);
		static final CaseMeasure LETTER = CaseMeasure.receivedThrough("C_LETTER", LETTER_CHANNELS, false);
		static final CaseMeasure OTHER_CHANNEL = CaseMeasure.receivedThrough("C_OTHER_CHANNEL", Set.of(), false);
		static final CaseMeasure DISCLOSED_M = CaseMeasure.closedAs("C_DISCLOSED", EnumSet.of(DISCLOSED));
		static final CaseMeasure PARTLY_M = CaseMeasure.closedAs("C_PARTLY", EnumSet.of(PARTLY_DISCLOSED));
		static final CaseMeasure WITHHELD_M = CaseMeasure.closedAs("C_WITHHELD", WITHHELD);
		static final CaseMeasure SECRET_M = CaseMeasure.closedAs("C_SECRET", EnumSet.of(WITHHELD_STATE_SECRET));
		static final CaseMeasure SECURITY_M = CaseMeasure.closedAs("C_SECURITY",
				EnumSet.of(WITHHELD_SECURITY_AND_STABILITY));
		static final CaseMeasure NOT_HELD_M = CaseMeasure.closedAs("C_NOT_HELD", EnumSet.of(UNAVAILABLE_NOT_HELD));
		static final CaseMeasure UNCLEAR_M = CaseMeasure.closedAs("C_UNCLEAR", UNCLEAR_OR_ELSEWHERE);
		static final CaseMeasure OTHER_M = CaseMeasure.closedAs("C_OTHER_REASONS", OTHER_REASONS);

		@Override
		public String name() {
			return NAME;
		}

		@Override
		public String label() {
			return "2019年前地方统计表（苍南县，如样本003）";
		}

		@Override
		public List<CaseMeasure> caseMeasures() {
			return List.of(CaseMeasure.RECEIVED, CaseMeasure.CLOSED, CaseMeasure.CLOSED_WITHOUT_EXTENSION,
					CaseMeasure.CLOSED_WITH_EXTENSION, IN_PERSON, FAX, ONLINE, LETTER, OTHER_CHANNEL, DISCLOSED_M,
					PARTLY_M, WITHHELD_M, SECRET_M, SECURITY_M, NOT_HELD_M, UNCLEAR_M, OTHER_M);
		}

		static String title(int year) {
			return year + "年政府信息公开情况统计表";
		}

		private static ReportRow cases(Cells cells, String key, String label, String group, CaseMeasure m) {
			return cells.row("三", key, label, group, List.of(new CellSource.Cases(m, null)));
		}

		@Override
		public List<ReportTable> render(Cells cells) {
			String title = title(cells.data().year());
			List<String> columns = List.of("数据统计");

			List<ReportRow> published = List.of(
					cells.row("二", "C1", "一、主动公开数量", null,
							List.of(new CellSource.Registry(ProactiveItem.PUBLISHED_TOTAL))),
					cells.row("二", "C1_1", "(一)通过政府网站公开数", "一、主动公开数量",
							List.of(new CellSource.Registry(ProactiveItem.PUBLISHED_ONLINE))),
					cells.row("二", "C1_2", "(二)召开新闻发布会次数", "一、主动公开数量",
							List.of(new CellSource.Registry(ProactiveItem.PRESS_CONFERENCES))));
			ReportTable two = new ReportTable("二", title, "计量单位：一、(一) 条；(二) 次", columns, published, List.of());
			two = new ReportTable("二", title, two.note(), columns, published,
					List.of(ReportChecks.partOf(two, "C1", "C1_1"), ReportChecks.noBlanks(two, cells)));

			String ways = "二、依申请公开数量 / (一)依申请方式";
			String accepted = "二、依申请公开数量 / (二)依申请受理数";
			String answered = "二、依申请公开数量 / (三)依申请答复数";
			List<ReportRow> requests = new ArrayList<>(List.of(
					cases(cells, "C2", "二、依申请公开数量", null, CaseMeasure.RECEIVED),
					cases(cells, "C2_1_1", "1、当面申请数", ways, IN_PERSON), cases(cells, "C2_1_2", "2、传真申请数", ways, FAX),
					cases(cells, "C2_1_3", "3、网络申请数", ways, ONLINE), cases(cells, "C2_1_4", "4、信函申请数", ways, LETTER),
					cases(cells, "C2_1_5", "5、其他方式申请数", ways, OTHER_CHANNEL),
					cases(cells, "C2_2", "(二)依申请受理数", "二、依申请公开数量", CaseMeasure.RECEIVED),
					cases(cells, "C2_2_1", "1、未延期办结数", accepted, CaseMeasure.CLOSED_WITHOUT_EXTENSION),
					cases(cells, "C2_2_2", "2、延期办结数", accepted, CaseMeasure.CLOSED_WITH_EXTENSION),
					cases(cells, "C2_3", "(三)依申请答复数", "二、依申请公开数量", CaseMeasure.CLOSED),
					cases(cells, "C2_3_1", "1、同意公开答复数", answered, DISCLOSED_M),
					cases(cells, "C2_3_2", "2、同意部分公开答复数", answered, PARTLY_M),
					cases(cells, "C2_3_3", "3、不同意公开答复数", answered, WITHHELD_M),
					cases(cells, "C2_3_3_1", "其中:涉及国家秘密", answered + " / 3、不同意公开答复数", SECRET_M),
					cells.row("三", "C2_3_3_2", "涉及商业秘密", answered + " / 3、不同意公开答复数",
							List.of(new CellSource.Fixed(null, THIRD_PARTY))),
					cells.row("三", "C2_3_3_3", "涉及个人隐私", answered + " / 3、不同意公开答复数",
							List.of(new CellSource.Fixed(null, THIRD_PARTY))),
					cases(cells, "C2_3_3_4", "危及国家安全、公共安全、经济安全和社会稳定", answered + " / 3、不同意公开答复数", SECURITY_M),
					cases(cells, "C2_3_4", "4、不属于本行政机关公开或申请信息不存在", answered, NOT_HELD_M),
					cases(cells, "C2_3_5", "5、申请内容不明确或转其他途径办理", answered, UNCLEAR_M),
					cases(cells, "C2_3_6", "6、其他原因", answered, OTHER_M)));
			ReportTable three = new ReportTable("三", title, "计量单位：件", columns, requests, List.of());
			three = new ReportTable("三", title, three.note(), columns, requests,
					List.of(ReportChecks.sumOf(three, "C2", List.of("C2_1_1", "C2_1_2", "C2_1_3", "C2_1_4", "C2_1_5")),
							ReportChecks.sumOf(three, "C2_3",
									List.of("C2_3_1", "C2_3_2", "C2_3_3", "C2_3_4", "C2_3_5", "C2_3_6")),
							ReportChecks.partOf(three, "C2_3_3", "C2_3_3_1"),
							ReportChecks.partOf(three, "C2_3_3", "C2_3_3_4"), ReportChecks.noBlanks(three, cells)));

			List<ReportRow> fees = List.of(
					cells.row("六", "C7_1", "1、提供依申请公开信息收取的费用", "七、依申请公开收费情况",
							List.of(new CellSource.Fees(FeeStatistics.FeeMeasure.COLLECTED_YUAN, 4))),
					cells.row("六", "C7_2", "2、依申请公开信息减免的费用", "七、依申请公开收费情况",
							List.of(new CellSource.Fixed(null, "本系统不记录减免（信息处理费没有全国统一的减免类别），须另行填报"))));
			ReportTable six = new ReportTable("六", title, "计量单位：万元", columns, fees, List.of());
			six = new ReportTable("六", title, six.note(), columns, fees, List.of(ReportChecks.noBlanks(six, cells)));
			return List.of(two, three, six);
		}

	}

	static Set<Outcome> union(Set<Outcome> a, Set<Outcome> b) {
		Set<Outcome> u = EnumSet.copyOf(a);
		u.addAll(b);
		return u;
	}

}
