package org.gongkai.disclosure.notifications;

import java.time.LocalDate;

import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.stereotype.Component;

/**
 * What 我的申请 flags as 「需要您处理」: a case whose 补正, fee payment or explanation awaits its
 * applicant, with the last day. Read by the page as {@code @applicantActions.of(id)}.
 */
@Component("applicantActions")
public class ApplicantActions {

	private final ApplicantWindows windows;

	ApplicantActions(ApplicantWindows windows) {
		this.windows = windows;
	}

	/** What the applicant has to do on the case, or null if nothing. */
	public Pending of(CaseId caseId) {
		return windows.openOf(caseId.value()).map(w -> new Pending(w.kind().name(), w.dueOn())).orElse(null);
	}

	/**
	 * @param kind what is to be done: {@code CORRECTION}, {@code FEE} or
	 * {@code EXPLANATION}, which the page words through its bundle
	 * ({@code my.requests.toDo.<kind>})
	 * @param dueOn the last day, null while not known
	 */
	public record Pending(String kind, LocalDate dueOn) {
	}

}
