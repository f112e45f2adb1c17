package org.gongkai.disclosure.casework.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongkai.disclosure.casework.routing.CaseRoutings;

import org.springframework.stereotype.Component;

/**
 * {@code Task_RemindDepartment}: a department's internal due date passed without its
 * answer; the case officer and the department are told (ledger, audit). The department's
 * task stays open — the statutory clock is the case's, not the department's.
 */
@Component(DisclosureRequestProcess.Beans.REMIND_DEPARTMENT)
class RemindDepartmentDelegate implements JavaDelegate {

	private final CaseRoutings routings;

	RemindDepartmentDelegate(CaseRoutings routings) {
		this.routings = routings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		routings.overdue(CaseVariables.caseId(execution),
				(String) execution.getVariable(DisclosureRequestProcess.Vars.DEPARTMENT));
	}

}
