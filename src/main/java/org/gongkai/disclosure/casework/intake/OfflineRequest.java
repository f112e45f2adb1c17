package org.gongkai.disclosure.casework.intake;

import java.time.LocalDate;

import org.gongkai.disclosure.applicants.ApplicantDetails;
import org.gongkai.disclosure.casework.Channel;
import org.gongkai.disclosure.casework.DeliveryMethod;
import org.gongkai.disclosure.casework.RequestedForm;

/**
 * A request that reached the office on paper, by post, fax, e-mail or orally, as the
 * registrar records it. {@code receivedOn} is the day signed for (registered post) or
 * confirmed with the applicant (ordinary letter, fax, e-mail); for in-person and oral
 * requests it is the day of submission and may be left empty.
 */
public record OfflineRequest(Channel channel, LocalDate submittedOn, LocalDate receivedOn, ApplicantDetails applicant,
		String informationSought, RequestedForm requestedForm, DeliveryMethod deliveryMethod) {
}
