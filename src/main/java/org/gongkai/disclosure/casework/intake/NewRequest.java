package org.gongkai.disclosure.casework.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gongkai.disclosure.casework.DeliveryMethod;
import org.gongkai.disclosure.casework.RequestedForm;

/**
 * A request as the applicant files it online (条例 art 29 ¶2): the agency asked, a
 * description of the information sought, the form wanted and how to receive it. Name,
 * identity proof and contact come from the applicant's record.
 *
 * @param ownInformation the information concerns the applicant's own affairs (涉及申请人自身):
 * the office verifies the applicant's identity before disclosing it
 * (docs/statute.md#own-information)
 */
public record NewRequest(
		@NotBlank(message = "请选择受理机关") @Pattern(regexp = "[A-Z0-9-]{2,32}", message = "机关代码格式不正确") String agencyCode,
		@NotBlank(message = "请描述所需政府信息的名称、文号或便于查询的特征") @Size(max = 4000,
				message = "所需信息的描述不得超过4000字") String informationSought,
		@NotNull(message = "请选择信息的提供形式") RequestedForm requestedForm,
		@NotNull(message = "请选择获取信息的方式") DeliveryMethod deliveryMethod, Boolean ownInformation) {

	/** A request that does not concern the applicant's own affairs. */
	public NewRequest(String agencyCode, String informationSought, RequestedForm requestedForm,
			DeliveryMethod deliveryMethod) {
		this(agencyCode, informationSought, requestedForm, deliveryMethod, false);
	}

	/** Whether the applicant said the information concerns their own affairs. */
	public boolean concernsOwnInformation() {
		return Boolean.TRUE.equals(ownInformation);
	}

}
