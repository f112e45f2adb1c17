package org.gongkai.disclosure.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * Letters as the casework module would fill them. The legal basis and remedy notice are
 * printed after the body, so a letter that has them does not end its body with a closing
 * formula (特此告知).
 */
final class SampleLetters {

	static final String AGENCY = "示范县人民政府办公室";
	static final String REFERENCE = "GK-2026-00001";
	static final String DATE = "2026年3月20日";

	private SampleLetters() {
	}

	/** The label the templates print before {@link Letter#legalBasis()}. */
	static String basisLabel(LetterKind kind) {
		return kind == LetterKind.FEE_NOTICE ? "收费依据：" : "法律依据：";
	}

	/**
	 * The same letter without its legal basis and remedy notice (allowed for a notice,
	 * not for a decision).
	 */
	static Letter withoutBasisOrRemedy(Letter letter) {
		return new Letter(letter.kind(), letter.agencyName(), letter.documentNumber(), letter.addressee(),
				letter.reference(), letter.date(), letter.paragraphs(), null, null);
	}

	static Letter of(LetterKind kind) {
		return switch (kind) {
			case RECEIPT ->
				new Letter(kind, AGENCY, "示范县政府办〔2026〕公开回执第00001号", "张三", REFERENCE, LocalDate.of(2026, 3, 20), List.of(
						"本机关于2026年3月20日收到您通过互联网提交的政府信息公开申请，申请获取“2025年本县财政预算执行情况报告”。",
						"根据《中华人民共和国政府信息公开条例》第三十三条的规定，本机关将自收到申请之日起20个工作日内予以答复；" + "需要延长答复期限的，将另行书面告知，延长的期限最长不超过20个工作日。",
						"特此回执。"), null, null);
			case REPLY -> new Letter(kind, AGENCY, "示范县政府办〔2026〕公开答复第00001号", "张三", REFERENCE,
					LocalDate.of(2026, 3, 20),
					List.of("本机关于2026年3月2日收到您提出的政府信息公开申请，申请获取“2025年本县财政预算执行情况报告”。经审查，现答复如下：",
							"您申请获取的政府信息属于本机关公开的范围，现予以公开。该信息已通过政府信息公开平台以电子文档形式向您提供，请查收。"),
					"《中华人民共和国政府信息公开条例》第三十六条第（二）项",
					new LetterWording().remedyNotice(LetterWording.Remedy.STANDARD, "示范县人民政府", "示范县人民法院"));
			// a notice with its legal basis, no remedy notice
			case CORRECTION_NOTICE ->
				new Letter(kind, AGENCY, "示范县政府办〔2026〕公开补正第00001号", "张三", REFERENCE, LocalDate.of(2026, 3, 20),
						List.of("本机关于2026年3月2日收到您提出的政府信息公开申请。经审查，您的申请内容不明确，" + "请您对下列事项作出补正：",
								"一、所需政府信息的名称、文号或者便于本机关查询的其他特征性描述：您申请获取“本县所有项目的资料”，" + "未能指向具体的政府信息，请写明项目名称或者文件名称、文号；",
								"二、申请人的身份证明：请提供有效身份证件的复印件。",
								"请您自收到本告知书之日起15个工作日内，通过政府信息公开平台或者以书面方式提交补正材料。" + "答复期限自本机关收到补正的申请之日起计算。",
								"逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。"),
						"《中华人民共和国政府信息公开条例》第三十条", null);
			case EXTENSION_NOTICE ->
				new Letter(kind, AGENCY, "示范县政府办〔2026〕公开延期第00001号", "张三", REFERENCE, LocalDate.of(2026, 3, 20),
						List.of("本机关于2026年3月2日收到您提出的政府信息公开申请，申请获取“2025年本县财政预算执行情况报告”。",
								"因所申请的政府信息内容较多，需要调取、整理的档案材料数量较大，本机关不能在收到申请之日起"
										+ "20个工作日内作出答复。经本机关政府信息公开工作机构负责人同意，答复期限延长20个工作日，" + "本机关将于2026年4月28日前作出答复。"),
						"《中华人民共和国政府信息公开条例》第三十三条第二款", null);
			// addressed to the third party, not the applicant; neither legal basis nor
			// remedy notice
			case CONSULTATION_LETTER -> new Letter(kind, AGENCY, "示范县政府办〔2026〕公开征询第00001号", "示范县恒通建设工程有限公司", REFERENCE,
					LocalDate.of(2026, 3, 20),
					List.of("本机关于2026年3月2日收到申请人提出的政府信息公开申请，申请获取“示范县城区道路改造工程施工合同”。"
							+ "该政府信息中“合同价款明细及报价构成”部分可能涉及贵单位的商业秘密，公开后可能损害贵单位的合法权益。",
							"根据《中华人民共和国政府信息公开条例》第三十二条的规定，现书面征求贵单位意见。请贵单位自收到"
									+ "本征求意见书之日起15个工作日内，以书面形式提出是否同意公开的意见；不同意公开的，请说明理由。",
							"贵单位逾期未提出意见的，由本机关依照该条例的规定决定是否公开。贵单位不同意公开且有合理理由的，"
									+ "本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，" + "并将决定公开的政府信息内容和理由书面告知贵单位。",
							"联系人：李四，联系电话：0000-12345678。", "特此函询。"),
					null, null);
			case EXPLANATION_REQUEST ->
				new Letter(kind, AGENCY, "示范县政府办〔2026〕公开说明第00001号", "张三", REFERENCE, LocalDate.of(2026, 3, 20),
						List.of("您于2026年3月2日提出的政府信息公开申请收悉。您本月已向本机关提出政府信息公开申请42件，"
								+ "数量、频次明显超过合理范围。根据《中华人民共和国政府信息公开条例》第三十五条，请说明理由：", "申请上述信息的用途，以及同类申请是否可以合并。",
								"请于2026年4月10日前提交说明。说明理由期间不计入答复期限。"),
						"《中华人民共和国政府信息公开条例》第三十五条", null);
			// addressed to the third party; a decision against it, so basis and remedy
			// are required
			case THIRD_PARTY_NOTICE -> new Letter(kind, AGENCY, "示范县政府办〔2026〕公开告知第00001号", "示范县恒通建设工程有限公司", REFERENCE,
					LocalDate.of(2026, 4, 20),
					List.of("本机关于2026年3月20日就政府信息公开申请书面征求贵单位意见，贵单位不同意公开，理由是涉及商业秘密。",
							"经审查，本机关认为不公开可能对公共利益造成重大影响，决定予以公开。决定公开的政府信息内容：" + "示范县城区道路改造工程施工合同的合同价款总额。",
							"决定公开的理由：该工程使用财政资金，合同价款总额关系公共利益。"),
					"《中华人民共和国政府信息公开条例》第三十二条",
					"如对本决定不服，可以自收到本告知书之日起60日内向示范县人民政府申请行政复议，" + "或者自收到本告知书之日起6个月内向示范县人民法院提起行政诉讼。");
			// a notice with both
			case FEE_NOTICE ->
				new Letter(kind, AGENCY, "示范县政府办〔2026〕公开收费第00001号", "张三", REFERENCE, LocalDate.of(2026, 3, 20),
						List.of("本机关于2026年3月2日收到您提出的政府信息公开申请。您本月已向本机关提出政府信息公开申请15件，" + "本申请需缴纳信息处理费，现通知如下：",
								"收费标准：按件计收。同一申请人一个自然月内累计申请10件以下（含10件）的，不收费；" + "11—30件（含30件）的部分，每件收费100元。",
								"收费数额：人民币100元（壹佰元整）。", "缴费方式：通过政府信息公开平台在线缴纳，或者持本通知书到示范县政务服务中心非税收入缴款窗口缴纳。",
								"请您自收到本通知书次日起20个工作日内缴纳费用。逾期未缴纳的，视为放弃申请。"),
						"《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）",
						"如对本收费通知不服，可以自收到本通知书之日起60日内向示范县人民政府申请行政复议，" + "或者自收到本通知书之日起6个月内向示范县人民法院提起行政诉讼。");
			// appeals: addressed to the 复议机关 or the court
			case APPEAL_ANSWER -> new Letter(kind, AGENCY, "示范县政府办〔2026〕应诉第00001号", "示范县人民政府", REFERENCE,
					LocalDate.of(2026, 3, 20),
					List.of("申请人张三不服本机关于2026年3月20日作出的政府信息公开申请答复，向你机关申请行政复议。现答复如下：",
							"本机关于2026年3月2日收到申请人的政府信息公开申请，经检索，本机关不掌握该政府信息，依法告知申请人。", "本机关的答复认定事实清楚，适用依据正确，程序合法，请予维持。"),
					"《中华人民共和国行政复议法》第四十八条", null);
			case LITIGATION_DEFENCE ->
				new Letter(kind, AGENCY, "示范县政府办〔2026〕应诉第00002号", "示范县人民法院", REFERENCE, LocalDate.of(2026, 3, 20),
						List.of("原告张三诉本机关政府信息公开一案，现提出答辩如下：", "本机关的答复认定事实清楚，适用依据正确，程序合法，请求驳回原告的诉讼请求。"),
						"《中华人民共和国行政诉讼法》第六十七条", null);
			case EVIDENCE_LIST ->
				new Letter(kind, AGENCY, "示范县政府办〔2026〕应诉第00003号", "示范县人民政府", REFERENCE, LocalDate.of(2026, 3, 20),
						List.of("1. 政府信息公开申请（2026年3月2日收到），证明申请的内容和收到日期。", "2. 政府信息公开申请答复书（2026年3月20日），证明本机关依法作出答复。"),
						null, null);
		};
	}

}
