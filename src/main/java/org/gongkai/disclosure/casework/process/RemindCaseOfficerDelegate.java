package org.gongkai.disclosure.casework.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongkai.disclosure.casework.decision.CaseDecisions;

import org.springframework.stereotype.Component;

/**
 * {@code Task_RemindCaseOfficer}: the answer is due in a few working days and the case is
 * still open.
 */
@Component(DisclosureRequestProcess.Beans.REMIND_CASE_OFFICER)
class RemindCaseOfficerDelegate implements JavaDelegate {

	private final CaseDecisions decisions;

	RemindCaseOfficerDelegate(CaseDecisions decisions) {
		this.decisions = decisions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		decisions.remindCaseOfficer(CaseVariables.caseId(execution));
	}

}
