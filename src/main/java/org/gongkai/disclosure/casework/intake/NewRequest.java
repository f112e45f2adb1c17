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
 * identity proof and contact come from the applicant's record. The problems' words are in
 * the bundle {@code i18n/applicant}, in the request's language.
 *
 * @param ownInformation the information concerns the applicant's own affairs (涉及申请人自身):
 * the office verifies the applicant's identity before disclosing it
 * (docs/statute.md#own-information)
 */
public record NewRequest(
		@NotBlank(message = "{my.new.error.agency}") @Pattern(regexp = "[A-Z0-9-]{2,32}",
				message = "{my.new.error.agencyCode}") String agencyCode,
		@NotBlank(message = "{my.new.error.informationSought}") @Size(max = 4000,
				message = "{my.new.error.informationTooLong}") String informationSought,
		@NotNull(message = "{my.new.error.requestedForm}") RequestedForm requestedForm,
		@NotNull(message = "{my.new.error.deliveryMethod}") DeliveryMethod deliveryMethod, Boolean ownInformation) {

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
