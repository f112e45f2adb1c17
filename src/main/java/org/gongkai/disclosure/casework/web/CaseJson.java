package org.gongkai.disclosure.casework.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.views.CaseViews.CaseDetail;

/**
 * A case as the API shows it. Personal data is masked; the outcome carries its official
 * label and legal basis.
 */
record CaseJson(UUID id, String reference, String agency, String applicant, String applicantCategory, String channel,
		Instant submittedAt, LocalDate receivedOn, String informationSought, String requestedForm,
		String deliveryMethod, String status, String statusLabel, Deadline deadline, Outcome outcome, String replyText,
		LocalDate closedOn, List<String> position, List<String> openSteps, Correction correction, Extension extension,
		Fee fee, Consultation consultation, List<Withheld> withheld, List<Item> items) {

	static CaseJson of(CaseDetail d) {
		DisclosureCase c = d.theCase();
		Outcome outcome = c.outcome() == null ? null : new Outcome(c.outcome().name(), c.outcome().rowLabel(),
				c.outcome().displayLabel(), c.outcome().legalBasis());
		return new CaseJson(c.id().value(), c.reference(), d.agency().name(), d.applicant().name(),
				c.applicantCategory().label(), c.channel().label(), c.submittedAt(), c.receivedOn(),
				c.informationSought(), c.requestedForm().label(), c.deliveryMethod().label(), c.status().name(),
				c.status().label(),
				new Deadline(d.due().date(), d.due().suspended(), d.due().explanation(), d.due().warnings()), outcome,
				c.replyText(), c.closedOn(), d.position(), d.openTasks(),
				d.correction() == null ? null
						: new Correction(d.correction().items(), d.correction().notifiedOn(),
								d.correction().window().servedOn(), d.correction().dueOn(), d.correction().answeredOn(),
								d.correction().lapsed(), d.correction().window().explanation()),
				d.extension() == null ? null
						: new Extension(d.extension().workingDays(), d.extension().reason(), d.extension().approved()),
				d.fee() == null ? null
						: new Fee(d.fee().mode().label(), d.fee().quantity(), d.fee().amountYuan(),
								d.fee().explanation(), d.fee().notifiedOn(), d.fee().window().servedOn(),
								d.fee().dueOn(), d.fee().paidOn(), d.fee().lapsed(), d.fee().window().explanation()),
				d.consultation() == null ? null
						: new Consultation(d.consultation().kind().label(), d.consultation().sentOn(),
								d.consultation().window().servedOn(), d.consultation().dueOn(),
								d.consultation().answeredOn(), d.consultation().window().explanation()),
				d.withheld()
					.stream()
					.map(w -> new Withheld(w.part(), w.ground().name(), w.ground().plainLabel(),
							w.ground().legalBasis(), w.reason()))
					.toList(),
				d.items()
					.stream()
					.map(i -> new Item(i.item(), i.result().name(), i.label(), i.legalBasis(), i.explanation(),
							i.notHeld() != null && i.notHeld().searched() ? i.notHeld().searchRecord() : null))
					.toList());
	}

	/**
	 * One item of a request answered item by item (docs/statute.md#mixed-answers): its
	 * result, the answer in words, its legal basis, what the reply says, and for 信息不存在
	 * the search record.
	 */
	record Item(String item, String result, String label, String legalBasis, String explanation, String searchRecord) {
	}

	/**
	 * A part withheld from a partly disclosed reply, with its ground (a 不予公开 leaf) and
	 * reasons.
	 */
	record Withheld(String part, String ground, String groundLabel, String legalBasis, String reason) {
	}

	record Deadline(LocalDate dueOn, boolean suspended, List<String> explanation, List<String> warnings) {
	}

	record Outcome(String code, String rowLabel, String label, String legalBasis) {
	}

	/**
	 * What the applicant is asked to correct, by when (条例 art 30). A window's
	 * {@code servedOn} and {@code dueOn} are null while its notice awaits service;
	 * {@code window} explains it with its rule and source.
	 */
	record Correction(List<String> items, LocalDate notifiedOn, LocalDate servedOn, LocalDate dueOn,
			LocalDate answeredOn, boolean lapsed, String window) {
	}

	record Extension(int workingDays, String reason, Boolean approved) {
	}

	/** A fee notice with the working that reproduces the amount. */
	record Fee(String mode, int quantity, long amountYuan, List<String> explanation, LocalDate notifiedOn,
			LocalDate servedOn, LocalDate dueOn, LocalDate paidOn, boolean lapsed, String window) {
	}

	/**
	 * A consultation, without the consulted party's name (which may itself be protected
	 * information).
	 */
	record Consultation(String party, LocalDate sentOn, LocalDate servedOn, LocalDate dueOn, LocalDate answeredOn,
			String window) {
	}
}
