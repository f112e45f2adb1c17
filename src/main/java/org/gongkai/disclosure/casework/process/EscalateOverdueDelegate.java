package org.gongkai.disclosure.casework.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongkai.disclosure.casework.decision.CaseDecisions;

import org.springframework.stereotype.Component;

/**
 * {@code Task_EscalateOverdue}: the answer deadline has passed; the head of the office is
 * alerted.
 */
@Component(DisclosureRequestProcess.Beans.ESCALATE_OVERDUE)
class EscalateOverdueDelegate implements JavaDelegate {

	private final CaseDecisions decisions;

	EscalateOverdueDelegate(CaseDecisions decisions) {
		this.decisions = decisions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		decisions.escalateOverdue(CaseVariables.caseId(execution));
	}

}
