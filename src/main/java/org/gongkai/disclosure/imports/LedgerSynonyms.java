package org.gongkai.disclosure.imports;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.gongkai.disclosure.appeals.AppealResult;
import org.gongkai.disclosure.appeals.DecisionType;
import org.gongkai.disclosure.appeals.history.HistoricAppeals.LedgerKind;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.Channel;
import org.gongkai.disclosure.decisions.Outcome;

/**
 * The words offices write in their ledgers for the columns that have a fixed list, each
 * mapped to the canonical label of the report format: the applicant column, the channel,
 * the outcome (section 三), and for appeals the kind and the result (section 四). The table
 * is documented, word for word, in {@code docs/ledger-synonyms.md}; a cell is looked up
 * after {@link #key} (spaces and full-width forms folded), so {@code 企 业} and {@code 企业}
 * are the same word. The import shows each mapping back with the canonical label and how
 * many rows used it, so an office sees how its words were read.
 */
final class LedgerSynonyms {

	private static final Map<String, ApplicantCategory> APPLICANTS = new HashMap<>();

	private static final Map<String, Channel> CHANNELS = new HashMap<>();

	private static final Map<String, Outcome> OUTCOMES = new HashMap<>();

	private static final Map<String, LedgerKind> APPEAL_KINDS = new HashMap<>();

	private static final Map<String, AppealResult> APPEAL_RESULTS = new HashMap<>();

	static {
		for (ApplicantCategory c : ApplicantCategory.values()) {
			put(APPLICANTS, c, c.name(), c.label());
		}
		put(APPLICANTS, ApplicantCategory.NATURAL_PERSON, "公民", "个人", "群众", "居民", "农民");
		put(APPLICANTS, ApplicantCategory.COMMERCIAL_ENTERPRISE, "企业", "公司", "商业企业法人", "企业法人", "个体工商户");
		put(APPLICANTS, ApplicantCategory.RESEARCH_INSTITUTION, "科研院所", "科研单位", "高校", "高等院校", "大学");
		put(APPLICANTS, ApplicantCategory.PUBLIC_INTEREST_ORGANISATION, "社会组织", "社会团体", "公益组织", "社会公益机构", "基金会",
				"民办非企业单位");
		put(APPLICANTS, ApplicantCategory.LEGAL_SERVICE_INSTITUTION, "律师事务所", "律所", "律师", "法律服务所", "基层法律服务所");
		// a ledger that only says 法人或其他组织 does not say which kind: the format's catch-all
		// organisation column 其他 (docs/ledger-synonyms.md)
		put(APPLICANTS, ApplicantCategory.OTHER_ORGANISATION, "法人或其他组织", "法人或者其他组织", "法人", "其他组织", "其他单位", "单位", "事业单位",
				"机关");

		for (Channel c : Channel.values()) {
			put(CHANNELS, c, c.name(), c.label());
		}
		put(CHANNELS, Channel.ONLINE, "网上申请", "在线申请", "互联网", "网络", "网络申请", "网上", "在线", "政府网站", "门户网站", "网站", "网站申请",
				"互联网申请", "依申请公开系统", "微信", "微信公众号", "小程序", "政务服务网", "政务app", "app", "信箱", "政府信箱", "网上信箱");
		put(CHANNELS, Channel.IN_PERSON, "当面", "当面申请", "当面提出", "现场", "现场申请", "窗口", "窗口申请", "来访", "面交");
		put(CHANNELS, Channel.REGISTERED_MAIL, "邮寄", "邮寄申请", "信函", "信函申请", "信件", "来信", "挂号信", "ems", "快递", "邮政",
				"邮政快递");
		put(CHANNELS, Channel.ORDINARY_LETTER, "平信", "平常信件", "普通信函", "普通信件");
		put(CHANNELS, Channel.FAX, "传真申请");
		put(CHANNELS, Channel.EMAIL, "电子邮件申请", "邮件", "email", "e-mail", "电邮", "邮箱");
		put(CHANNELS, Channel.ORAL, "口头", "口头申请", "口头提出", "电话", "电话申请");

		for (Outcome o : Outcome.values()) {
			put(OUTCOMES, o, o.name(), o.plainLabel(), o.rowLabel());
		}
		put(OUTCOMES, Outcome.DISCLOSED, "同意公开", "公开", "全部公开", "已公开", "予以提供", "提供");
		put(OUTCOMES, Outcome.PARTLY_DISCLOSED, "部分同意公开", "同意部分公开", "部分提供");
		put(OUTCOMES, Outcome.UNAVAILABLE_NOT_HELD, "信息不存在", "政府信息不存在", "不掌握", "本机关不掌握", "非本机关信息", "不属于本机关公开",
				"不属于本机关职责");
		put(OUTCOMES, Outcome.UNAVAILABLE_NEEDS_CREATION, "需要另行制作", "需另行制作");
		put(OUTCOMES, Outcome.NOT_PROCESSED_PETITION, "信访", "信访事项", "信访举报投诉");
		put(OUTCOMES, Outcome.NOT_PROCESSED_PUBLICATIONS, "公开出版物");
		put(OUTCOMES, Outcome.OTHER_CORRECTION_LAPSED, "逾期不补正", "逾期未补正", "未补正");
		put(OUTCOMES, Outcome.OTHER_FEE_UNPAID, "逾期未缴费", "未缴纳费用");

		for (LedgerKind k : LedgerKind.values()) {
			put(APPEAL_KINDS, k, k.name(), k.label());
		}
		put(APPEAL_KINDS, LedgerKind.REVIEW, "复议", "申请复议", "申请行政复议");
		// a ledger that writes only 行政诉讼 does not say the suit followed a 复议; one that
		// did is written 复议后起诉 (docs/ledger-synonyms.md)
		put(APPEAL_KINDS, LedgerKind.DIRECT_SUIT, "行政诉讼", "诉讼", "起诉", "行政起诉", "直接起诉", "未经复议起诉");
		put(APPEAL_KINDS, LedgerKind.SUIT_AFTER_REVIEW, "复议后诉讼", "经复议后起诉", "经复议起诉", "复议后行政诉讼");

		for (AppealResult r : AppealResult.values()) {
			put(APPEAL_RESULTS, r, r.name(), r.label());
		}
		put(APPEAL_RESULTS, AppealResult.UPHELD, "维持");
		put(APPEAL_RESULTS, AppealResult.CORRECTED, "纠正");
		put(APPEAL_RESULTS, AppealResult.OTHER, "其他");
		// the decision and judgment types by their own labels, with their default
		// category
		// (docs/statute.md's mapping), then the short words ledgers use
		// (发回重审 has none: a ledger row so marked is still pending)
		for (DecisionType d : DecisionType.values()) {
			if (d.hasOwnResult()) {
				put(APPEAL_RESULTS, d.defaultResult(), d.label());
			}
		}
		// 驳回 alone is 驳回复议请求 / 驳回诉讼请求 (on the merits: 维持); a procedural dismissal is
		// written 驳回申请 or 驳回起诉
		put(APPEAL_RESULTS, AppealResult.UPHELD, "驳回", "驳回复议申请人请求", "驳回诉讼请求", "驳回原告诉讼请求", "驳回原告的诉讼请求", "驳回上诉", "维持原判",
				"驳回上诉维持原判", "维持原具体行政行为");
		put(APPEAL_RESULTS, AppealResult.CORRECTED, "撤销", "部分撤销", "撤销重作", "责令重新答复", "责令履行", "判决履行", "确认违法", "确认无效",
				"变更", "改判");
		put(APPEAL_RESULTS, AppealResult.OTHER, "驳回起诉", "驳回申请", "不予受理", "不予立案", "撤诉", "准予撤诉", "撤回", "申请人撤回", "终止",
				"终止审理", "终结", "调解", "和解");
	}

	private LedgerSynonyms() {
	}

	@SafeVarargs
	private static <T> void put(Map<String, T> table, T value, String... words) {
		for (String w : words) {
			T earlier = table.put(key(w), value);
			if (earlier != null && earlier != value) {
				throw new IllegalStateException("「" + w + "」 maps to both " + earlier + " and " + value);
			}
		}
	}

	/**
	 * The form a cell is looked up in: no spaces, full-width letters, digits and brackets
	 * as ASCII, lower case.
	 */
	static String key(String text) {
		StringBuilder b = new StringBuilder(text.length());
		text.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u3000').map(c -> {
			if (c >= '！' && c <= '～') {
				return c - '！' + '!';
			}
			return c;
		}).forEach(b::appendCodePoint);
		return b.toString().toLowerCase(Locale.ROOT);
	}

	static ApplicantCategory applicant(String text) {
		return APPLICANTS.get(key(text));
	}

	static Channel channel(String text) {
		return CHANNELS.get(key(text));
	}

	/** An outcome by its label or a synonym; null if neither. */
	static Outcome outcome(String text) {
		return OUTCOMES.get(key(text));
	}

	static LedgerKind appealKind(String text) {
		return APPEAL_KINDS.get(key(text));
	}

	static AppealResult appealResult(String text) {
		return APPEAL_RESULTS.get(key(text));
	}

	/** The ledger's word for an appeal result: 维持 / 纠正 / 其他. */
	static String ledgerWord(AppealResult result) {
		return switch (result) {
			case UPHELD -> "维持";
			case CORRECTED -> "纠正";
			case OTHER -> "其他";
		};
	}

}
