package org.gongkai.disclosure.casework.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongkai.disclosure.casework.stops.CaseExplanations;

import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordNoExplanation}: no art-35 explanation arrived in time; the clock runs
 * again.
 */
@Component(DisclosureRequestProcess.Beans.RECORD_NO_EXPLANATION)
class RecordNoExplanationDelegate implements JavaDelegate {

	private final CaseExplanations explanations;

	RecordNoExplanationDelegate(CaseExplanations explanations) {
		this.explanations = explanations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		explanations.lapse(CaseVariables.caseId(execution));
	}

}
