package org.gongkai.disclosure.casework;

import java.time.LocalDate;

import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.Texts;

/**
 * Which of the two answers behind the report row （四）1 本机关不掌握相关政府信息 a reply gives
 * (docs/statute.md#not-held): the information does not exist after a search
 * (《条例》第三十六条第（四）项) — then the search record is required: where and how the office
 * searched, by whom, when — or it is not this agency's to disclose (第三十六条第（五）项), where
 * known naming the agency that holds it (kept with the case's referral).
 *
 * @param kind which answer
 * @param searchedWhere the records, systems and archives searched, e.g.
 * {@code 本局公文管理系统、档案室2019—2025年文书档案}
 * @param searchedHow how: the search terms, indexes, people asked
 * @param searchedBy who searched
 * @param searchedOn when
 */
public record NotHeldAnswer(Kind kind, String searchedWhere, String searchedHow, String searchedBy,
		LocalDate searchedOn) {

	public NotHeldAnswer {
		if (kind == null) {
			throw new Refusal("refusal.casework.notHeld.choose");
		}
		searchedWhere = Texts.optional(searchedWhere, "检索范围", 500);
		searchedHow = Texts.optional(searchedHow, "检索方式", 500);
		searchedBy = Texts.optional(searchedBy, "检索人", 200);
		if (kind == Kind.DOES_NOT_EXIST
				&& (searchedWhere == null || searchedHow == null || searchedBy == null || searchedOn == null)) {
			throw new Refusal("refusal.casework.notHeld.searchRecord");
		}
	}

	/** An answer that the information is held by another agency (第三十六条第（五）项). */
	public static NotHeldAnswer elsewhere() {
		return new NotHeldAnswer(Kind.NOT_THIS_AGENCY, null, null, null, null);
	}

	/** Whether a search was recorded. */
	public boolean searched() {
		return searchedOn != null;
	}

	/**
	 * The search record as printed in the reply and in the case's record, e.g.
	 * {@code 2025年3月10日，李四在本局公文管理系统中以“采砂许可”为关键词检索}.
	 */
	public String searchRecord() {
		return searchedOn.getYear() + "年" + searchedOn.getMonthValue() + "月" + searchedOn.getDayOfMonth() + "日，"
				+ searchedBy + "检索了" + searchedWhere + "，检索方式：" + searchedHow;
	}

	/** The two answers behind （四）1. */
	public enum Kind {

		DOES_NOT_EXIST("经检索，该政府信息不存在", "《条例》第三十六条第（四）项"), NOT_THIS_AGENCY("不属于本机关负责公开", "《条例》第三十六条第（五）项");

		private final String label;

		private final String legalBasis;

		Kind(String label, String legalBasis) {
			this.label = label;
			this.legalBasis = legalBasis;
		}

		public String label() {
			return label;
		}

		public String legalBasis() {
			return legalBasis;
		}

	}

}
