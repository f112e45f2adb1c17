package org.gongkai.disclosure.casework;

import java.util.List;
import java.util.stream.Stream;

import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.decisions.OutcomeGroup;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.Texts;

/**
 * A part withheld from a partly disclosed reply (《条例》第三十七条): what is withheld, on which
 * ground — one of the eight leaves of （三）不予公开, or 「不属于政府信息」 (《条例》第二条,
 * docs/statute.md#mixed-answers) — and why. The case still counts only once, as 部分公开.
 */
public record WithheldPart(String part, Outcome ground, String reason) {

	/** The grounds a part can be withheld on, in the order the form offers them. */
	public static final List<Outcome> GROUNDS = Stream
		.concat(Outcome.in(OutcomeGroup.WITHHELD).stream(), Stream.of(AnswerItem.NOT_GOVERNMENT_INFORMATION))
		.toList();

	public WithheldPart {
		part = Texts.require(part, "不予公开的内容", 500);
		if (ground == null || !GROUNDS.contains(ground)) {
			throw new Refusal("refusal.casework.withheld.ground");
		}
		reason = Texts.require(reason, "不予公开的具体理由", 2000);
	}

	/**
	 * As printed in the reply:
	 * {@code 施工合同附件三（报价明细）：属于第三方商业秘密…（保护第三方合法权益，《条例》第十五条、第三十二条）}.
	 */
	public String printed() {
		if (notGovernmentInformation()) {
			return part + "：" + reason + "（不属于政府信息，《条例》第二条、第三十七条）";
		}
		return part + "：" + reason + "（" + ground.plainLabel() + "，" + ground.legalBasis() + "）";
	}

	/** Whether the part is withheld as not government information (《条例》第二条). */
	public boolean notGovernmentInformation() {
		return ground == AnswerItem.NOT_GOVERNMENT_INFORMATION;
	}
}
