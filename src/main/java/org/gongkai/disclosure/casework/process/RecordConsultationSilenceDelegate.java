package org.gongkai.disclosure.casework.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongkai.disclosure.casework.stops.CaseConsultations;

import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordConsultationSilence}: no answer in 15 working days; the clock runs
 * again.
 */
@Component(DisclosureRequestProcess.Beans.RECORD_CONSULTATION_SILENCE)
class RecordConsultationSilenceDelegate implements JavaDelegate {

	private final CaseConsultations consultations;

	RecordConsultationSilenceDelegate(CaseConsultations consultations) {
		this.consultations = consultations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		consultations.silence(CaseVariables.caseId(execution));
	}

}
