package org.gongkai.disclosure.casework.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.OutcomeNotEarnedException;
import org.gongkai.disclosure.casework.intake.ApplicantInformation;
import org.gongkai.disclosure.casework.stops.CaseCorrections;
import org.gongkai.disclosure.casework.stops.CaseExplanations;
import org.gongkai.disclosure.casework.stops.CaseFees;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.decisions.OutcomeGroup;
import org.gongkai.disclosure.shared.Refusal;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place that says whether a case has earned an outcome: five outcomes rest on a
 * fact the law requires before them, and without it on the record the outcome is refused
 * with the reason (docs/statute.md#outcome-preconditions). Every other outcome is the
 * officer's judgment on the information, checked by legal review.
 * <ul>
 * <li>（六）1 逾期不补正 — a 补正 notice whose period passed without a correction (《条例》第三十条);</li>
 * <li>（六）2 逾期未缴费 — a fee notice whose payment window passed unpaid (《条例》第四十二条);</li>
 * <li>（四）3 补正后申请内容仍不明确 — a 补正 the applicant answered (《条例》第三十条);</li>
 * <li>（五）4 无正当理由大量反复申请 — the applicant was asked for reasons (《条例》第三十五条);</li>
 * <li>（五）2 重复申请 — an earlier request of the same applicant for the same information,
 * already answered by this agency, linked to the case (《条例》第三十六条第（六）项).</li>
 * </ul>
 * And an answer that discloses information about the applicant's own affairs needs the
 * applicant's identity verified first (docs/statute.md#own-information).
 */
@Component
class OutcomePreconditions {

	private final CaseCorrections corrections;

	private final CaseFees fees;

	private final CaseExplanations explanations;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicantInformation applicantInformation;

	OutcomePreconditions(CaseCorrections corrections, CaseFees fees, CaseExplanations explanations, JdbcClient jdbc,
			Clock clock, ApplicantInformation applicantInformation) {
		this.applicantInformation = applicantInformation;
		this.corrections = corrections;
		this.fees = fees;
		this.explanations = explanations;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Refuses {@code outcome} for {@code c} if its precondition is missing.
	 * @throws OutcomeNotEarnedException with the missing precondition
	 */
	void require(DisclosureCase c, Outcome outcome) {
		missing(c, outcome).ifPresent(reason -> {
			throw new OutcomeNotEarnedException(outcome, reason);
		});
	}

	/** What is missing for {@code outcome}, or empty if the case has earned it. */
	Optional<MessageSourceResolvable> missing(DisclosureCase c, Outcome outcome) {
		if (outcome.discloses()) {
			Optional<MessageSourceResolvable> unverified = applicantInformation.disclosureWithheldUntilVerified(c.id());
			if (unverified.isPresent()) {
				return unverified;
			}
		}
		LocalDate today = ReplyDeadlines.today(clock);
		return switch (outcome) {
			case OTHER_CORRECTION_LAPSED -> correctionLapsed(c, today);
			case UNAVAILABLE_STILL_UNCLEAR -> correctionAnswered(c);
			case OTHER_FEE_UNPAID -> feeLapsed(c, today);
			case NOT_PROCESSED_EXCESSIVE -> explanations.of(c.id()).isPresent() ? Optional.empty()
					: Optional.of(Refusal.text("refusal.casework.outcome.noExplanationAsked"));
			case NOT_PROCESSED_REPEATED -> earlierAnswerLinked(c) ? Optional.empty()
					: Optional.of(Refusal.text("refusal.casework.outcome.noEarlierAnswer"));
			default -> Optional.empty();
		};
	}

	private Optional<MessageSourceResolvable> correctionLapsed(DisclosureCase c, LocalDate today) {
		return corrections.of(c.id()).map(correction -> {
			if (correction.answeredOn() != null) {
				return Optional.of(Refusal.text("refusal.casework.outcome.corrected", correction.answeredOn()));
			}
			if (!correction.lapsed() && correction.dueOn() == null) {
				return Optional.of(Refusal.text("refusal.casework.outcome.correctionNotServed"));
			}
			if (!correction.lapsed() && !today.isAfter(correction.dueOn())) {
				return Optional.of(Refusal.text("refusal.casework.outcome.correctionRunning", correction.dueOn()));
			}
			return Optional.<MessageSourceResolvable>empty();
		}).orElse(Optional.of(Refusal.text("refusal.casework.outcome.noCorrection")));
	}

	private Optional<MessageSourceResolvable> correctionAnswered(DisclosureCase c) {
		return corrections.of(c.id())
			.map(correction -> correction.answeredOn() != null ? Optional.<MessageSourceResolvable>empty()
					: Optional.of(Refusal.text("refusal.casework.outcome.notCorrected")))
			.orElse(Optional.of(Refusal.text("refusal.casework.outcome.correctionFirst")));
	}

	private Optional<MessageSourceResolvable> feeLapsed(DisclosureCase c, LocalDate today) {
		return fees.of(c.id()).map(fee -> {
			if (fee.paidOn() != null) {
				return Optional.of(Refusal.text("refusal.casework.outcome.feePaid", fee.paidOn()));
			}
			if (!fee.lapsed() && fee.dueOn() == null) {
				return Optional.of(Refusal.text("refusal.casework.outcome.feeNotServed"));
			}
			if (!fee.lapsed() && !today.isAfter(fee.dueOn())) {
				return Optional.of(Refusal.text("refusal.casework.outcome.feeRunning", fee.dueOn()));
			}
			return Optional.<MessageSourceResolvable>empty();
		}).orElse(Optional.of(Refusal.text("refusal.casework.outcome.noFee")));
	}

	/**
	 * 《条例》第三十六条第（六）项: 行政机关已就申请人提出的政府信息公开申请作出答复、申请人重复申请公开相同政府信息. The officer's link
	 * asserts "the same information"; the record shows the rest — the same applicant,
	 * this agency, received before this case, answered on the information (a request
	 * ended under （六）, abandoned or withdrawn, was not answered).
	 */
	private boolean earlierAnswerLinked(DisclosureCase c) {
		return jdbc.sql("""
				select exists (
				  select 1 from case_link l
				  join disclosure_case e on e.id = case when l.case_id = :id then l.related_case_id else l.case_id end
				  where (l.case_id = :id or l.related_case_id = :id)
				    and e.applicant_id = :applicant and e.agency_id = :agency
				    and e.received_on <= :received and e.decided_on is not null
				    and e.status in ('DECIDED', 'ANSWERED', 'CLOSED')
				    and e.outcome not in (:notAnswered))""")
			.param("id", c.id().value())
			.param("applicant", c.applicantId())
			.param("agency", c.agencyId().value())
			.param("received", c.receivedOn())
			.param("notAnswered", Outcome.in(OutcomeGroup.OTHER).stream().map(Outcome::name).toList())
			.query(Boolean.class)
			.single();
	}

}
