package org.gongkai.disclosure.casework;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import org.gongkai.disclosure.shared.ids.CaseId;

/**
 * What an applicant has to do on their cases (补正, pay a fee, explain), which another
 * module keeps (the notifications' windows): 我的申请 lists those cases first, marked
 * 「需要您处理」, without casework depending on that module.
 */
public interface ApplicantToDos {

	/** The open to-dos of the given cases, in one reading; a case with none is absent. */
	Map<CaseId, ToDo> openFor(Collection<CaseId> cases);

	/**
	 * One thing to do.
	 *
	 * @param kind which window ({@code CORRECTION}, {@code FEE}, {@code EXPLANATION}),
	 * which the page words through its bundle ({@code my.requests.toDo.<kind>})
	 * @param dueOn the last day, null while not known (the notice not yet received)
	 */
	record ToDo(String kind, LocalDate dueOn) {
	}

}
