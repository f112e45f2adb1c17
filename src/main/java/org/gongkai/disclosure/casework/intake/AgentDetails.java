package org.gongkai.disclosure.casework.intake;

import java.util.Locale;

import org.gongkai.disclosure.applicants.IdDocumentType;
import org.gongkai.disclosure.applicants.IdentityNumbers;
import org.gongkai.disclosure.shared.InvalidFields;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.Texts;

/**
 * 委托代理: the person who files for the applicant (docs/statute.md#agent) — name, identity
 * document, phone, their relation to the applicant (e.g. 律师, 近亲属) — and the signed 授权委托书,
 * without which an agent's filing is refused.
 */
public record AgentDetails(String name, IdDocumentType idDocumentType, String idDocumentNumber, String phone,
		String relationship, IntakeFile authorisation) {

	/**
	 * Adds each field's problem to {@code problems}, under the form's field names
	 * ({@code agentName}, {@code agentIdDocumentNumber} …).
	 */
	void check(InvalidFields.Collector problems) {
		problems.check("agentName", () -> Texts.require(name, "代理人姓名", 200))
			.require(idDocumentType != null && !idDocumentType.forOrganisations(), "agentIdDocumentType",
					"refusal.casework.agent.chooseIdDocumentType")
			.check("agentIdDocumentNumber", () -> {
				String number = Texts.require(idDocumentNumber, "代理人身份证件号码", 64).toUpperCase(Locale.ROOT);
				if (idDocumentType == IdDocumentType.RESIDENT_ID_CARD && !IdentityNumbers.isValidResidentId(number)) {
					throw new Refusal("refusal.casework.agent.idNumber");
				}
			})
			.check("agentPhone", () -> {
				if (!Texts.require(phone, "代理人联系电话", 40).matches("[0-9+\\- ]{5,40}")) {
					throw new Refusal("refusal.casework.agent.phone");
				}
			})
			.check("agentRelationship", () -> Texts.optional(relationship, "代理人与申请人的关系", 200))
			.require(IntakeFile.given(authorisation), "agentAuthorisation", "refusal.casework.agent.authorisation");
	}

}
