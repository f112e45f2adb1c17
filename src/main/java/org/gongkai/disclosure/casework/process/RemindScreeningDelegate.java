package org.gongkai.disclosure.casework.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongkai.disclosure.casework.stops.CaseCorrections;

import org.springframework.stereotype.Component;

/**
 * {@code Task_RemindScreening}: one working day is left to send a correction notice (条例
 * art 30).
 */
@Component(DisclosureRequestProcess.Beans.REMIND_SCREENING)
class RemindScreeningDelegate implements JavaDelegate {

	private final CaseCorrections corrections;

	RemindScreeningDelegate(CaseCorrections corrections) {
		this.corrections = corrections;
	}

	@Override
	public void execute(DelegateExecution execution) {
		corrections.remindScreening(CaseVariables.caseId(execution));
	}

}
