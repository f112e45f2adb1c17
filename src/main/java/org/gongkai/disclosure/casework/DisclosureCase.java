package org.gongkai.disclosure.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.decisions.Outcome;

/**
 * One request as one counted case. {@code receivedOn} is day 0 of the statutory clock (条例 art 31);
 * {@code applicantCategory} is the report column, fixed at filing. State changes go through the guarded methods
 * below and are persisted by {@link Cases}.
 */
public record DisclosureCase(CaseId id, String reference, UUID agencyId, UUID applicantId,
                             ApplicantCategory applicantCategory, Channel channel, Instant submittedAt,
                             LocalDate receivedOn, String informationSought, RequestedForm requestedForm,
                             DeliveryMethod deliveryMethod, CaseStatus status, Outcome outcome, String replyText,
                             LocalDate decidedOn, LocalDate closedOn) {

    /** Records the statutory outcome; the case counts as closed (办理结果) on {@code on}. */
    public DisclosureCase decide(Outcome decided, String reply, LocalDate on) {
        if (status != CaseStatus.IN_PROGRESS) {
            throw new IllegalStateException("案件已作出决定，不能再次决定");
        }
        if (on.isBefore(receivedOn)) {
            throw new IllegalArgumentException("决定日期不得早于收到申请之日");
        }
        return new DisclosureCase(id, reference, agencyId, applicantId, applicantCategory, channel, submittedAt,
                receivedOn, informationSought, requestedForm, deliveryMethod, CaseStatus.DECIDED, decided, reply, on,
                on);
    }

    /** The reply document has been issued to the applicant. */
    public DisclosureCase answered() {
        if (status != CaseStatus.DECIDED) {
            throw new IllegalStateException("案件尚未作出决定，不能出具答复");
        }
        return new DisclosureCase(id, reference, agencyId, applicantId, applicantCategory, channel, submittedAt,
                receivedOn, informationSought, requestedForm, deliveryMethod, CaseStatus.ANSWERED, outcome, replyText,
                decidedOn, closedOn);
    }

    public boolean belongsTo(UUID applicant) {
        return applicantId.equals(applicant);
    }
}
