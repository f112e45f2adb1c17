package org.gongkai.disclosure.casework.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongkai.disclosure.casework.stops.CaseCorrections;

import org.springframework.stereotype.Component;

/**
 * {@code Task_CloseCorrectionLapsed}: the 补正 period passed; the request is treated as
 * abandoned.
 */
@Component(DisclosureRequestProcess.Beans.CLOSE_CORRECTION_LAPSED)
class CloseCorrectionLapsedDelegate implements JavaDelegate {

	private final CaseCorrections corrections;

	CloseCorrectionLapsedDelegate(CaseCorrections corrections) {
		this.corrections = corrections;
	}

	@Override
	public void execute(DelegateExecution execution) {
		corrections.lapse(CaseVariables.caseId(execution));
	}

}
